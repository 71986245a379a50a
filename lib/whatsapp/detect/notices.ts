// The open chat's system notices, read once and in order: what each says about who hosts a business, Meta AI in the
// chat, the business's AI, data sharing in an ad-started chat and advanced chat privacy. Icons decide first where a
// notice has its own (the end-to-end lock, the AI double chevron); otherwise WhatsApp's localized text, matched by its
// first sentence(s) (locale-text.ts). A later notice of the same kind replaces an earlier one ("is now…", "turned off").
// Sources: docs/research/whatsapp-dom.md §b.4, what-whatsapp-shares.md §1.5, ai-2026.md §3, §5.2, §6.5, §8.6.
import type { ChatAi, SwitchState } from '../../model/observation';
import { findAll, findFirst } from '../query';
import { startsWithNotice, visibleText } from '../text';
import type { TextKey } from '../locale-text';

/** What a hosting notice says; `e2e` is the plain end-to-end notice (self-hosted when the chat is a business). */
export type NoticeHosting = 'meta' | 'vendor' | 'e2e';

/** A notice's hosting claim, or null if it is some other notice. "Is now…" transitions map like the first notice. */
export function classifyNotice(text: string): NoticeHosting | null {
  if (startsWithNotice(text, 'noticeMeta') || startsWithNotice(text, 'noticeMetaNow')) return 'meta';
  if (startsWithNotice(text, 'noticeVendor') || startsWithNotice(text, 'noticeVendorNow')) return 'vendor';
  if (startsWithNotice(text, 'noticeE2e')) return 'e2e';
  return null;
}

/** What one notice says, about one thing. */
export type NoticeClaim =
  | { about: 'hosting'; value: NoticeHosting }
  | { about: 'meta-ai'; value: ChatAi }
  | { about: 'business-ai'; value: 'meta' | 'third-party' }
  | { about: 'data-sharing'; value: SwitchState }
  | { about: 'advanced-chat-privacy'; value: SwitchState };

// The AI and chat-state wordings, each with what it claims. The Private Processing notice carries the end-to-end
// notice's lock icon (ai-2026.md §3.3), so text is read before that icon.
const TEXT_CLAIMS: ReadonlyArray<readonly [TextKey, Exclude<NoticeClaim, { about: 'hosting' }>]> = [
  ['noticeAiGroupOpen', { about: 'meta-ai', value: 'open' }],
  ['noticeAiGroupPrivate', { about: 'meta-ai', value: 'private-processing' }],
  ['noticeAiMention', { about: 'meta-ai', value: 'mention' }],
  ['noticeBizAiMeta', { about: 'business-ai', value: 'meta' }],
  ['noticeBizAiThirdParty', { about: 'business-ai', value: 'third-party' }],
  ['noticeDataSharingOn', { about: 'data-sharing', value: 'on' }],
  ['noticeDataSharingOff', { about: 'data-sharing', value: 'off' }],
  ['noticeAcpOn', { about: 'advanced-chat-privacy', value: 'on' }],
  ['noticeAcpOff', { about: 'advanced-chat-privacy', value: 'off' }],
];

/** What a notice's (or a contact-info row's) text claims, or null for any other text. */
export function classifySystemText(text: string): NoticeClaim | null {
  const hosting = classifyNotice(text);
  if (hosting) return { about: 'hosting', value: hosting };
  return TEXT_CLAIMS.find(([key]) => startsWithNotice(text, key))?.[1] ?? null;
}

/** A claim with the notice's text (shown by the in-page notice's "Why?", never sent). */
export interface Said<T> {
  value: T;
  text: string;
}

/** The latest notice of each kind in the chat. Meta AI's is split: a group's state (open, Private Processing) and a mention. */
export interface ChatNotices {
  hosting: Said<NoticeHosting> | null;
  aiGroup: Said<ChatAi> | null;
  aiMention: Said<ChatAi> | null;
  businessAi: Said<'meta' | 'third-party'> | null;
  dataSharing: SwitchState | null;
  advancedChatPrivacy: SwitchState | null;
}

function claimOf(notice: Element, text: string): NoticeClaim | null {
  const claim = classifySystemText(text);
  if (claim) return claim;
  const row = notice.closest('[data-id]') ?? notice;
  if (findFirst(row, 'aiDisclosureIcon')) return { about: 'business-ai', value: 'meta' };
  if (findFirst(row, 'e2eNoticeIcon')) return { about: 'hosting', value: 'e2e' };
  return null;
}

/** Every system notice in `panel` (the visible #main), the latest of each kind winning. */
export function readNotices(panel: Element): ChatNotices {
  const notices: ChatNotices = {
    hosting: null,
    aiGroup: null,
    aiMention: null,
    businessAi: null,
    dataSharing: null,
    advancedChatPrivacy: null,
  };
  for (const notice of findAll(panel, 'systemMessage')) {
    const text = visibleText(notice);
    const claim = claimOf(notice, text);
    if (!claim) continue;
    switch (claim.about) {
      case 'hosting':
        notices.hosting = { value: claim.value, text };
        break;
      case 'meta-ai':
        if (claim.value === 'mention') notices.aiMention = { value: claim.value, text };
        else notices.aiGroup = { value: claim.value, text };
        break;
      case 'business-ai':
        notices.businessAi = { value: claim.value, text };
        break;
      case 'data-sharing':
        notices.dataSharing = claim.value;
        break;
      case 'advanced-chat-privacy':
        notices.advancedChatPrivacy = claim.value;
        break;
    }
  }
  return notices;
}
