// The open chat: its kind and, for a business, verification, hosting and ad referral.
// Only WhatsApp's own markers count (icons, data-id, system notices, the subtitle stage); the chat's name never
// decides anything, so a contact called "Business Bob" stays personal.
// Sources: docs/research/whatsapp-dom.md §b.1–b.4, what-whatsapp-shares.md §1.3–1.5.
import type { ChatKind, Hosting, Verification } from '../../model/observation';
import { findAll, findFirst } from '../query';
import type { SelectorKey } from '../selectors';
import { isLabel, labelTexts, startsWithNotice, visibleText } from '../text';
import { kindFromJid, messageKey, remoteJid } from './message';

/** What a hosting notice says; `e2e` is the plain end-to-end notice (self-hosted when the chat is a business). */
export type NoticeHosting = 'meta' | 'vendor' | 'e2e';

/** A notice's hosting claim, or null if it is some other notice. "Is now…" transitions map like the first notice. */
export function classifyNotice(text: string): NoticeHosting | null {
  if (startsWithNotice(text, 'noticeMeta') || startsWithNotice(text, 'noticeMetaNow')) return 'meta';
  if (startsWithNotice(text, 'noticeVendor') || startsWithNotice(text, 'noticeVendorNow')) return 'vendor';
  if (startsWithNotice(text, 'noticeE2e')) return 'e2e';
  return null;
}

export type BusinessSignal = 'badge' | 'hosting-notice' | 'ads' | 'subtitle';

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
}

/** The latest hosting notice among the chat's system messages (a later "is now…" replaces an earlier one). */
function latestNotice(panel: Element): { hosting: NoticeHosting; text: string } | null {
  let latest: { hosting: NoticeHosting; text: string } | null = null;
  for (const notice of findAll(panel, 'systemMessage')) {
    const row = notice.closest('[data-id]') ?? notice;
    const text = visibleText(notice);
    const hosting = classifyNotice(text) ?? (findFirst(row, 'e2eNoticeIcon') ? 'e2e' : null);
    if (hosting) latest = { hosting, text };
  }
  return latest;
}

function headerKind(header: Element | null): ChatKind | null {
  if (!header) return null;
  if (findFirst(header, 'groupAvatar')) return 'group';
  if (findFirst(header, 'channelAvatar')) return 'channel';
  return null;
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

  const firstRow = findFirst(panel, 'messageRow');
  const key = firstRow ? messageKey(firstRow) : null;
  const remote = key ? remoteJid(key) : null;

  const signals: BusinessSignal[] = [];
  const badge = header ? findFirst(header, 'verifiedBadge') !== null : false;
  if (badge) signals.push('badge');
  const notice = latestNotice(panel);
  if (notice && notice.hosting !== 'e2e') signals.push('hosting-notice');
  const adsReferral = findFirst(panel, 'adsBadge') !== null;
  if (adsReferral) signals.push('ads');
  if (sawBusinessSubtitle || subtitleShowsBusiness(panel)) signals.push('subtitle');

  const jidKind = remote ? kindFromJid(remote) : headerKind(header);
  const kind: ChatKind = jidKind ?? (signals.length > 0 ? 'business' : 'personal');
  const business = kind === 'business';

  let hosting: Hosting = 'unknown';
  if (business && notice) hosting = notice.hosting === 'e2e' ? 'self' : notice.hosting;

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
    hostingNotice: business && hosting !== 'unknown' ? (notice?.text ?? null) : null,
    adsReferral: business && adsReferral,
  };
}

/** The subtitle currently shows WhatsApp's "Business Account" stage. */
export function subtitleShowsBusiness(panel: Element): boolean {
  const subtitle = findFirst(panel, 'conversationSubtitle');
  return subtitle ? labelTexts(subtitle).some((t) => isLabel(t, 'subtitleBusiness')) : false;
}
