// The one message contract between the content script, the background and the extension pages.
// Every request is { type, payload }; every reply is a Result. The background checks the sender
// (./sender.ts) and validates every payload before it touches the database.
import type { CategoryId } from '../model/ids';
import type { Observation } from '../model/observation';
import type { Settings } from '../model/preferences';
import type { EvidenceItem, Snapshot } from '../model/snapshot';
import type { WalkthroughStatus } from '../model/walkthrough-status';

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

