// The one message contract between the content script, the background and the extension pages.
// Every request is { type, payload }; every reply is a Result. The background checks the sender
// (lib/messaging/guard.ts) and validates every payload before it touches the database.
import type { CategoryId, AudienceId, Region } from '../taxonomy/ids';
import type { Observation, Hosting, Verification, ChatKind, MessageKind, ViewId } from '../whatsapp/observation';
import type { PrivacyControlId, PrivacyValue } from '../privacy/controls';
import type { Settings } from '../settings/types';

export type Result<T> = { ok: true; value: T } | { ok: false; error: { code: ErrorCode; message: string } };
export type ErrorCode = 'bad-sender' | 'bad-request' | 'unknown-type' | 'import-invalid' | 'internal';

/** Who may send what: the content script only reports; only extension pages query and change things. */
export const CONTENT_SCRIPT_TYPES = ['observe', 'hello', 'dismissNotice', 'guideProgress'] as const;

export interface Protocol {
  // — from the content script (a web.whatsapp.com tab) —
  /** Report observations; the reply lists the ids now safely stored (or known already) so the queue can drop them. */
  observe: { payload: { observations: Observation[] }; value: { stored: string[] } };
  /** First contact of a content script: the salt for business keys and the settings it needs. */
  hello: { payload: Record<string, never>; value: { salt: string; settings: Settings } };
  /** The user dismissed the in-page notice for one business. */
  dismissNotice: { payload: { key: string }; value: null };
  /** The guided walkthrough advanced, finished, or lost its target on the page. */
  guideProgress: {
    payload: { walkthroughId: string; step: number; status: 'active' | 'done' | 'target-missing' | 'cancelled' };
    value: null;
  };

  // — from extension pages (popup, dashboard) —
  getSnapshot: { payload: { days: 7 | 30 | 90 | 365 }; value: Snapshot };
  getEvidence: { payload: { category: CategoryId; limit?: number }; value: EvidenceItem[] };
  updateSettings: { payload: Partial<Settings>; value: Settings };
  exportData: { payload: { format: 'json' | 'csv' }; value: { filename: string; mime: string; text: string } };
  importData: { payload: { text: string }; value: { events: number; tallies: number; audit: number } };
  clearAll: { payload: Record<string, never>; value: null };
  forgetBusiness: { payload: { key: string }; value: null };
  setBusinessIgnored: { payload: { key: string; ignored: boolean }; value: null };
  /** Open or focus a WhatsApp Web tab; with a walkthrough id, start its guided mode there. */
  openWhatsApp: { payload: { walkthroughId?: string }; value: null };
  setWalkthroughStatus: { payload: { walkthroughId: string; status: WalkthroughStatus }; value: null };
}

export type MessageType = keyof Protocol;
export type Request<K extends MessageType = MessageType> = { type: K; payload: Protocol[K]['payload'] };
export type Reply<K extends MessageType> = Result<Protocol[K]['value']>;

export type WalkthroughStatus = 'not-started' | 'in-progress' | 'done' | 'loosened';

export interface TallyCell {
  category: CategoryId;
  audience: AudienceId;
  count: number;
}

export interface BusinessRow {
  key: string;
  /** Only when the user allows labels. */
  label?: string;
  /** 1-based position for "Business 1, 2…" when there is no label. */
  ordinal: number;
  verification: Verification;
  hosting: Hosting;
  adsReferral: boolean;
  interactions: number;
  firstSeen: number;
  lastSeen: number;
  ignored: boolean;
}

export interface AuditRow {
  control: PrivacyControlId;
  value: PrivacyValue | null;
  observedAt: number | null;
  mostPrivate: boolean;
}

export interface HealthState {
  status: 'ok' | 'degraded' | 'unknown';
  failed: string[];
  at: number | null;
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
  /** Non-zero cells of the category × audience matrix for the range. */
  matrix: TallyCell[];
  /**
   * One row per calendar day (YYYY-MM-DD, local time) in the range, oldest first, zero days included.
   * `total` is the exposures that day (the sum of `byCategory`).
   */
  timeline: Array<{ day: string; total: number; byCategory: Partial<Record<CategoryId, number>> }>;
  /** Today's business-chat exposures (what the toolbar badge shows). */
  today: number;
  businesses: BusinessRow[];
  audit: AuditRow[];
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
  view?: ViewId;
  businessOrdinal?: number;
  audiences: AudienceId[];
  /** The rule that produced it (lib/taxonomy/rules.ts id) and its source. */
  rule: string;
}

export type { Region };
