// What the content script reports about WhatsApp Web: facts about the page, never what people write.
// Sources: docs/research/whatsapp-dom.md (DOM), docs/research/what-whatsapp-shares.md §1–2.
import type { PrivacyControlId, PrivacyValue } from './privacy-controls';

/** 'meta-ai': the 1:1 chat with Meta AI or any other bot Meta runs (ai-2026.md §1); never a business. Append only. */
export const CHAT_KINDS = ['personal', 'group', 'channel', 'status', 'business', 'meta-ai'] as const;
export type ChatKind = (typeof CHAT_KINDS)[number];

export const VERIFICATIONS = ['verified', 'unverified', 'unknown'] as const;
export type Verification = (typeof VERIFICATIONS)[number];

/** Who holds the business's side of the chat (what-whatsapp-shares.md §1.5, §3.3). */
export const HOSTINGS = ['meta', 'vendor', 'self', 'unknown'] as const;
export type Hosting = (typeof HOSTINGS)[number];

/** Whose AI answers for a business (ai-2026.md §2): independent of who hosts the chat. */
export const BUSINESS_AI = ['none', 'meta', 'third-party'] as const;
export type BusinessAi = (typeof BUSINESS_AI)[number];

/**
 * Meta AI inside a chat that is not the Meta AI chat itself (ai-2026.md §1): 'open' (Meta can read new
 * messages), 'private-processing' (WhatsApp and Meta can't see the chat), 'mention' (only what is shared
 * with @Meta AI goes to Meta). Absent means none was seen.
 */
export const CHAT_AI = ['open', 'private-processing', 'mention'] as const;
export type ChatAi = (typeof CHAT_AI)[number];

/** A switch seen on the page for one chat: advanced chat privacy, data sharing in an ad-started chat. */
export const SWITCH_STATES = ['on', 'off'] as const;
export type SwitchState = (typeof SWITCH_STATES)[number];

export const MESSAGE_KINDS = ['text', 'media', 'document', 'location', 'contact', 'unknown'] as const;
export type MessageKind = (typeof MESSAGE_KINDS)[number];

/** The view WhatsApp Web shows; the URL never changes, containers are swapped (whatsapp-dom.md §e). */
export const VIEWS = [
  'loading',
  'main',
  'chat',
  'contact-info',
  'settings',
  'privacy',
  'privacy/last-seen',
  'privacy/profile-photo',
  'privacy/about',
  'privacy/status',
  'privacy/groups',
  'privacy/default-timer',
  'account',
  'account/security',
  'account/request-info',
] as const;
export type ViewId = (typeof VIEWS)[number];

/** What is known about the business behind the open chat. */
export interface BusinessFacts {
  /** Salted SHA-256 of the chat id (hex, 64 chars). The chat id itself never leaves the page. */
  key: string;
  /** The business's display name; present only when the user turned labels on. */
  label?: string;
  verification: Verification;
  hosting: Hosting;
  /** The chat started from an ad (Click-to-WhatsApp, `single-chevron-in-circle`). */
  adsReferral: boolean;
  /** Whose AI answers for the business (biz_bot_1p / 3p disclosures, the "AI" label on replies). */
  ai: BusinessAi;
  /** Data sharing with the advertiser in an ad-started chat, when its system message was seen. */
  dataSharing?: SwitchState;
  /** The user was asked for, or shared, their phone number in this chat. */
  phoneNumberShared?: boolean;
  /** Advanced chat privacy for this chat, when its system message or contact-info row was seen. */
  advancedChatPrivacy?: SwitchState;
}

interface Base {
  /**
   * Unique per observation and stable across retries, so a resend is never counted twice.
   * 1–128 characters of [A-Za-z0-9_.:-].
   */
  id: string;
  /** When it was observed, epoch milliseconds. */
  at: number;
}

/** WhatsApp Web was opened: every session hands WhatsApp the browser's IP address and device details. */
export interface SessionObservation extends Base {
  type: 'session';
}

export interface ChatOpenedObservation extends Base {
  type: 'chat-opened';
  chat: ChatKind;
  /** Present when chat === 'business'. */
  business?: BusinessFacts;
  /** Meta AI inside this chat (a group or a personal chat), when seen. */
  metaAi?: ChatAi;
}

/** A new outgoing message row appeared: counted, never read. */
export interface MessageSentObservation extends Base {
  type: 'message-sent';
  chat: ChatKind;
  business?: BusinessFacts;
  metaAi?: ChatAi;
  message: MessageKind;
}

/** Something more was learnt about a business already seen (e.g. the contact-info drawer was opened). */
export interface BusinessUpdatedObservation extends Base {
  type: 'business-updated';
  business: BusinessFacts;
}

export interface PrivacyValueObservation extends Base {
  type: 'privacy-value';
  control: PrivacyControlId;
  value: PrivacyValue;
}

export const HEALTH_STATUSES = ['ok', 'degraded'] as const;
export type HealthStatus = (typeof HEALTH_STATUSES)[number];

export interface HealthObservation extends Base {
  type: 'health';
  status: HealthStatus;
  /** Selector keys (lib/whatsapp/selectors.ts) whose anchors were expected but not found. */
  failed: string[];
}

/**
 * Strict account settings lock the privacy controls they cover (ai-2026.md, strict account settings):
 * seen on WhatsApp Web as locked toggles and the defense-mode interstitial.
 */
export interface AccountLockObservation extends Base {
  type: 'account-lock';
  strict: boolean;
}

export type Observation =
  | SessionObservation
  | ChatOpenedObservation
  | MessageSentObservation
  | BusinessUpdatedObservation
  | PrivacyValueObservation
  | HealthObservation
  | AccountLockObservation;

export type ObservationType = Observation['type'];

/** The observation types that leave an event in the ledger (the others update businesses, audit or health). */
export const EVENT_TYPES = ['session', 'chat-opened', 'message-sent', 'privacy-value'] as const satisfies readonly ObservationType[];
export type EventType = (typeof EVENT_TYPES)[number];
