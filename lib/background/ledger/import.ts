// Restores an export (./export.ts). The whole file is checked before anything is written; then one
// transaction merges it. Events merge by id. Counters (tallies, day totals, business interactions)
// must not count an event twice, yet they also carry history whose events were pruned, which has no
// ids to merge by. So each counter becomes: what the merged events add + the larger of the two sides'
// history (history = counter − what that side's own events add). Export → clear → import therefore
// gives back the same counters, and importing one file twice changes nothing.
import { WALKTHROUGH_STATUSES } from '../../model/walkthrough-status';
import { RequestError } from '../../protocol/dispatch';
import { abortQuietly } from '../db/abort';
import {
  ALL_STORES,
  EVENT_TYPES,
  type AuditRecord,
  type BusinessRecord,
  type EventRecord,
  type LedgerDb,
  type WalkthroughRecord,
} from '../db/schema';
import {
  arrayOf,
  boolean,
  BUSINESS_KEY,
  day,
  integer,
  object,
  OBSERVATION_ID,
  oneOf,
  optional,
  record,
  text,
  timestamp,
  ValidationError,
  WALKTHROUGH_ID,
  type Check,
} from '../../schema/check';
import { PRIVACY_CONTROL_IDS, PRIVACY_VALUES, privacyControl } from '../../model/privacy-controls';
import { parseSettings } from '../../schema/preferences';
import { AUDIENCE_IDS, CATEGORY_IDS } from '../../model/ids';
import { RULES } from '../../taxonomy/rules';
import { CHAT_KINDS, HOSTINGS, MESSAGE_KINDS, VERIFICATIONS } from '../../model/observation';
import { add, addEvent, businessCounter, dayCounter, readCounter, tallyCounter, writeCounter, type Counters, type CounterTx } from './counters';
import { EXPORT_FORMAT, type LedgerExport } from './export';
import { cleanLabel } from '../../model/label';
import { EVENT_CAP } from './prune';

export const MAX_IMPORT_CHARS = 50 * 1024 * 1024;

/** A file that cannot be imported; nothing was changed. */
/** The file is not an export we can read; answered as 'import-invalid'. */
export class ImportError extends RequestError {
  constructor(message: string) {
    super('import-invalid', message);
    this.name = 'ImportError';
  }
}

const COUNT = integer(0, 1_000_000_000);

const exposure = object({ category: oneOf(CATEGORY_IDS), audience: oneOf(AUDIENCE_IDS) });

const event: Check<EventRecord> = object<EventRecord>({
  id: text(128, OBSERVATION_ID),
  at: timestamp(),
  day,
  type: oneOf(EVENT_TYPES),
  chat: optional(oneOf(CHAT_KINDS)),
  message: optional(oneOf(MESSAGE_KINDS)),
  businessKey: optional(text(64, BUSINESS_KEY)),
  control: optional(oneOf(PRIVACY_CONTROL_IDS)),
  value: optional(oneOf(PRIVACY_VALUES)),
  exposures: arrayOf(exposure, CATEGORY_IDS.length * AUDIENCE_IDS.length),
  rules: arrayOf(oneOf(RULES.map((r) => r.id)), RULES.length),
});

const business: Check<BusinessRecord> = (value, path) => {
  const row = object<BusinessRecord>({
    key: text(64, BUSINESS_KEY),
    label: optional(text(1_000)),
    verification: oneOf(VERIFICATIONS),
    hosting: oneOf(HOSTINGS),
    adsReferral: boolean,
    firstSeen: timestamp(),
    lastSeen: timestamp(),
    interactions: COUNT,
    ignored: boolean,
  })(value, path);
  const label = row.label === undefined ? undefined : cleanLabel(row.label);
  if (label === undefined) delete row.label;
  else row.label = label;
  return row;
};

