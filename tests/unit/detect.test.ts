// @vitest-environment happy-dom
// Every detector against every committed fixture page: each fixture asserts exactly what it shows, negatives included.
import { beforeAll, describe, expect, it } from 'vitest';
import { detectStrictAccount } from '@/lib/whatsapp/detect/account-lock';
import { detectAppState, detectView, type AppState } from '@/lib/whatsapp/detect/app';
import { detectChat, type ChatFacts } from '@/lib/whatsapp/detect/chat';
import { chatAiOfBot, META_AI_CHAT_JID, OPEN_BOT_JID, participantJid, PRIVATE_BOT_JID } from '@/lib/whatsapp/detect/meta-ai';
import { classifyNotice, classifySystemText } from '@/lib/whatsapp/detect/notices';
import { TEXT_LOCALES } from '@/lib/whatsapp/locale-text';
import { detectContactInfo, type ContactInfoFacts } from '@/lib/whatsapp/detect/contact-info';
import { detectMessageKind, isOutgoing, kindFromJid, remoteJid } from '@/lib/whatsapp/detect/message';
import { detectPrivacyValues, parseLastSeenLine, type PrivacyReading } from '@/lib/whatsapp/detect/privacy';
import type { MessageKind, ViewId } from '@/lib/model/observation';
import { findAll, findFirst } from '@/lib/whatsapp/query';
import { FIXTURES, loadFixture } from './detect-fixtures';

type Chat = Pick<
  ChatFacts,
  | 'kind'
  | 'verification'
  | 'hosting'
  | 'adsReferral'
  | 'missing'
  | 'ai'
  | 'metaAi'
  | 'dataSharing'
  | 'phoneNumberShared'
  | 'advancedChatPrivacy'
> & { remote: boolean; title: string | null };

interface Expected {
  app: AppState;
  view: ViewId;
  chat: Chat | null;
  /** Kinds of the outgoing rows in the open chat, in order. */
  sent?: MessageKind[];
  privacy?: PrivacyReading[];
  /** Strict account settings as the page shows them (detect/account-lock.ts); null when it shows neither way. */
  strict?: boolean | null;
  info?: Omit<ContactInfoFacts, 'hostingNotice' | 'metaAiNotice'> | null;
}

/** What a chat without any 2026 signal shows. */
const NO_AI = { ai: 'none', metaAi: null, dataSharing: null, phoneNumberShared: false, advancedChatPrivacy: null } as const;
/** What a contact-info drawer without any 2026 signal shows. */
const INFO = { metaAi: null, advancedChatPrivacy: null } as const;

const personal = (title: string): Chat => ({
  ...NO_AI,
  kind: 'personal',
  verification: 'unknown',
  hosting: 'unknown',
  adsReferral: false,
  missing: [],
  remote: true,
  title,
});
const biz = (title: string, facts: Partial<Chat>): Chat => ({
  ...NO_AI,
  kind: 'business',
  verification: 'unverified',
  hosting: 'unknown',
  adsReferral: false,
  missing: [],
  remote: true,
  title,
  ...facts,
});
const group = (title: string, metaAi: ChatFacts['metaAi'] = null): Chat => ({ ...personal(title), kind: 'group', metaAi });
const settingsPage = (view: ViewId, privacy: PrivacyReading[] = []): Expected => ({ app: 'main', view, chat: null, privacy });
/** A fresh account's Privacy list with strict account settings on (tests/mock ?strict=1&reset=1). */
const STRICT_PRIVACY: PrivacyReading[] = [
  { control: 'last-seen', value: 'everyone' },
  { control: 'profile-photo', value: 'everyone' },
  { control: 'about', value: 'everyone' },
  { control: 'status', value: 'contacts' },
  { control: 'groups', value: 'everyone' },
  { control: 'default-timer', value: 'off' },
  { control: 'read-receipts', value: 'on' },
  { control: 'block-unknown', value: 'on' },
  { control: 'protect-ip-calls', value: 'on' },
  { control: 'disable-link-previews', value: 'on' },
];

