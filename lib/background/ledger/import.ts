// Restores an export (./export.ts; its format is lib/schema/export-file.ts). The whole file is checked
// before anything is written; then one transaction merges it. Events merge by id. Counters (tallies,
// day totals, business interactions) must not count an event twice, yet they also carry history whose
// events were pruned, which has no ids to merge by. So each counter becomes: what the merged events add
// + the larger of the two sides' history (history = counter − what that side's own events add).
// Export → clear → import therefore gives back the same counters, and importing one file twice changes nothing.
import { RequestError } from '../../protocol/dispatch';
import { abortQuietly } from '../db/abort';
import { ALL_STORES, type BusinessRecord, type EventRecord, type LedgerDb } from '../db/schema';
import { ledgerExportSchema, type LedgerExport } from '../../schema/export-file';
import { parse, ValidationError } from '../../schema/parse';
import { RULES } from '../../taxonomy/rules';
import {
  add,
  addEvent,
  businessCounter,
  dayCounter,
  readCounter,
  tallyCounter,
  writeCounter,
  type Counters,
  type CounterTx,
} from './counters';
import { EVENT_CAP } from './prune';
import { mergeLaterFacts } from './businesses';

export const MAX_IMPORT_CHARS = 50 * 1024 * 1024;

/** The file is not an export we can read; answered as 'import-invalid'. Nothing was changed. */
export class ImportError extends RequestError {
  constructor(message: string) {
    super('import-invalid', message);
    this.name = 'ImportError';
  }
}

const EXPORT_FILE = ledgerExportSchema({ ruleIds: RULES.map((r) => r.id), eventCap: EVENT_CAP });

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
    return parse(EXPORT_FILE, json);
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
    ...mergeLaterFacts(newer, older),
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
