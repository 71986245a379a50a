// @vitest-environment happy-dom
// The content script's detector (its trackers and the notice controller) over fixture pages: which observations it emits, when, and never twice;
// health; and the canary: message text planted in the fixtures never reaches an observation.
import { describe, expect, it } from 'vitest';
import { BUSINESS_SUBTITLE_WATCH_MS, CHAT_SETTLE_MS } from '@/lib/content/chat-tracker';
import { Detector } from '@/lib/content/detector';
import { sha256Hex } from '@/lib/content/hash';
import { NoticeController } from '@/lib/content/notice-controller';
import { ALL_PARTS, type Part } from '@/lib/content/observe';
import { HEALTH_GRACE_MS, HealthTracker } from '@/lib/content/health';
import type { NoticeModel } from '@/lib/content/ui/notice';
import { DEFAULT_SETTINGS } from '@/lib/storage/preferences';
import type { Settings } from '@/lib/model/preferences';
import type { Observation } from '@/lib/model/observation';
import { findAll, findFirst } from '@/lib/whatsapp/query';
import { CANARY, FIXTURES, fixtureHtml, loadFixture } from './detect-fixtures';

const SALT = 'test-salt';

function harness(settings: Partial<Settings> = {}) {
  let now = 1_000_000;
  let counter = 0;
  const emitted: Observation[] = [];
  const notices: Array<NoticeModel | null> = [];
  const notice = new NoticeController({ render: (m) => notices.push(m) }, () => ({ ...DEFAULT_SETTINGS, ...settings }));
  const detector = new Detector({
    doc: document,
    salt: () => SALT,
    settings: () => ({ ...DEFAULT_SETTINGS, ...settings }),
    emit: (o) => emitted.push(o),
    now: () => now,
    randomId: () => `r${++counter}`,
    sha256: sha256Hex,
    later: () => undefined,
    onCurrentChat: (chat) => notice.currentChat(chat),
  });
  return {
    detector,
    notice,
    emitted,
    notices,
    of: <T extends Observation['type']>(type: T) => emitted.filter((o): o is Extract<Observation, { type: T }> => o.type === type),
    advance: (ms: number) => (now += ms),
    run: (parts: ReadonlySet<Part> = ALL_PARTS) => detector.evaluate(parts),
  };
}

/** Appends a copy of the first outgoing (else last) row as a new outgoing row, as WhatsApp does when a message is sent. */
function sendRow(id: string, where: 'bottom' | 'top' = 'bottom'): string {
  const panel = findFirst(document, 'conversationPanel')!;
  const rows = findAll(panel, 'messageRow');
  const template = rows.find((r) => r.getAttribute('data-id')!.startsWith('true_')) ?? rows.at(-1)!;
  const wrapper = template.parentElement!.parentElement!.cloneNode(true) as Element;
  const [, remote] = template.getAttribute('data-id')!.split('_');
  const key = `true_${remote}_${id}`;
  wrapper.querySelector('[data-id]')!.setAttribute('data-id', key);
  const list = template.parentElement!.parentElement!.parentElement!;
  if (where === 'top') list.prepend(wrapper);
  else list.append(wrapper);
  return key;
}