const EXPECTED: Record<string, Expected> = {
  'loading-en': { app: 'loading', view: 'loading', chat: null },
  'qr-en': { app: 'qr', view: 'loading', chat: null },
  // Hand-written, no testids: the verified name and the older green badge in the subtitle; a photo and a text sent.
  'chat-biz-legacy-en': { app: 'main', view: 'chat', chat: biz('Bike Shop (Joe)', { verification: 'verified' }), sent: ['media', 'text'] },
  'chat-biz-meta-en': {
    app: 'main',
    view: 'chat',
    chat: biz('Acme Airlines', { verification: 'verified', hosting: 'meta' }),
    sent: ['text', 'text', 'text', 'document', 'location', 'contact'],
  },
  'chat-biz-vendor-pt_BR': { app: 'main', view: 'chat', chat: biz('Rota Shoes', { hosting: 'vendor' }), sent: ['text'] },
  // The later "is now using a secure service from Meta" notice replaces the first vendor notice.
  'chat-biz-vendor-to-meta-en': { app: 'main', view: 'chat', chat: biz('Rota Shoes', { hosting: 'meta' }), sent: [] },
  'chat-biz-ad-ar': {
    app: 'main',
    view: 'chat',
    chat: biz('Sunny Travel Co.', { hosting: 'meta', adsReferral: true }),
    sent: ['text', 'text'],
  },
  // Unverified, self-hosted: the "Business Account" subtitle stage is the only business marker.
  'chat-biz-self-en-notestid': { app: 'main', view: 'chat', chat: biz('Padaria Pão Quente', { hosting: 'self' }), sent: ['text', 'text'] },
  // The same business before its subtitle cycled to "Conta comercial": nothing says business yet.
  'chat-biz-self-pt_BR-early': { app: 'main', view: 'chat', chat: personal('Padaria Pão Quente'), sent: ['text'] },
  // Its name and a message quote "business" and the Meta notice: still personal.
  'chat-personal-negative-en': { app: 'main', view: 'chat', chat: personal('Ana (business trip)'), sent: ['text', 'text'] },
  'chat-group-pt_BR': { app: 'main', view: 'chat', chat: { ...personal('Trail Runners BH'), kind: 'group' }, sent: ['text', 'text'] },
  'chat-channel-ar-notestid': { app: 'main', view: 'chat', chat: { ...personal('Daily Tech Brief'), kind: 'channel' }, sent: [] },
  'chat-biz-meta-noheader-en': {
    app: 'main',
    view: 'chat',
    chat: {
      ...biz('', { hosting: 'meta', verification: 'unknown', missing: ['conversationHeader', 'conversationHeaderTitle'] }),
      title: null,
    },
    sent: ['text', 'text'],
  },
  // The visible #main comes first; the preloaded one is hidden.
  'chat-preload-en': { app: 'main', view: 'chat', chat: personal('Marina Costa'), sent: ['text'] },
  'contact-info-biz-self-en': {
    app: 'main',
    view: 'contact-info',
    chat: personal('Padaria Pão Quente'),
    sent: ['text'],
    info: { ...INFO, businessBanner: true, hosting: 'e2e', adsReferral: false, verified: false },
  },
  'contact-info-biz-meta-en': {
    app: 'main',
    view: 'contact-info',
    chat: biz('Acme Airlines', { verification: 'verified', hosting: 'meta' }),
    sent: ['text', 'text'],
    info: { ...INFO, businessBanner: true, hosting: 'meta', adsReferral: false, verified: true },
  },
  'contact-info-biz-ad-pt_BR-notestid': {
    app: 'main',
    view: 'contact-info',
    chat: biz('Sunny Travel Co.', { hosting: 'meta', adsReferral: true }),
    sent: ['text'],
    info: { ...INFO, businessBanner: true, hosting: 'meta', adsReferral: true, verified: false },
  },
  // — 2026 (tests/mock ?ai=1): Meta AI, business AI and the chats' own state (docs/research/ai-2026.md) —
  // The Meta AI chat, by its JID alone; its verified badge never makes it a business.
  'chat-meta-ai-en': { app: 'main', view: 'chat', chat: { ...personal('Meta AI'), kind: 'meta-ai' }, sent: ['text', 'text'] },
  // Before its first message: its own screen, not its verified badge, decides (no rows, no JID yet).
  'chat-meta-ai-empty-en': { app: 'main', view: 'chat', chat: { ...personal('Meta AI'), kind: 'meta-ai', remote: false } },
  'chat-meta-ai-pt_BR-notestid': { app: 'main', view: 'chat', chat: { ...personal('Meta AI'), kind: 'meta-ai' }, sent: ['text', 'text'] },
  // Meta AI added to a group: "Meta can read new messages", and the open bot's rows.
  'chat-group-ai-en': { app: 'main', view: 'chat', chat: group('Book Club', 'open'), sent: ['text', 'text'] },
  'chat-group-ai-ar-notestid': { app: 'main', view: 'chat', chat: group('Book Club', 'open'), sent: ['text', 'text'] },
  'contact-info-group-ai-ar-notestid': {
    app: 'main',
    view: 'contact-info',
    chat: group('Book Club', 'open'),
    sent: ['text'],
    info: { ...INFO, businessBanner: false, hosting: null, adsReferral: false, verified: false, metaAi: 'open' },
  },
  // Private Processing: the notice carries the end-to-end lock, so its text and the bot's JID tell them apart.
  'chat-group-ai-private-pt_BR': { app: 'main', view: 'chat', chat: group('Family Trip', 'private-processing'), sent: ['text'] },
  'chat-group-ai-private-en-notestid': { app: 'main', view: 'chat', chat: group('Family Trip', 'private-processing'), sent: ['text'] },
  'contact-info-group-ai-private-en': {
    app: 'main',
    view: 'contact-info',
    chat: group('Family Trip', 'private-processing'),
    info: { ...INFO, businessBanner: false, hosting: 'e2e', adsReferral: false, verified: false, metaAi: 'private-processing' },
  },
  // The open bot answered a mention: the disclaimer says only what is shared with it goes to Meta.
  'chat-personal-mention-en': {
    app: 'main',
    view: 'chat',
    chat: { ...personal('Leo Martins'), metaAi: 'mention' },
    sent: ['text', 'text'],
  },
  'chat-personal-mention-pt_BR-notestid': {
    app: 'main',
    view: 'chat',
    chat: { ...personal('Leo Martins'), metaAi: 'mention' },
    sent: ['text'],
  },
  // Self-hosted, and its replies come from Meta's AI; advanced chat privacy turned on.
  'chat-biz-ai-meta-en': {
    app: 'main',
    view: 'chat',
    chat: biz('Casa Verde Plants', { hosting: 'self', ai: 'meta', advancedChatPrivacy: 'on' }),
    sent: ['text', 'text'],
  },
  // Before the "Conta comercial" stage: the AI disclosure alone makes it a business.
  'chat-biz-ai-meta-pt_BR-notestid': {
    app: 'main',
    view: 'chat',
    chat: biz('Casa Verde Plants', { hosting: 'self', ai: 'meta', advancedChatPrivacy: 'on' }),
    sent: ['text', 'text'],
  },
  'contact-info-biz-ai-meta-en': {
    app: 'main',
    view: 'contact-info',
    chat: biz('Casa Verde Plants', { hosting: 'self', ai: 'meta', advancedChatPrivacy: 'on' }),
    sent: ['text'],
    info: { ...INFO, businessBanner: true, hosting: 'e2e', adsReferral: false, verified: false, advancedChatPrivacy: 'on' },
  },
  'chat-biz-ai-vendor-pt_BR': {
    app: 'main',
    view: 'chat',
    chat: biz('QuickFix Telecom', { hosting: 'vendor', ai: 'third-party', phoneNumberShared: true }),
    sent: ['text', 'text'],
  },
  'chat-biz-ai-vendor-en-notestid': {
    app: 'main',
    view: 'chat',
    chat: biz('QuickFix Telecom', { hosting: 'vendor', ai: 'third-party', phoneNumberShared: true }),
    sent: ['text'],
  },
  'chat-biz-ad-share-en': {
    app: 'main',
    view: 'chat',
    chat: biz('Lumen Optics', { hosting: 'meta', adsReferral: true, dataSharing: 'on' }),
    sent: ['text', 'text'],
  },
  'chat-biz-ad-share-ar-notestid': {
    app: 'main',
    view: 'chat',
    chat: biz('Lumen Optics', { hosting: 'meta', adsReferral: true, dataSharing: 'on' }),
    sent: ['text', 'text'],
  },
  // Strict account settings: the toggles they cover are on and locked; the interstitial after clicking one.
  'privacy-strict-en': { ...settingsPage('privacy', STRICT_PRIVACY), strict: true },
  'privacy-strict-pt_BR-notestid': { ...settingsPage('privacy', STRICT_PRIVACY), strict: true },
  'privacy-strict-modal-ar': { ...settingsPage('privacy', STRICT_PRIVACY), strict: true },
  'settings-en': settingsPage('settings'),
  'account-ar-notestid': settingsPage('account'),
  'request-info-en': settingsPage('account/request-info'),
  'security-pt_BR': settingsPage('account/security', [{ control: 'security-notifications', value: 'on' }]),
  'privacy-en': {
    ...settingsPage('privacy', [
      { control: 'last-seen', value: 'contacts' },
      { control: 'online', value: 'everyone' },
      { control: 'profile-photo', value: 'contacts-except' },
      { control: 'about', value: 'everyone' },
      { control: 'status', value: 'only-share-with' },
      { control: 'groups', value: 'everyone' },
      { control: 'default-timer', value: 'timer-7d' },
      { control: 'read-receipts', value: 'off' },
      { control: 'block-unknown', value: 'off' },
      { control: 'protect-ip-calls', value: 'off' },
      { control: 'disable-link-previews', value: 'on' },
    ]),
    strict: false,
  },
  'privacy-pt_BR-notestid': {
    ...settingsPage('privacy', [
      { control: 'last-seen', value: 'nobody' },
      { control: 'online', value: 'same-as-last-seen' },
      { control: 'profile-photo', value: 'everyone' },
      { control: 'about', value: 'everyone' },
      { control: 'status', value: 'contacts' },
      { control: 'groups', value: 'contacts' },
      { control: 'default-timer', value: 'off' },
      { control: 'read-receipts', value: 'on' },
      { control: 'block-unknown', value: 'on' },
      { control: 'protect-ip-calls', value: 'off' },
      { control: 'disable-link-previews', value: 'off' },
    ]),
    strict: false,
  },
  'privacy-last-seen-ar': settingsPage('privacy/last-seen', [
    { control: 'last-seen', value: 'contacts-except' },
    { control: 'online', value: 'same-as-last-seen' },
  ]),
  'privacy-last-seen-en-notestid': settingsPage('privacy/last-seen', [
    { control: 'last-seen', value: 'nobody' },
    { control: 'online', value: 'everyone' },
  ]),
  'privacy-about-pt_BR': settingsPage('privacy/about', [{ control: 'about', value: 'nobody' }]),
  'privacy-status-en-notestid': settingsPage('privacy/status', [{ control: 'status', value: 'contacts-except' }]),
  'privacy-timer-ar-notestid': settingsPage('privacy/default-timer', [{ control: 'default-timer', value: 'timer-24h' }]),
  'privacy-groups-en': settingsPage('privacy/groups', [{ control: 'groups', value: 'everyone' }]),
};

