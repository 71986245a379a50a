// What the background tells the popup and the dashboard: one snapshot of the ledger per request, and
// the evidence behind a category. Views read these and never scan raw events. The orders and the merging
// documented below are done once, where the snapshot is built (lib/background/ledger/snapshot.ts): views
// rely on them and do not sort, merge or fill in again.
import type { AudienceId, CategoryId } from './ids';
import type { BusinessAi, ChatKind, Hosting, MessageKind, SwitchState, Verification } from './observation';
import type { LedgerHealth } from './ledger-health';
import type { Settings } from './preferences';
import type { PrivacyControlId, PrivacyValue } from './privacy-controls';
import type { WalkthroughStatus } from './walkthrough-status';

export interface TallyCell {
  category: CategoryId;
  audience: AudienceId;
  count: number;
}

export interface BusinessRow {
  key: string;
  /** Only when the user allows labels. */
  label?: string;
  /** 1-based position in the order businesses were first seen, for "Business 1, 2…" when there is no label. */
  ordinal: number;
  verification: Verification;
  hosting: Hosting;
  adsReferral: boolean;
  /**
   * Whose AI answers for the business (docs/research/ai-2026.md §5): 'meta' ("uses AI from Meta"),
   * 'third-party' ("uses a third-party AI", whose chats Meta receives too), 'none' when no AI was seen.
   */
  ai: BusinessAi;
  /** Advanced chat privacy for this chat as last seen (ai-2026.md §6); absent when never seen. */
  advancedChatPrivacy?: SwitchState;
  /** In a chat started from an ad: data sharing with the advertiser as last seen (ai-2026.md §8.6); absent when never seen. */
  dataSharing?: SwitchState;
  /** The business asked for, or was given, the user's phone number in this chat (ai-2026.md §8.4). */
  phoneNumberShared?: boolean;
  interactions: number;
  firstSeen: number;
  lastSeen: number;
  /** On the user's "don't log" list (settings.ignoredBusinesses, the one place this is kept). */
  ignored: boolean;
}

export interface AuditRow {
  control: PrivacyControlId;
  value: PrivacyValue | null;
  observedAt: number | null;
  mostPrivate: boolean;
  /**
   * Strict account settings were on when last seen and cover this control (lib/taxonomy/strict-account.ts):
   * it is held private and can only be changed on the primary phone, by turning them off first.
   */
  lockedByStrict: boolean;
}

/** Strict account settings as last seen on WhatsApp Web (ai-2026.md §9). */
export interface StrictAccountState {
  on: boolean;
  observedAt: number;
}

/**
 * The dashboard's "AI" part (docs/research/ai-2026.md §2–§5), for the range. Counted from tallies, like the
 * matrix: counts survive pruned events. Chats carry no key except businesses, so groups are counted by the
 * messages sent in them, never as distinct groups.
 */
export interface AiSummary {
  /** Messages sent in the Meta AI chat: each one went to Meta (`ai-conversations`→`meta`). */
  metaAiMessages: number;
  /**
   * Messages sent in chats (groups, mostly) where Meta AI can read new messages ('open', `message-content`→`meta`).
   * Not counted: chats under Private Processing (Meta can't see them) and chats where someone only mentioned
   * @Meta AI (only what is shared with it goes to Meta, and which messages those are can't be seen).
   */
  openChatMessages: number;
  /** Businesses seen in the range whose replies come from an AI, by whose: Meta's, or a third party's. */
  businesses: { meta: number; thirdParty: number };
}

export interface HealthState {
  status: 'ok' | 'degraded' | 'unknown';
  failed: string[];
  at: number | null;
  /** The ledger's own health (a database from a newer version, businesses held back); set by the background's getSnapshot. */
  ledger?: LedgerHealth;
}

/** One view model for the popup and the dashboard: views read it and never scan raw events. */
export interface Snapshot {
  generatedAt: number;
  days: number;
  settings: Settings;
  /** Business chats (distinct business keys) seen in the range. */
  businessChats: number;
  /** Interactions (events) in the range. */
  interactions: number;
  /** The category × audience matrix for the range: each pair at most once, only non-zero cells, in no set order. */
  matrix: TallyCell[];
  /**
   * One row per calendar day (YYYY-MM-DD, local time) in the range, oldest first, zero days included.
   * `total` is the exposures that day (the sum of `byCategory`).
   */
  timeline: Array<{ day: string; total: number; byCategory: Partial<Record<CategoryId, number>> }>;
  /** Today's business-chat exposures (what the toolbar badge shows). */
  today: number;
  /** Every business, most recently seen first. */
  businesses: BusinessRow[];
  /** One row per privacy control, in PRIVACY_CONTROLS order; `value` and `observedAt` null when never observed. */
  audit: AuditRow[];
  /** Strict account settings as last seen; null when never seen. */
  strictAccount: StrictAccountState | null;
  /** What went to AI in the range. */
  ai: AiSummary;
  health: HealthState;
  walkthroughs: Record<string, { status: WalkthroughStatus; updatedAt: number }>;
  /** Whether any event was ever logged (first-run / empty state). */
  empty: boolean;
}

/** Why a category was counted: the interactions that produced it. */
export interface EvidenceItem {
  at: number;
  event: 'session' | 'chat-opened' | 'message-sent' | 'privacy-value';
  chat?: ChatKind;
  message?: MessageKind;
  businessOrdinal?: number;
  audiences: AudienceId[];
  /** The rule that produced it (lib/taxonomy/rules.ts id) and its source. */
  rule: string;
}