const audit: Check<AuditRecord> = (value, path) => {
  const row = object<AuditRecord>({ control: oneOf(PRIVACY_CONTROL_IDS), value: oneOf(PRIVACY_VALUES), observedAt: timestamp() })(value, path);
  if (!privacyControl(row.control).values.includes(row.value)) throw new ValidationError(`${path}.value`, `not a value of ${row.control}`);
  return row;
};

const FILE = object<Omit<LedgerExport, 'format' | 'exportedAt'>>({
  settings: parseSettings,
  tallies: arrayOf(
    object({ scope: text(64, /^(\*|[0-9a-f]{64})$/), day, category: oneOf(CATEGORY_IDS), audience: oneOf(AUDIENCE_IDS), count: COUNT }),
    2_000_000,
  ),
  days: arrayOf(object({ day, events: COUNT, businessEvents: COUNT }), 40_000),
  events: arrayOf(event, EVENT_CAP),
  audit: arrayOf(audit, PRIVACY_CONTROL_IDS.length),
  businesses: arrayOf(business, 100_000),
  walkthroughs: arrayOf(object<WalkthroughRecord>({ id: text(64, WALKTHROUGH_ID), status: oneOf(WALKTHROUGH_STATUSES), updatedAt: timestamp() }), 1_000),
});

function noDuplicates<T>(rows: T[], keyOf: (row: T) => string, path: string): void {
  const seen = new Set<string>();
  rows.forEach((row, i) => {
    const key = keyOf(row);
    if (seen.has(key)) throw new ValidationError(`${path}[${i}]`, 'appears twice');
    seen.add(key);
  });
}

/** Parses and checks a whole export, or throws ImportError saying what is wrong. */
export function parseExport(input: string): LedgerExport {
  if (input.length > MAX_IMPORT_CHARS) throw new ImportError('The file is larger than 50 MB.');
  let json: unknown;
  try {
    json = JSON.parse(input);
  } catch {
    throw new ImportError('The file is not valid JSON (it may be cut off).');
  }
  try {
    const top = record(json, '');
    if (top.format !== EXPORT_FORMAT) throw new ValidationError('format', `expected "${EXPORT_FORMAT}"`);
    const file = FILE(top, '');
    noDuplicates(file.tallies, (t) => `${t.scope}|${t.day}|${t.category}|${t.audience}`, 'tallies');
    noDuplicates(file.days, (d) => d.day, 'days');
    noDuplicates(file.events, (e) => e.id, 'events');
    noDuplicates(file.audit, (a) => a.control, 'audit');
    noDuplicates(file.businesses, (b) => b.key, 'businesses');
    noDuplicates(file.walkthroughs, (w) => w.id, 'walkthroughs');
    return { format: EXPORT_FORMAT, exportedAt: typeof top.exportedAt === 'number' ? top.exportedAt : 0, ...file };
  } catch (error) {
    if (error instanceof ValidationError) throw new ImportError(`This is not a Metadata Ledger export: ${error.message}.`);
    throw error;
  }
}

export interface ImportCounts {
  /** Events that were not in the ledger yet. */
  events: number;
  /** Tally cells changed. */
  tallies: number;
  /** Privacy controls whose audited value was updated. */
  audit: number;
}

/** Merges a checked export into the ledger in one transaction. `labels`: whether display names may be kept. */
export async function mergeExport(db: LedgerDb, file: LedgerExport, labels: boolean): Promise<ImportCounts> {
  const tx = db.transaction(ALL_STORES, 'readwrite');
  try {
    const counts = await merge(tx, file, labels);
    await tx.done;
    return counts;
  } catch (error) {
    abortQuietly(tx);
    throw error;
  }
}