describe('fixtures', () => {
  it('every fixture has expectations, and every expectation a fixture', () => {
    expect(Object.keys(EXPECTED).sort()).toEqual(FIXTURES);
  });

  it('cover en, pt_BR and a right-to-left locale, with and without testids', () => {
    for (const part of ['-en', '-pt_BR', '-ar', 'notestid']) expect(FIXTURES.some((f) => f.includes(part))).toBe(true);
    expect(loadFixture('chat-biz-ad-ar').documentElement.dir).toBe('rtl');
  });
});

describe.each(FIXTURES)('%s', (name) => {
  const expected = EXPECTED[name]!;
  let doc: Document;
  beforeAll(() => {
    doc = loadFixture(name);
  });

  it('app state and view', () => {
    expect(detectAppState(doc)).toBe(expected.app);
    expect(detectView(doc)).toBe(expected.view);
  });

  it('open chat', () => {
    const panel = findFirst(doc, 'conversationPanel');
    if (!expected.chat) return expect(panel).toBeNull();
    const facts = detectChat(panel!);
    const { kind, verification, hosting, adsReferral, missing, title, ai, metaAi, dataSharing, phoneNumberShared, advancedChatPrivacy } =
      facts;
    expect({
      kind,
      verification,
      hosting,
      adsReferral,
      missing,
      title,
      ai,
      metaAi,
      dataSharing,
      phoneNumberShared,
      advancedChatPrivacy,
      remote: facts.remote !== null,
    }).toEqual(expected.chat);
    expect(facts.hostingNotice === null).toBe(hosting === 'unknown');
  });

  it('outgoing rows and their kinds', () => {
    const panel = findFirst(doc, 'conversationPanel');
    const rows = panel ? findAll(panel, 'messageRow').filter(isOutgoing) : [];
    expect(rows.map(detectMessageKind)).toEqual(expected.sent ?? []);
  });

  it('privacy values', () => {
    expect(detectPrivacyValues(doc)).toEqual(expected.privacy ?? []);
  });

  it('strict account settings', () => {
    expect(detectStrictAccount(doc, doc)).toBe(expected.strict ?? null);
  });

  it('contact info', () => {
    const info = detectContactInfo(doc);
    if (!expected.info) return expect(info).toBeNull();
    const { hostingNotice, metaAiNotice, ...facts } = info!;
    expect(facts).toEqual(expected.info);
    expect(hostingNotice === null).toBe(expected.info.hosting === null);
    if (metaAiNotice !== null) expect(expected.info.metaAi).not.toBeNull();
  });
});

