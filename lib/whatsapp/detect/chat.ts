// The open chat: its kind; for a business, verification, hosting, ad referral and its AI; Meta AI in a chat with
// people; and the chat's own state (data sharing, a phone-number request, advanced chat privacy).
// Only WhatsApp's own markers count (icons, data-id, system notices, the subtitle stage); the chat's name never
// decides anything, so a contact called "Business Bob" stays personal, and a chat with Meta's AI never is a business.
// Sources: docs/research/whatsapp-dom.md §b.1–b.4, what-whatsapp-shares.md §1.3–1.5, ai-2026.md §1–3, §5.2, §6.5, §8.
import type { BusinessAi, ChatAi, ChatKind, Hosting, SwitchState, Verification } from '../../model/observation';
import { findAll, findFirst } from '../query';
import type { SelectorKey } from '../selectors';
import { isLabel, labelTexts, visibleText } from '../text';
import { kindFromJid, messageKey, remoteJid } from './message';
import { chatAiOfBot, participantJid, PRIVATE_BOT_JID } from './meta-ai';
import { readNotices, type ChatNotices } from './notices';

/** What made a one-to-one chat a business: WhatsApp's own markers only. */
export type BusinessSignal = 'badge' | 'hosting-notice' | 'ads' | 'subtitle' | 'ai-disclosure';

export interface ChatFacts {
  /** Header anchors that were not found; while any is missing no business observation may be sent. */
  missing: SelectorKey[];
  /** The header title (the chat's name): only for an allowed label or the no-rows key fallback. */
  title: string | null;
  /** The chat's JID from a row's data-id; null when the chat shows no rows. Never leaves the page. */
  remote: string | null;
  kind: ChatKind;
  signals: BusinessSignal[];
  verification: Verification;
  hosting: Hosting;
  /** The WhatsApp notice the hosting rests on (shown by the in-page notice's "Why?", never sent). */
  hostingNotice: string | null;
  adsReferral: boolean;
  /** Whose AI answers for the business ('none' when the chat is no business or none was seen). */
  ai: BusinessAi;
  /** The disclosure the business AI rests on, when it is a notice. */
  aiNotice: string | null;
  /** Meta AI in a chat with people, or the Meta AI chat under Private Processing; null when none was seen. */
  metaAi: ChatAi | null;
  /** The notice that says so, when it is one (rows and badges have no text). */
  metaAiNotice: string | null;
  /** Data sharing in a chat started from an ad, as its latest notice says. */
  dataSharing: SwitchState | null;
  /** A phone-number request (or share) is in the chat. */
  phoneNumberShared: boolean;
  /** Advanced chat privacy, as its latest notice (or the contact-info row, business.ts) says. */
  advancedChatPrivacy: SwitchState | null;
}

function headerKind(header: Element | null): ChatKind | null {
  if (!header) return null;
  if (findFirst(header, 'groupAvatar')) return 'group';
  if (findFirst(header, 'channelAvatar')) return 'channel';
  return null;
}

/** The latest Meta AI bot taking part in the chat, by the participant of its rows (ai-2026.md §3.1–3.3). */
function botInRows(rows: readonly Element[]): ChatAi | null {
  let latest: ChatAi | null = null;
  for (const row of rows) {
    const participant = participantJid(messageKey(row) ?? '');
    const ai = participant ? chatAiOfBot(participant) : null;
    if (ai) latest = ai;
  }
  return latest;
}

/**
 * Meta AI in a chat with people. A group's state wins (the Private Processing badge, then the latest "added Meta AI"
 * notice), then an `@Meta AI` mention notice, then the latest Meta AI bot seen answering: the open bot also answers
 * mentions, so its rows alone mean "open" only when no notice says more. An unknown bot says nothing.
 */
function chatAi(panel: Element, rows: readonly Element[], notices: ChatNotices): { value: ChatAi; notice: string | null } | null {
  if (findFirst(panel, 'privateProcessingBadge')) return { value: 'private-processing', notice: null };
  const notice = notices.aiGroup ?? notices.aiMention;
  if (notice) return { value: notice.value, notice: notice.text };
  const bot = botInRows(rows);
  return bot ? { value: bot, notice: null } : null;
}