describe('Detector: a Meta-hosted business chat', () => {
  it('reports the session, health ok and, once settled, the chat with a salted key', async () => {
    loadFixture('chat-biz-meta-en');
    const h = harness();
    h.detector.start();
    await h.run();
    expect(h.emitted.map((o) => o.type)).toEqual(['session', 'health']);
    expect(h.of('health')[0]).toMatchObject({ status: 'ok', failed: [] });
    h.advance(CHAT_SETTLE_MS);
    await h.run(new Set(['chat']));
    const [opened] = h.of('chat-opened');
    const remote = findFirst(document, 'messageRow')!.getAttribute('data-id')!.split('_')[1]!;
    expect(opened).toMatchObject({
      chat: 'business',
      business: { key: await sha256Hex(SALT + remote), verification: 'verified', hosting: 'meta', adsReferral: false },
    });
    expect(opened!.business!.label).toBeUndefined();
    expect(h.notices.at(-1)).toMatchObject({ hosting: 'meta', adsReferral: false, key: opened!.business!.key });
    expect(h.notices.at(-1)!.source).toMatch(/^This business uses a secure service from Meta/);
  });

  it('counts each new outgoing row once, never history, never a re-render, never older rows loaded above', async () => {
    loadFixture('chat-biz-meta-en');
    const h = harness();
    await h.run();
    h.advance(CHAT_SETTLE_MS);
    await h.run();
    expect(h.of('message-sent')).toEqual([]); // six outgoing rows were there when the chat opened
    const key = sendRow('3EB0NEW0000000000001');
    sendRow('3EB0NEW0000000000002');
    await h.run(new Set(['rows']));
    const sent = h.of('message-sent');
    expect(sent).toHaveLength(2);
    expect(sent[0]).toMatchObject({ chat: 'business', message: 'text', id: `msg:${(await sha256Hex(SALT + key)).slice(0, 48)}` });
    // A re-render (the row element replaced) and a second detector on the same page add nothing new.
    const row = document.querySelector(`[data-id="${key}"]`)!;
    row.replaceWith(row.cloneNode(true));
    await h.run(new Set(['rows']));
    expect(h.of('message-sent')).toHaveLength(2);
    const second = harness();
    await second.run();
    second.advance(CHAT_SETTLE_MS);
    await second.run();
    expect(second.of('message-sent')).toEqual([]);
    sendRow('3EB0OLD0000000000003', 'top');
    await h.run(new Set(['rows']));
    expect(h.of('message-sent')).toHaveLength(2);
  });

  it('a chat left before it settled still reports the chat and every message sent in it', async () => {
    loadFixture('chat-biz-meta-en');
    const h = harness();
    await h.run();
    sendRow('3EB0FAST000000000001'); // sent at once, and not yet seen by an evaluation
    // The user opens another chat before the settle window ends: WhatsApp swaps #main.
    const main = document.getElementById('main')!;
    const next = main.cloneNode(true) as Element;
    main.replaceWith(next);
    await h.run(new Set(['structure']));
    expect(h.of('chat-opened')).toHaveLength(1);
    expect(h.of('chat-opened')[0]).toMatchObject({ chat: 'business', business: { hosting: 'meta' } });
    expect(h.of('message-sent')).toHaveLength(1);
  });

  it('keeps the label only when labels are on, capped at 80 characters', async () => {
    loadFixture('chat-biz-meta-en');
    document.querySelector('[data-testid="conversation-info-header-chat-title"]')!.setAttribute('title', 'A'.repeat(100));
    const h = harness({ labels: true });
    await h.run();
    h.advance(CHAT_SETTLE_MS);
    await h.run();
    expect(h.of('chat-opened')[0]!.business!.label).toBe('A'.repeat(80));
  });

  it('hides the notice when notices are off or this business was dismissed', async () => {
    loadFixture('chat-biz-meta-en');
    const off = harness({ inPageNotices: false });
    await off.run();
    off.advance(CHAT_SETTLE_MS);
    await off.run();
    expect(off.notices.at(-1)).toBeNull();
    const on = harness();
    await on.run();
    on.advance(CHAT_SETTLE_MS);
    await on.run();
    on.notice.dismiss(on.of('chat-opened')[0]!.business!.key);
    expect(on.notices.at(-1)).toBeNull();
  });
});

