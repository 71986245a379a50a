// The one IndexedDB schema of the ledger: record shapes, stores, indexes and the upgrade ladder.
// Each step of the ladder is frozen once shipped: change the schema only by adding a step.
// What is stored and for how long is described for users in docs/data.md.
import { openDB, type DBSchema, type IDBPDatabase, type IDBPTransaction, type StoreNames } from 'idb';
import type { PrivacyControlId, PrivacyValue } from '../../model/privacy-controls';
import type { WalkthroughStatus } from '../../model/walkthrough-status';
import type { AudienceId, CategoryId } from '../../model/ids';
import type { Exposure } from '../../taxonomy/rules';
import type { BusinessAi, ChatAi, ChatKind, EventType, Hosting, MessageKind, SwitchState, Verification } from '../../model/observation';
import { LEDGER_DB_NAME, SCOPE_ALL } from '../../storage/ledger-db';

export const DB_NAME = LEDGER_DB_NAME;
export const DB_VERSION = 4;

/** One interaction that exposed something. Never holds text, names, numbers or chat ids. */
export interface EventRecord {
  /** The observation id (idempotency key). */
  id: string;
  at: number;
  /** Local calendar day of `at`, YYYY-MM-DD, as tallied. */
  day: string;
  type: EventType;
  chat?: ChatKind;
  message?: MessageKind;
  /** Meta AI inside the chat, when seen (absent: none seen). */
  metaAi?: ChatAi;
  /** Salted hash of the chat id (business chats only). */
  businessKey?: string;
  control?: PrivacyControlId;
  value?: PrivacyValue;
  exposures: Exposure[];
  /** Ids of the rules (lib/taxonomy/rules.ts) that produced `exposures`. */
  rules: string[];
}

/** Tallies cover every event ever logged, so they outlive pruned events. */
export { SCOPE_ALL };

/** How often `category` went to `audience` on `day`, for all events (scope '*') or one business key. */
export interface TallyRecord {
  scope: string;
  day: string;
  category: CategoryId;
  audience: AudienceId;
  count: number;
}
export type TallyKey = [scope: string, day: string, category: CategoryId, audience: AudienceId];

/** A tally rolled up: the days of `month` (YYYY-MM) past the horizon (../ledger/rollup.ts) added together. */
export interface MonthTallyRecord {
  scope: string;
  month: string;
  category: CategoryId;
  audience: AudienceId;
  count: number;
}
export type MonthTallyKey = [scope: string, month: string, category: CategoryId, audience: AudienceId];

/** Events per day (interactions) and, of those, business-chat events (the badge). */
export interface DayRecord {
  day: string;
  events: number;
  businessEvents: number;
}

export interface BusinessRecord {
  key: string;
  /** Kept only while the user allows labels. */
  label?: string;
  verification: Verification;
  hosting: Hosting;
  adsReferral: boolean;
  /** Whose AI answers for the business; 'none' also for rows written before v3, when it was not detected. */
  ai: BusinessAi;
  /** Data sharing with the advertiser in an ad-started chat, as last seen. */
  dataSharing?: SwitchState;
  /** The user was asked for, or shared, their phone number in the chat. */
  phoneNumberShared?: boolean;
  /** Advanced chat privacy for the chat, as last seen. */
  advancedChatPrivacy?: SwitchState;
  firstSeen: number;
  lastSeen: number;
  /** Business-chat events ever logged for it (kept when events are pruned). */
  interactions: number;
  ignored: boolean;
}

/** The latest value read for one privacy control. */
export interface AuditRecord {
  control: PrivacyControlId;
  value: PrivacyValue;
  observedAt: number;
}

/** Strict account settings as last seen on WhatsApp Web (one row, key ACCOUNT_LOCK_KEY). */
export interface AccountLockRecord {
  strict: boolean;
  observedAt: number;
}
export const ACCOUNT_LOCK_KEY = 'strict-account-settings';

export interface HealthRecord {
  status: 'ok' | 'degraded';
  failed: string[];
  at: number;
}
export const HEALTH_KEY = 'latest';

/** New businesses held back from a tab that brought them in too fast (../ledger/flood.ts). */
export interface FloodRecord {
  heldBack: number;
  /** When the last one was held back. */
  last: number;
}
export const FLOOD_KEY = 'latest';

export interface WalkthroughRecord {
  id: string;
  status: WalkthroughStatus;
  updatedAt: number;
}