describe('chat details', () => {
  it('the "Business Account" stage seen earlier makes a chat a business (self-hosted: end-to-end notice)', () => {
    const panel = findFirst(loadFixture('chat-biz-self-pt_BR-early'), 'conversationPanel')!;
    expect(detectChat(panel, true)).toMatchObject({ kind: 'business', verification: 'unverified', hosting: 'self', signals: ['subtitle'] });
  });

  it('the end-to-end notice alone never makes a chat a business', () => {
    const panel = findFirst(loadFixture('chat-preload-en'), 'conversationPanel')!;
    expect(detectChat(panel).signals).toEqual([]);
  });

  it('the preloaded hidden #main is never the open chat', () => {
    const doc = loadFixture('chat-preload-en');
    expect(doc.querySelectorAll('#main')).toHaveLength(2);
    expect(findAll(doc, 'conversationPanel')).toHaveLength(1);
  });

  it('parses the remote JID from row keys', () => {
    expect(remoteJid('true_15550100000@c.us_3EB0AB12')).toBe('15550100000@c.us');
    expect(remoteJid('false_120363@g.us_AB12_2718@lid')).toBe('120363@g.us');
    expect(remoteJid('false_status@broadcast_ABC')).toBe('status@broadcast');
    expect(remoteJid('nonsense')).toBeNull();
    expect(kindFromJid('status@broadcast')).toBe('status');
    expect(kindFromJid('120363@newsletter')).toBe('channel');
    expect(kindFromJid('120363@g.us')).toBe('group');
    expect(kindFromJid('15550100000@c.us')).toBeNull();
  });

  it('classifies hosting notices in every table locale, transitions included', () => {
    expect(classifyNotice('This business is now working with other companies to manage this chat. Click to learn more.')).toBe('vendor');
    expect(classifyNotice('Dieses Unternehmen nutzt jetzt einen sicheren Service von Meta, um diesen Chat zu verwalten.')).toBe('meta');
    expect(classifyNotice('Cette entreprise travaille avec d’autres entreprises pour gérer cette discussion.')).toBe('vendor');
    expect(classifyNotice('Bisnis ini menggunakan layanan aman dari Meta untuk mengelola chat ini. Klik untuk info.')).toBe('meta');
    expect(classifyNotice('\u200fالرسائل مشفرة تمامًا بين الطرفين. انقر لمعرفة المزيد')).toBe('e2e');
    expect(classifyNotice('Meta is great')).toBeNull();
  });
});