describe('Detector: chat kinds', () => {
  it.each([
    ['chat-group-pt_BR', 'group'],
    ['chat-channel-ar-notestid', 'channel'],
  ])('%s opens as a %s chat, without business facts', async (fixture, kind) => {
    loadFixture(fixture);
    const h = harness();
    await h.run();
    h.advance(CHAT_SETTLE_MS);
    await h.run();
    expect(h.of('chat-opened')).toEqual([expect.objectContaining({ chat: kind })]);
    expect(h.of('chat-opened')[0]).not.toHaveProperty('business');
    sendRow('3EB0NEW0000000000009');
    await h.run(new Set(['rows']));
    expect(h.of('message-sent')).toEqual([]); // only business chats count interactions
  });

  it('waits for the subtitle before calling a chat personal', async () => {
    loadFixture('chat-personal-negative-en');
    const h = harness();
    await h.run();
    h.advance(CHAT_SETTLE_MS);
    await h.run();
    expect(h.of('chat-opened')).toEqual([]);
    h.advance(BUSINESS_SUBTITLE_WATCH_MS);
    await h.run();
    expect(h.of('chat-opened')).toEqual([expect.objectContaining({ chat: 'personal' })]);
    expect(h.notices.at(-1)).toBeNull();
  });

  it('an unverified self-hosted business: the "Business Account" stage seen while watching decides', async () => {
    loadFixture('chat-biz-self-pt_BR-early');
    const h = harness();
    await h.run();
    h.advance(2000);
    const subtitle = findFirst(document, 'conversationSubtitle')!;
    subtitle.querySelector('span')!.textContent = 'Conta comercial';
    await h.run(new Set(['chat']));
    subtitle.querySelector('span')!.textContent = 'visto por último hoje às 07:15'; // the stage passes
    await h.run(new Set(['chat']));
    expect(h.of('chat-opened')).toEqual([
      expect.objectContaining({ chat: 'business', business: expect.objectContaining({ hosting: 'self', verification: 'unverified' }) }),
    ]);
  });

  it('the contact-info banner turns a chat reported personal into a business (business-updated)', async () => {
    loadFixture('contact-info-biz-self-en');
    const drawer = findFirst(document, 'contactInfoDrawer')!;
    const host = drawer.parentElement!;
    drawer.remove();
    const h = harness();
    await h.run();
    h.advance(BUSINESS_SUBTITLE_WATCH_MS);
    await h.run();
    expect(h.of('chat-opened')).toEqual([expect.objectContaining({ chat: 'personal' })]);
    host.append(drawer);
    await h.run(new Set(['right']));
    expect(h.of('business-updated')).toEqual([
      expect.objectContaining({ business: expect.objectContaining({ hosting: 'self', verification: 'unverified' }) }),
    ]);
    await h.run(new Set(['right']));
    expect(h.of('business-updated')).toHaveLength(1); // nothing new learnt: nothing sent
  });

  it('a later "is now…" notice updates the business', async () => {
    loadFixture('chat-biz-vendor-pt_BR');
    const h = harness();
    await h.run();
    h.advance(CHAT_SETTLE_MS);
    await h.run();
    expect(h.of('chat-opened')[0]!.business!.hosting).toBe('vendor');
    const notice = [...document.querySelectorAll('[data-testid="system_message"]')].at(-1)!;
    const row = notice.closest('[role="row"]')!.parentElement!.cloneNode(true) as Element;
    row.querySelector('[data-id]')!.setAttribute('data-id', 'false_x@c.us_NOTICE2');
    row.querySelector('[data-testid="system_message"] span[dir]')!.textContent =
      'Esta empresa agora usa um serviço seguro da Meta para gerenciar esta conversa. Clique para saber mais.';
    notice.closest('[role="row"]')!.parentElement!.parentElement!.append(row);
    await h.run(new Set(['rows']));
    expect(h.of('business-updated')).toEqual([expect.objectContaining({ business: expect.objectContaining({ hosting: 'meta' }) })]);
  });
});

/** Opens the fixture's chat and lets it settle (past the subtitle window, so a personal chat is reported too). */
async function settled(fixture: string, settings: Partial<Settings> = {}) {
  loadFixture(fixture);
  const h = harness(settings);
  await h.run();
  h.advance(BUSINESS_SUBTITLE_WATCH_MS);
  await h.run();
  return h;
}