export interface LedgerSchema extends DBSchema {
  events: { key: string; value: EventRecord; indexes: { 'by-at': number; 'by-business': string } };
  tallies: { key: TallyKey; value: TallyRecord; indexes: { 'by-day': string } };
  months: { key: MonthTallyKey; value: MonthTallyRecord };
  days: { key: string; value: DayRecord };
  businesses: { key: string; value: BusinessRecord; indexes: { 'by-last-seen': number } };
  audit: { key: PrivacyControlId; value: AuditRecord };
  account: { key: string; value: AccountLockRecord };
  health: { key: string; value: HealthRecord };
  walkthroughs: { key: string; value: WalkthroughRecord };
  flood: { key: string; value: FloodRecord };
}

export type LedgerDb = IDBPDatabase<LedgerSchema>;
export type LedgerStore = StoreNames<LedgerSchema>;
export const ALL_STORES: LedgerStore[] = [
  'events',
  'tallies',
  'months',
  'days',
  'businesses',
  'audit',
  'account',
  'health',
  'walkthroughs',
  'flood',
];

/** Brings a database at `oldVersion` up to `target`, one step at a time. */
export function upgradeLedger(
  db: LedgerDb,
  oldVersion: number,
  target: number,
  tx: IDBPTransaction<LedgerSchema, LedgerStore[], 'versionchange'>,
): void {
  // v1: the ledger itself — events by time (retention, cap, evidence), tallies, day totals, businesses.
  if (oldVersion < 1 && target >= 1) {
    db.createObjectStore('events', { keyPath: 'id' }).createIndex('by-at', 'at');
    db.createObjectStore('tallies', { keyPath: ['scope', 'day', 'category', 'audience'] });
    db.createObjectStore('days', { keyPath: 'day' });
    db.createObjectStore('businesses', { keyPath: 'key' });
  }
  // v2: the privacy-settings audit, detection health and walkthrough progress; events by business so
  // "forget this business" deletes its events without scanning all of them.
  if (oldVersion < 2 && target >= 2) {
    db.createObjectStore('audit', { keyPath: 'control' });
    db.createObjectStore('health');
    db.createObjectStore('walkthroughs', { keyPath: 'id' });
    tx.objectStore('events').createIndex('by-business', 'businessKey');
  }
  // v3: business AI (docs/research/ai-2026.md §5) and strict account settings (§9). Businesses seen
  // before v3 had no AI detected: they get 'none', what detection reports when no disclosure is shown.
  if (oldVersion < 3 && target >= 3) {
    db.createObjectStore('account');
    void backfillBusinessAi(tx).catch(() => tx.abort());
  }
  // v4: bounds (docs/data.md, "How long"). Daily tallies past the horizon roll up into monthly ones,
  // found by day; a business goes once its events are gone, found by when it was last seen; and the
  // ledger's own health: new businesses held back from a tab that brought them in too fast.
  if (oldVersion < 4 && target >= 4) {
    db.createObjectStore('months', { keyPath: ['scope', 'month', 'category', 'audience'] });
    tx.objectStore('tallies').createIndex('by-day', 'day');
    tx.objectStore('businesses').createIndex('by-last-seen', 'lastSeen');
    db.createObjectStore('flood');
  }
}

async function backfillBusinessAi(tx: IDBPTransaction<LedgerSchema, LedgerStore[], 'versionchange'>): Promise<void> {
  let cursor = await tx.objectStore('businesses').openCursor();
  while (cursor) {
    // Rows older than v3 lack the field the type now requires.
    if ((cursor.value as Partial<BusinessRecord>).ai === undefined) await cursor.update({ ...cursor.value, ai: 'none' });
    cursor = await cursor.continue();
  }
}

export interface OpenHandlers {
  /** Another connection (a newer build in another context) needs to upgrade: close and reopen later. */
  onBlocking?: () => void;
  /** The browser closed the connection (e.g. the database was deleted). */
  onTerminated?: () => void;
}

export function openLedger(version: number = DB_VERSION, handlers: OpenHandlers = {}): Promise<LedgerDb> {
  return openDB<LedgerSchema>(DB_NAME, version, {
    upgrade: (db, oldVersion, newVersion, tx) => upgradeLedger(db, oldVersion, newVersion ?? version, tx),
    blocking: handlers.onBlocking,
    terminated: handlers.onTerminated,
  });
}