async function merge(tx: CounterTx, file: LedgerExport, labels: boolean): Promise<ImportCounts> {
  const events = tx.objectStore('events');
  const fresh: EventRecord[] = [];
  for (const e of file.events) if ((await events.getKey(e.id)) === undefined) fresh.push(e);

  const freshAdds: Counters = new Map();
  fresh.forEach((e) => addEvent(freshAdds, e));
  const fileHistory = historyOf(file);
  const storedAdds = fileHistory.size > 0 ? await storedEventAdds(tx, fileHistory) : new Map<string, number>();

  for (const row of file.businesses) await mergeBusiness(tx, row, labels);

  let tallies = 0;
  for (const counter of new Set([...freshAdds.keys(), ...fileHistory.keys()])) {
    const stored = await readCounter(tx, counter);
    const storedHistory = Math.max(0, stored - (storedAdds.get(counter) ?? 0));
    const value = stored + (freshAdds.get(counter) ?? 0) + Math.max(0, (fileHistory.get(counter) ?? 0) - storedHistory);
    if (value === stored) continue;
    await writeCounter(tx, counter, value);
    if (counter.startsWith('t|')) tallies++;
  }
  for (const e of fresh) await events.put(e);

  let auditCount = 0;
  for (const row of file.audit) {
    const current = await tx.objectStore('audit').get(row.control);
    if (!current || row.observedAt > current.observedAt) {
      await tx.objectStore('audit').put(row);
      auditCount++;
    }
  }
  for (const row of file.walkthroughs) {
    const current = await tx.objectStore('walkthroughs').get(row.id);
    if (!current || row.updatedAt > current.updatedAt) await tx.objectStore('walkthroughs').put(row);
  }
  return { events: fresh.length, tallies, audit: auditCount };
}

/** The file's counters minus what the file's own events add: the part whose events were pruned. */
function historyOf(file: LedgerExport): Counters {
  const totals: Counters = new Map();
  for (const t of file.tallies) add(totals, tallyCounter(t.scope, t.day, t.category, t.audience), t.count);
  for (const d of file.days) {
    add(totals, dayCounter(d.day, 'events'), d.events);
    add(totals, dayCounter(d.day, 'businessEvents'), d.businessEvents);
  }
  for (const b of file.businesses) add(totals, businessCounter(b.key), b.interactions);
  const own: Counters = new Map();
  file.events.forEach((e) => addEvent(own, e));
  const history: Counters = new Map();
  for (const [counter, total] of totals) {
    const rest = total - (own.get(counter) ?? 0);
    if (rest > 0) history.set(counter, rest);
  }
  return history;
}

/** What the stored events add to the given counters (one pass over the events, counters only kept). */
async function storedEventAdds(tx: CounterTx, wanted: Counters): Promise<Counters> {
  const adds: Counters = new Map();
  const one: Counters = new Map();
  let cursor = await tx.objectStore('events').openCursor();
  while (cursor) {
    one.clear();
    addEvent(one, cursor.value);
    for (const [counter, n] of one) if (wanted.has(counter)) add(adds, counter, n);
    cursor = await cursor.continue();
  }
  return adds;
}

async function mergeBusiness(tx: CounterTx, incoming: BusinessRecord, labels: boolean): Promise<void> {
  const businesses = tx.objectStore('businesses');
  const current = await businesses.get(incoming.key);
  // The side seen last knows the business's current set-up best.
  const newer = !current || incoming.lastSeen >= current.lastSeen ? incoming : current;
  const older = newer === incoming ? current : incoming;
  const row: BusinessRecord = {
    key: incoming.key,
    verification: newer.verification !== 'unknown' ? newer.verification : (older?.verification ?? 'unknown'),
    hosting: newer.hosting !== 'unknown' ? newer.hosting : (older?.hosting ?? 'unknown'),
    adsReferral: incoming.adsReferral || (current?.adsReferral ?? false),
    firstSeen: Math.min(incoming.firstSeen, current?.firstSeen ?? incoming.firstSeen),
    lastSeen: Math.max(incoming.lastSeen, current?.lastSeen ?? incoming.lastSeen),
    // Set through the counters, which know what both sides' events add.
    interactions: current?.interactions ?? 0,
    ignored: incoming.ignored || (current?.ignored ?? false),
  };
  const label = current?.label ?? incoming.label;
  if (labels && label !== undefined) row.label = label;
  await businesses.put(row);
}
