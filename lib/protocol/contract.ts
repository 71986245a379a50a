// The one message contract between the content script, the background and the extension pages.
// Every request is { type, payload }; every reply is a Result. The background checks the sender
// (./sender.ts) and parses every payload with its schema (lib/schema/messages.ts) before it touches
// the database; the payload types below are those schemas' output, so the two cannot disagree.
import type { ImportReport } from '../model/import-report';
import type { Settings } from '../model/preferences';
import type { EvidenceItem, Snapshot } from '../model/snapshot';
import type { ActiveGuide } from '../schema/active-guide';
import type { Same } from '../schema/common';
import type { Payloads } from '../schema/messages';

export type Result<T> = { ok: true; value: T } | { ok: false; error: { code: ErrorCode; message: string } };
export type ErrorCode = 'bad-sender' | 'bad-request' | 'unknown-type' | 'import-invalid' | 'ledger-unavailable' | 'internal';

/** Who may send what: the content script only reports; only extension pages query and change things. */
export const CONTENT_SCRIPT_TYPES = ['observe', 'hello', 'dismissNotice', 'guideProgress'] as const;

export interface Protocol {
  // — from the content script (a web.whatsapp.com tab) —
  /** Report observations; the reply lists the ids now safely stored (or known already) so the queue can drop them. */
  observe: { payload: Payloads['observe']; value: { stored: string[] } };
  /**
   * What a content script needs of the extension's state, which it never reads from extension storage: the salt for
   * business keys, the settings, and the walkthrough to guide. Asked at start and whenever the background says the
   * state changed (STATE_CHANGED); the content script checks the reply (lib/schema/messages.ts helloReplySchema).
   */
  hello: { payload: Payloads['hello']; value: { salt: string; settings: Settings; activeGuide: ActiveGuide | null } };
  /** The user dismissed the in-page notice for one business. */
  dismissNotice: { payload: Payloads['dismissNotice']; value: null };
  /** The guided walkthrough advanced, finished, or lost its target on the page. */
  guideProgress: { payload: Payloads['guideProgress']; value: null };

  // — from extension pages (popup, dashboard) —
  getSnapshot: { payload: Payloads['getSnapshot']; value: Snapshot };
  getEvidence: { payload: Payloads['getEvidence']; value: EvidenceItem[] };
  updateSettings: { payload: Payloads['updateSettings']; value: Settings };
  exportData: { payload: Payloads['exportData']; value: { filename: string; mime: string; text: string } };
  importData: { payload: Payloads['importData']; value: ImportReport };
  clearAll: { payload: Payloads['clearAll']; value: null };
  forgetBusiness: { payload: Payloads['forgetBusiness']; value: null };
  setBusinessIgnored: { payload: Payloads['setBusinessIgnored']; value: null };
  /** Open or focus a WhatsApp Web tab; with a walkthrough id, start its guided mode there. */
  openWhatsApp: { payload: Payloads['openWhatsApp']; value: null };
  setWalkthroughStatus: { payload: Payloads['setWalkthroughStatus']; value: null };
}

// Every request type has a payload schema, and every payload schema a request type.
true satisfies Same<keyof Protocol, keyof Payloads>;

export type MessageType = keyof Protocol;

/**
 * The one message the background sends to content scripts (tabs.sendMessage to WhatsApp Web tabs): the salt, the
 * settings or the guided walkthrough changed, ask `hello` again. It carries nothing, so a forged one could only
 * cause a harmless `hello`.
 */
export const STATE_CHANGED = { type: 'stateChanged' } as const;
export type Request<K extends MessageType = MessageType> = { type: K; payload: Protocol[K]['payload'] };
export type Reply<K extends MessageType> = Result<Protocol[K]['value']>;