describe('Detector: Meta AI and business AI (docs/research/ai-2026.md)', () => {
  it('the Meta AI chat: never a business, every message counted as sent to it, the notice says Meta reads it', async () => {
    const h = await settled('chat-meta-ai-en');
    expect(h.of('chat-opened')).toEqual([expect.objectContaining({ chat: 'meta-ai' })]);
    expect(h.of('chat-opened')[0]).not.toHaveProperty('business');
    expect(h.of('chat-opened')[0]).not.toHaveProperty('metaAi');
    sendRow('3EB0AI00000000000001');
    sendRow('3EB0AI00000000000002');
    await h.run(new Set(['rows']));
    expect(h.of('message-sent')).toEqual([
      expect.objectContaining({ chat: 'meta-ai', message: 'text' }),
      expect.objectContaining({ chat: 'meta-ai', message: 'text' }),
    ]);
    expect(h.of('message-sent').some((o) => 'business' in o || 'metaAi' in o)).toBe(false);
    expect(h.emitted.some((o) => o.type === 'business-updated')).toBe(false);
    const remote = findFirst(document, 'messageRow')!.getAttribute('data-id')!.split('_')[1]!;
    expect(h.notices.at(-1)).toEqual({ about: 'meta-reads', key: await sha256Hex(SALT + remote), source: null });
  });

  it('an empty Meta AI chat is Meta AI by its own screen, never a business by its badge', async () => {
    const h = await settled('chat-meta-ai-empty-en');
    expect(h.of('chat-opened')).toEqual([expect.objectContaining({ chat: 'meta-ai' })]);
    expect(h.emitted.some((o) => 'business' in o)).toBe(false);
  });

  it('a Meta AI chat that showed nothing but its badge is reported as Meta AI once its rows show, never as a business', async () => {
    loadFixture('chat-meta-ai-en');
    const list = findFirst(document, 'messageRow')!.closest('[role="row"]')!.parentElement!.parentElement!;
    const rows = [...list.children];
    list.replaceChildren();
    const h = harness();
    await h.run();
    h.advance(BUSINESS_SUBTITLE_WATCH_MS);
    await h.run();
    expect(h.of('chat-opened')).toEqual([expect.objectContaining({ chat: 'personal' })]);
    list.append(...rows);
    await h.run(new Set(['rows']));
    expect(h.of('chat-opened').map((o) => o.chat)).toEqual(['personal', 'meta-ai']);
    expect(h.emitted.some((o) => 'business' in o)).toBe(false); // business-updated carries one too
    expect(h.notices.at(-1)).toMatchObject({ about: 'meta-reads' });
  });

  it.each([
    ['chat-group-ai-en', 'open', 'meta-reads', /^A group member added Meta AI to this chat\. Meta can read new messages/],
    ['chat-group-ai-ar-notestid', 'open', 'meta-reads', /Meta/],
    ['chat-group-ai-private-pt_BR', 'private-processing', 'private-processing', /Processamento Privado/],
    ['chat-group-ai-private-en-notestid', 'private-processing', 'private-processing', /Private Processing/],
  ] as const)('%s: a group with Meta AI (%s) counts its messages, and the notice says so', async (fixture, metaAi, about, source) => {
    const h = await settled(fixture);
    expect(h.of('chat-opened')).toEqual([expect.objectContaining({ chat: 'group', metaAi })]);
    sendRow('3EB0GROUPAI000000001');
    await h.run(new Set(['rows']));
    expect(h.of('message-sent')).toEqual([expect.objectContaining({ chat: 'group', metaAi, message: 'text' })]);
    expect(h.notices.at(-1)).toMatchObject({ about });
    expect(h.notices.at(-1)!.source).toMatch(source);
  });

  it('an @Meta AI mention in a personal chat: counted with what it is, no notice', async () => {
    const h = await settled('chat-personal-mention-en');
    expect(h.of('chat-opened')).toEqual([expect.objectContaining({ chat: 'personal', metaAi: 'mention' })]);
    sendRow('3EB0MENTION000000001');
    await h.run(new Set(['rows']));
    expect(h.of('message-sent')).toEqual([expect.objectContaining({ chat: 'personal', metaAi: 'mention' })]);
    expect(h.notices.at(-1)).toBeNull();
  });

  it('a self-hosted business answering with AI from Meta: the AI fact, advanced chat privacy, and the notice', async () => {
    const h = await settled('chat-biz-ai-meta-pt_BR-notestid');
    const [opened] = h.of('chat-opened');
    expect(opened).toMatchObject({
      chat: 'business',
      business: { hosting: 'self', verification: 'unverified', ai: 'meta', advancedChatPrivacy: 'on' },
    });
    expect(opened).not.toHaveProperty('metaAi');
    sendRow('3EB0BIZAI00000000001');
    await h.run(new Set(['rows']));
    expect(h.of('message-sent')).toEqual([expect.objectContaining({ chat: 'business', business: opened!.business })]);
    expect(h.notices.at(-1)).toMatchObject({ about: 'business', ai: 'meta', hosting: 'self' });
    expect(h.notices.at(-1)).toHaveProperty('aiSource', expect.stringMatching(/^A IA da Meta recebe mensagens/));
  });

  it.each([
    ['chat-biz-ai-vendor-pt_BR', { hosting: 'vendor', ai: 'third-party', phoneNumberShared: true }],
    ['chat-biz-ad-share-ar-notestid', { hosting: 'meta', adsReferral: true, ai: 'none', dataSharing: 'on' }],
  ] as const)('%s: the business facts of 2026', async (fixture, facts) => {
    const h = await settled(fixture);
    expect(h.of('chat-opened')).toEqual([expect.objectContaining({ chat: 'business', business: expect.objectContaining(facts) })]);
  });

  it('a fact learnt later is a business-updated; one that scrolls out of the rendered rows is kept', async () => {
    loadFixture('chat-biz-ai-vendor-pt_BR');
    const request = findFirst(document, 'phoneNumberRequest')!.closest('[role="row"]')!.parentElement!;
    const list = request.parentElement!;
    request.remove();
    const h = harness();
    await h.run();
    h.advance(CHAT_SETTLE_MS);
    await h.run();
    expect(h.of('chat-opened')[0]!.business).not.toHaveProperty('phoneNumberShared');
    list.append(request);
    await h.run(new Set(['rows']));
    expect(h.of('business-updated')).toEqual([expect.objectContaining({ business: expect.objectContaining({ phoneNumberShared: true }) })]);
    request.remove();
    await h.run(new Set(['rows']));
    expect(h.of('business-updated')).toHaveLength(1);
  });

  it('the contact-info drawer’s advanced-chat-privacy row and Private Processing badge are read too', async () => {
    const biz = await settled('contact-info-biz-ai-meta-en');
    expect(biz.of('chat-opened')[0]).toMatchObject({ business: { ai: 'meta', advancedChatPrivacy: 'on' } });
    const group = await settled('contact-info-group-ai-private-en');
    expect(group.of('chat-opened')).toEqual([expect.objectContaining({ chat: 'group', metaAi: 'private-processing' })]);
  });
});