/**
 * Facts about the chat in `panel` (the visible #main). `sawBusinessSubtitle` carries the "Business Account"
 * subtitle stage seen earlier in this chat (the subtitle cycles, whatsapp-dom.md §b.2).
 */
export function detectChat(panel: Element, sawBusinessSubtitle = false): ChatFacts {
  const header = findFirst(panel, 'conversationHeader');
  const titleEl = header ? findFirst(header, 'conversationHeaderTitle') : null;
  const missing: SelectorKey[] = [];
  if (!header) missing.push('conversationHeader');
  if (!titleEl) missing.push('conversationHeaderTitle');

  const rows = findAll(panel, 'messageRow');
  const key = rows[0] ? messageKey(rows[0]) : null;
  const remote = key ? remoteJid(key) : null;
  const notices = readNotices(panel);

  const signals: BusinessSignal[] = [];
  const badge = header ? findFirst(header, 'verifiedBadge') !== null : false;
  if (badge) signals.push('badge');
  if (notices.hosting && notices.hosting.value !== 'e2e') signals.push('hosting-notice');
  const adsReferral = findFirst(panel, 'adsBadge') !== null;
  if (adsReferral) signals.push('ads');
  if (sawBusinessSubtitle || subtitleShowsBusiness(panel)) signals.push('subtitle');
  // A business's AI disclosure, or the "AI" label on its replies, shows only in business chats (ai-2026.md §5.2).
  const aiLabel = findFirst(panel, 'aiReplyLabel') !== null;
  if (notices.businessAi || aiLabel) signals.push('ai-disclosure');

  // Every chat WhatsApp opens shows at least its encryption or hosting notice as a row (whatsapp-dom.md §b.4): one
  // without rows is still loading, or is the empty Meta AI chat, whose own screen may show (ai-2026.md §2.1) and whose
  // badge must never make it a business. So the header's business markers count only once a row gives the JID.
  const jidKind = remote ? kindFromJid(remote) : findFirst(panel, 'metaAiChatScreen') ? 'meta-ai' : headerKind(header);
  const kind: ChatKind = jidKind ?? (remote && signals.length > 0 ? 'business' : 'personal');
  const business = kind === 'business';

  let hosting: Hosting = 'unknown';
  if (business && notices.hosting) hosting = notices.hosting.value === 'e2e' ? 'self' : notices.hosting.value;
  const ai: BusinessAi = !business ? 'none' : (notices.businessAi?.value ?? (aiLabel ? 'meta' : 'none'));
  // The Meta AI chat with the Private Processing bot is Incognito Chat: Meta cannot read it (ai-2026.md §4.6).
  const inChat =
    kind === 'meta-ai'
      ? remote === PRIVATE_BOT_JID
        ? { value: 'private-processing' as const, notice: null }
        : null
      : kind === 'group' || kind === 'personal'
        ? chatAi(panel, rows, notices)
        : null;

  const verification: Verification = !business || !titleEl ? 'unknown' : badge ? 'verified' : 'unverified';
  const title = titleEl ? (titleEl.getAttribute('title') ?? visibleText(titleEl)).trim() || null : null;
  return {
    missing,
    title,
    remote,
    kind,
    signals,
    verification,
    hosting,
    hostingNotice: business && hosting !== 'unknown' ? (notices.hosting?.text ?? null) : null,
    adsReferral: business && adsReferral,
    ai,
    aiNotice: ai !== 'none' ? (notices.businessAi?.text ?? null) : null,
    metaAi: inChat?.value ?? null,
    metaAiNotice: inChat?.notice ?? null,
    dataSharing: notices.dataSharing,
    phoneNumberShared: findFirst(panel, 'phoneNumberRequest') !== null,
    advancedChatPrivacy: notices.advancedChatPrivacy,
  };
}

/** The subtitle currently shows WhatsApp's "Business Account" stage. */
export function subtitleShowsBusiness(panel: Element): boolean {
  const subtitle = findFirst(panel, 'conversationSubtitle');
  return subtitle ? labelTexts(subtitle).some((t) => isLabel(t, 'subtitleBusiness')) : false;
}