describe('Meta AI and the 2026 notices (docs/research/ai-2026.md)', () => {
  /** The panel of a fixture whose rows' participant `from` becomes `to` (a different bot, or none). */
  function withParticipant(fixture: string, from: string, to: string): Element {
    const panel = findFirst(loadFixture(fixture), 'conversationPanel')!;
    for (const row of findAll(panel, 'messageRow')) {
      const key = row.getAttribute('data-id')!;
      if (key.endsWith(`_${from}`)) row.setAttribute('data-id', to ? key.replace(from, to) : key.slice(0, -from.length - 1));
    }
    return panel;
  }
  const dropNotices = (panel: Element) => findAll(panel, 'systemMessage').forEach((notice) => notice.remove());

  it('reads Meta’s AIs from JIDs alone', () => {
    expect(kindFromJid(META_AI_CHAT_JID)).toBe('meta-ai');
    expect(kindFromJid('2942131436135992@bot')).toBe('meta-ai');
    expect(kindFromJid('13135550003@c.us')).toBeNull();
    expect(participantJid(`false_120363@g.us_AB12_${OPEN_BOT_JID}`)).toBe(OPEN_BOT_JID);
    expect(participantJid('false_120363@g.us_AB12')).toBeNull();
    expect([OPEN_BOT_JID, PRIVATE_BOT_JID, '2942131436135992@bot', '1807055946647696@bot'].map(chatAiOfBot)).toEqual([
      'open',
      'private-processing',
      null,
      null,
    ]);
  });

  it('which bot decides: an unknown bot in a group is no Meta AI, the Private Processing bot is never "open"', () => {
    const unknown = withParticipant('chat-group-ai-en', OPEN_BOT_JID, '2942131436135992@bot');
    dropNotices(unknown);
    expect(detectChat(unknown).metaAi).toBeNull();
    const open = withParticipant('chat-group-ai-en', OPEN_BOT_JID, OPEN_BOT_JID);
    dropNotices(open);
    expect(detectChat(open).metaAi).toBe('open');
    const privateBot = withParticipant('chat-group-ai-private-en-notestid', PRIVATE_BOT_JID, PRIVATE_BOT_JID);
    dropNotices(privateBot);
    expect(detectChat(privateBot).metaAi).toBe('private-processing');
  });

  it('the Private Processing notice is told from the end-to-end one by its text, though both carry the lock', () => {
    const panel = withParticipant('chat-group-ai-private-pt_BR', PRIVATE_BOT_JID, '');
    expect(findAll(panel, 'e2eNoticeIcon')).toHaveLength(2);
    expect(detectChat(panel)).toMatchObject({ metaAi: 'private-processing', metaAiNotice: expect.stringMatching(/^Um membro do grupo/) });
  });

  it('a mention notice wins over the open bot answering it; a group’s own notice wins over both', () => {
    const mention = findFirst(loadFixture('chat-personal-mention-en'), 'conversationPanel')!;
    expect(detectChat(mention).metaAi).toBe('mention');
    dropNotices(mention);
    expect(detectChat(mention).metaAi).toBe('open');
  });

  it('a business’s AI: the double chevron says "meta" in any language, and so does the "AI" label alone', () => {
    const panel = findFirst(loadFixture('chat-biz-ai-meta-pt_BR-notestid'), 'conversationPanel')!;
    const notice = findFirst(panel, 'aiDisclosureIcon')!.closest('[data-id]')!.querySelector('span[dir]')!;
    notice.textContent = 'Unbekannter Hinweis';
    expect(detectChat(panel)).toMatchObject({ kind: 'business', ai: 'meta', signals: ['ai-disclosure'] });
    findAll(panel, 'systemMessage').forEach((n) => n.remove());
    expect(detectChat(panel)).toMatchObject({ kind: 'business', ai: 'meta', hosting: 'unknown', signals: ['ai-disclosure'] });
    findAll(panel, 'aiReplyLabel').forEach((label) => label.remove());
    expect(detectChat(panel)).toMatchObject({ kind: 'personal', ai: 'none', signals: [] });
  });

  it.each([
    ['en', 'Messages and calls are end-to-end encrypted. Only people in this chat can read, listen to, or share them.'],
    [
      'pt_BR',
      'As mensagens e ligações são protegidas com a criptografia de ponta a ponta. Somente as pessoas nesta conversa podem ler, ouvir ou compartilhar esse conteúdo.',
    ],
    [
      'es',
      'Los mensajes y las llamadas están cifrados de extremo a extremo. Solo las personas en este chat pueden leerlos, escucharlos o compartirlos.',
    ],
    ['hi', 'मैसेज और कॉल एंड-टू-एंड एन्क्रिप्टेड हैं। सिर्फ़ इस चैट के लोग ही इन्हें पढ़, सुन या शेयर कर सकते हैं।'],
    [
      'id',
      'Pesan dan panggilan terenkripsi secara end-to-end. Hanya orang di chat ini yang dapat membaca, mendengarkan, atau membagikannya.',
    ],
    ['de', 'Nachrichten und Anrufe sind Ende-zu-Ende-verschlüsselt. Nur Personen in diesem Chat können sie lesen, anhören oder teilen.'],
    [
      'fr',
      'Les messages et les appels sont chiffrés de bout en bout. Seules les personnes dans cette discussion peuvent les lire, les écouter ou les partager.',
    ],
    ['ar', 'الرسائل والمكالمات مشفرة تمامًا بين الطرفين. يمكن للأشخاص في هذه الدردشة فقط قراءتها أو الاستماع إليها أو مشاركتها.'],
  ] as const)('accepts the 2026 end-to-end sentence (%s) wherever the older one is', (locale, text) => {
    expect(TEXT_LOCALES).toContain(locale);
    expect(classifyNotice(text)).toBe('e2e');
    expect(classifyNotice(`${text} Click to learn more`)).toBe('e2e');
  });

  it.each([
    [
      'Meta can read new messages (de)',
      'Ein Gruppenmitglied hat Meta AI zu diesem Chat hinzugefügt. Meta kann neue Nachrichten lesen. Gruppen-Admins…',
      { about: 'meta-ai', value: 'open' },
    ],
    [
      'Private Processing (fr)',
      'Un membre du groupe a ajouté Meta AI à cette discussion. Elle est sécurisée par le traitement privé, donc…',
      { about: 'meta-ai', value: 'private-processing' },
    ],
    [
      'a mention (older English)',
      'Only messages that mention or people share with @Meta AI are sent to Meta. Click to learn more.',
      { about: 'meta-ai', value: 'mention' },
    ],
    [
      'AI from Meta (Brazil variant)',
      'AI from Meta receives messages and may use them to improve AI quality. Click to learn more.',
      { about: 'business-ai', value: 'meta' },
    ],
    [
      'a third-party AI (es)',
      'Esta IA es de un desarrollador externo. Meta recibe tus chats…',
      { about: 'business-ai', value: 'third-party' },
    ],
    [
      'data sharing off (id)',
      'Chat ini dimulai dari iklan di Facebook atau Instagram. Berbagi data untuk aktivitas terkait pelanggan dinonaktifkan.',
      { about: 'data-sharing', value: 'off' },
    ],
    [
      'advanced chat privacy on, by name (en)',
      'Ana Souza turned on advanced chat privacy.',
      { about: 'advanced-chat-privacy', value: 'on' },
    ],
    [
      'advanced chat privacy off, by name (ar)',
      'قام أحمد بإيقاف الخصوصية المتقدمة للدردشة.',
      { about: 'advanced-chat-privacy', value: 'off' },
    ],
    [
      'advanced chat privacy off, 2026 long form (en)',
      'You turned off advanced chat privacy. Anyone can auto-save media…',
      { about: 'advanced-chat-privacy', value: 'off' },
    ],
    [
      'the business’s own hosting notice',
      'This business uses a secure service from Meta to manage this chat.',
      { about: 'hosting', value: 'meta' },
    ],
  ] as const)('classifies %s', (_, text, claim) => {
    expect(classifySystemText(text)).toEqual(claim);
  });

  it('keeps switched-on and switched-off notices apart, and claims nothing for other text', () => {
    expect(classifySystemText('Você desativou a privacidade avançada da conversa.')).toEqual({
      about: 'advanced-chat-privacy',
      value: 'off',
    });
    expect(classifySystemText('Se desactivó la privacidad avanzada del chat')).toEqual({ about: 'advanced-chat-privacy', value: 'off' });
    expect(classifySystemText('A group member added Meta AI to this chat.')).toBeNull(); // which one? the second sentence says
    expect(classifySystemText('Meta AI is great')).toBeNull();
    expect(classifySystemText('turned on advanced chat privacy')).toBeNull(); // a name, or "You", comes first
  });
});

describe('Privacy list value line', () => {
  it('reads last seen and online together', () => {
    expect(parseLastSeenLine('My contacts, Everyone')).toEqual([
      { control: 'last-seen', value: 'contacts' },
      { control: 'online', value: 'everyone' },
    ]);
    expect(parseLastSeenLine('Nobody')).toEqual([
      { control: 'last-seen', value: 'nobody' },
      { control: 'online', value: 'same-as-last-seen' },
    ]);
    expect(parseLastSeenLine('تم استبعاد 2 من جهات الاتصال، الجميع')).toEqual([
      { control: 'last-seen', value: 'contacts-except' },
      { control: 'online', value: 'everyone' },
    ]);
  });

  it('says nothing about online when last seen is Everyone, and nothing at all for unknown text', () => {
    expect(parseLastSeenLine('Todos')).toEqual([{ control: 'last-seen', value: 'everyone' }]);
    expect(parseLastSeenLine('Everyone, Everyone')).toEqual([]);
    expect(parseLastSeenLine('Quelqu’un')).toEqual([]);
  });
});