describe('Detector: header anchors missing (?noheader=1)', () => {
  it('sends no business observation and reports health degraded after the grace period', async () => {
    loadFixture('chat-biz-meta-noheader-en');
    const h = harness();
    await h.run();
    h.advance(CHAT_SETTLE_MS);
    await h.run();
    sendRow('3EB0NEW0000000000004');
    await h.run();
    expect(h.of('health')).toEqual([]);
    h.advance(HEALTH_GRACE_MS);
    await h.run();
    expect(h.of('health')).toEqual([
      expect.objectContaining({ status: 'degraded', failed: ['conversationHeader', 'conversationHeaderTitle'] }),
    ]);
    expect(h.emitted.filter((o) => ['chat-opened', 'message-sent', 'business-updated'].includes(o.type))).toEqual([]);
  });
});

describe('Detector: settings', () => {
  it('reports visits and each privacy value once, then only changes', async () => {
    loadFixture('privacy-last-seen-ar');
    const h = harness();
    await h.run();
    expect(h.of('privacy-value').map(({ control, value }) => [control, value])).toEqual([
      ['last-seen', 'contacts-except'],
      ['online', 'same-as-last-seen'],
    ]);
    await h.run(new Set(['left']));
    expect(h.of('privacy-value')).toHaveLength(2);
    // WhatsApp replaces the radio buttons: Nobody is now checked.
    const radios = findAll(document, 'radioOption');
    radios[2]!.setAttribute('aria-checked', 'false');
    radios[3]!.setAttribute('aria-checked', 'true');
    await h.run(new Set(['left']));
    expect(
      h
        .of('privacy-value')
        .slice(2)
        .map(({ control, value }) => [control, value]),
    ).toEqual([['last-seen', 'nobody']]);
  });

  it('reports strict account settings once, from locked toggles or the interstitial, and again only when it changes', async () => {
    loadFixture('privacy-strict-en');
    const h = harness();
    await h.run();
    await h.run(new Set(['left']));
    expect(h.of('account-lock')).toEqual([expect.objectContaining({ strict: true })]);
    loadFixture('privacy-en');
    await h.run(new Set(['left']));
    expect(h.of('account-lock').map((o) => o.strict)).toEqual([true, false]);
    loadFixture('privacy-strict-modal-ar');
    for (const input of findAll(document, 'privacyLockedSwitch')) {
      input.removeAttribute('aria-disabled');
      input.removeAttribute('disabled');
    }
    expect(findFirst(document, 'privacyLockedSwitch')).toBeNull();
    await h.run();
    expect(h.of('account-lock').map((o) => o.strict)).toEqual([true, false, true]); // the interstitial alone says so
  });

  it('says nothing of strict account settings where the page shows neither way', async () => {
    loadFixture('privacy-last-seen-ar');
    const h = harness();
    await h.run();
    expect(h.of('account-lock')).toEqual([]);
  });

  it('reports health degraded when Settings is selected but no settings step can be found', async () => {
    loadFixture('settings-en');
    findFirst(document, 'settingsDrawer')!.remove();
    const h = harness();
    await h.run();
    h.advance(HEALTH_GRACE_MS);
    await h.run();
    expect(h.of('health').at(-1)).toMatchObject({ status: 'degraded', failed: ['settingsDrawer'] });
  });
});

describe('HealthTracker', () => {
  it('waits out the grace period, reports degraded once, then ok once on recovery', () => {
    const health = new HealthTracker();
    expect(health.update([], 0)).toEqual({ report: { status: 'ok', failed: [] } });
    expect(health.update([], 10)).toEqual({});
    expect(health.update(['chatList'], 100)).toEqual({ recheckInMs: HEALTH_GRACE_MS });
    expect(health.update(['chatList'], 100 + HEALTH_GRACE_MS - 1)).toEqual({ recheckInMs: 1 });
    expect(health.update(['chatList'], 100 + HEALTH_GRACE_MS)).toEqual({ report: { status: 'degraded', failed: ['chatList'] } });
    expect(health.update(['chatList'], 200 + HEALTH_GRACE_MS)).toEqual({});
    expect(health.update([], 300 + HEALTH_GRACE_MS)).toEqual({ report: { status: 'ok', failed: [] } });
  });
});

describe('canary: message text never reaches an observation', () => {
  it('fixtures with canary rows exist', () => {
    expect(FIXTURES.filter((f) => fixtureHtml(f).includes(CANARY)).length).toBeGreaterThanOrEqual(6);
  });

  it.each(FIXTURES)('%s', async (fixture) => {
    loadFixture(fixture);
    const h = harness({ labels: true });
    h.detector.start();
    await h.run();
    h.advance(BUSINESS_SUBTITLE_WATCH_MS);
    await h.run();
    if (findFirst(document, 'messageRow')) {
      sendRow('3EB0CANARY0000000001');
      const row = document.querySelector('[data-id$="_3EB0CANARY0000000001"]')!;
      row.querySelectorAll('span').forEach((span) => span.childElementCount === 0 && (span.textContent = `${CANARY} sent`));
      await h.run();
    }
    h.advance(HEALTH_GRACE_MS);
    await h.run();
    expect(h.emitted.length).toBeGreaterThan(0);
    expect(JSON.stringify(h.emitted)).not.toContain(CANARY);
    expect(JSON.stringify(h.notices)).not.toContain(CANARY);
    expect(JSON.stringify(h.emitted)).not.toMatch(/@(c\.us|lid|g\.us|newsletter|bot)/); // no chat id leaves either
  });
});
