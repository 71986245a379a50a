// Restores an export (its format: lib/schema/export-file.ts; written by lib/schema/export-writer.ts).
// The whole file is checked before anything is written; then one transaction merges it. An import only
// adds: it never deletes a record and never changes a setting. The file's settings that differ from the
// user's are offered in the report (lib/model/import-report.ts), for the user to apply or not.
//
// Events merge by id. Counters (tallies, day totals, business interactions) must not count an event
// twice, yet they also carry history whose events were pruned, which has no ids to merge by. So each
// counter becomes: what the events the ledger keeps add + the larger of the two sides' history
// (history = counter − what that side's kept events add). Export → clear → import therefore gives
// back the same counters, and importing one file twice changes nothing.
//
// An event the ledger does not keep — older than the retention setting (on either side: one side may
// not have pruned it yet), or beyond the event cap — counts as history. The file's such events are
// not written (the next prune would delete them, or others to make room). Both sides are first
// brought to the same rollup (./rollup.ts): days before the later of the two horizons count in their month.
import { RequestError } from '../../protocol/dispatch';
import { abortQuietly } from '../db/abort';
import { ALL_STORES, type BusinessRecord, type EventRecord, type LedgerDb } from '../db/schema';
import { ledgerExportSchema, type LedgerExport } from '../../schema/export-file';
import { parse, ValidationError } from '../../schema/parse';
import type { ImportReport } from '../../model/import-report';
import type { Settings } from '../../model/preferences';
import { RULES } from '../../taxonomy/rules';
import {
  add,
  addEvent,
  businessCounter,
  dayCounter,
  monthTallyCounter,
  readCounter,
  tallyCounterOn,
  writeCounter,
  type Counters,
  type CounterTx,
} from './counters';
import { EVENT_CAP } from './prune';
import { mergeLaterFacts } from './businesses';
import { withKeys } from './key-list';
import { rolledBefore, rollUpIn } from './rollup';

const DAY_MS = 86_400_000;

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

/** Merges a checked export into the ledger in one transaction, as `settings` (labels, retention) and the event cap allow. */
export async function mergeExport(
  db: LedgerDb,
  file: LedgerExport,
  settings: Settings,
  now: number,
  cap: number = EVENT_CAP,
): Promise<ImportReport> {
  const tx = db.transaction(ALL_STORES, 'readwrite');
  try {
    const report = await merge(tx, file, settings, now, cap);
    await tx.done;
    return report;
  } catch (error) {
    abortQuietly(tx);
    throw error;
  }
}

async function merge(tx: CounterTx, file: LedgerExport, settings: Settings, now: number, cap: number): Promise<ImportReport> {
  const before = laterRollup(rolledBefore(now), file);
  await rollUpIn(tx, before);

  const cutoff = settings.retentionDays === 0 ? -Infinity : now - settings.retentionDays * DAY_MS;
  const events = tx.objectStore('events');
  const fresh: EventRecord[] = [];
  const held = new Set<string>(); // the file's events the ledger keeps once merged
  let known = 0;
  for (const e of file.events) {
    if ((await events.getKey(e.id)) === undefined) {
      fresh.push(e);
    } else {
      known++;
      if (e.at >= cutoff) held.add(e.id);
    }
  }
  const kept = keptEvents(fresh, cap - (await events.count()), cutoff);
  kept.forEach((e) => held.add(e.id));

  const keptAdds: Counters = new Map();
  kept.forEach((e) => addEvent(keptAdds, e, before));
  const fileHistory = historyOf(file, held, before);
  const storedAdds = fileHistory.size > 0 ? await storedEventAdds(tx, fileHistory, before, cutoff) : new Map<string, number>();

  const businesses = new Set<string>();
  for (const row of file.businesses) if (await mergeBusiness(tx, row, settings.labels)) businesses.add(row.key);

  let tallies = 0;
  for (const counter of new Set([...keptAdds.keys(), ...fileHistory.keys()])) {
    const stored = await readCounter(tx, counter);
    const storedHistory = Math.max(0, stored - (storedAdds.get(counter) ?? 0));
    const value = stored + (keptAdds.get(counter) ?? 0) + Math.max(0, (fileHistory.get(counter) ?? 0) - storedHistory);
    if (value === stored) continue;
    await writeCounter(tx, counter, value);
    if (counter.startsWith('t|') || counter.startsWith('m|')) tallies++;
    if (counter.startsWith('b|')) businesses.add(counter.slice(2));
  }
  for (const e of kept) await events.put(e);

  let audit = 0;
  for (const row of file.audit) {
    const current = await tx.objectStore('audit').get(row.control);
    if (!current || row.observedAt > current.observedAt) {
      await tx.objectStore('audit').put(row);
      audit++;
    }
  }
  let walkthroughs = 0;
  for (const row of file.walkthroughs) {
    const current = await tx.objectStore('walkthroughs').get(row.id);
    if (!current || row.updatedAt > current.updatedAt) {
      await tx.objectStore('walkthroughs').put(row);
      walkthroughs++;
    }
  }
  return {
    events: kept.length,
    known,
    totalsOnly: fresh.length - kept.length,
    tallies,
    businesses: businesses.size,
    audit,
    walkthroughs,
    offeredSettings: offeredSettings(settings, file.settings),
  };
}

/** The first still-daily day for both sides: the later of the ledger's horizon and the file's rolled-up months. */
function laterRollup(ours: string, file: LedgerExport): string {
  const lastMonth = (file.months ?? []).reduce((latest, m) => (m.month > latest ? m.month : latest), '');
  if (lastMonth === '') return ours;
  const [year, month] = lastMonth.split('-').map(Number) as [number, number];
  const theirs = month === 12 ? `${year + 1}-01-01` : `${year}-${String(month + 1).padStart(2, '0')}-01`;
  return theirs > ours ? theirs : ours;
}

/** The new events the ledger keeps: from `cutoff` on (retention) and, newest first, the `room` under the cap. */
function keptEvents(fresh: EventRecord[], room: number, cutoff: number): EventRecord[] {
  return fresh
    .filter((e) => e.at >= cutoff)
    .sort((a, b) => b.at - a.at)
    .slice(0, Math.max(0, room));
}

/** What the user would get from the file's settings: only what differs, lists of keys combined. */
export function offeredSettings(current: Settings, file: Settings): Partial<Settings> {
  const offer: Partial<Settings> = {};
  if (file.retentionDays !== current.retentionDays) offer.retentionDays = file.retentionDays;
  if (file.paused !== current.paused) offer.paused = file.paused;
  if (file.labels !== current.labels) offer.labels = file.labels;
  if (file.inPageNotices !== current.inPageNotices) offer.inPageNotices = file.inPageNotices;
  if (file.badge !== current.badge) offer.badge = file.badge;
  // A region the file's owner chose; one derived from their time zone says nothing about this user.
  if (file.regionChosen && (file.region !== current.region || !current.regionChosen)) {
    offer.region = file.region;
    offer.regionChosen = true;
  }
  const ignored = withKeys(current.ignoredBusinesses, file.ignoredBusinesses);
  if (ignored.length > current.ignoredBusinesses.length) offer.ignoredBusinesses = ignored;
  const dismissed = withKeys(current.dismissedNotices, file.dismissedNotices);
  if (dismissed.length > current.dismissedNotices.length) offer.dismissedNotices = dismissed;
  return offer;
}

/** The file's counters minus what its events held in the ledger (`held`) add: the part whose events are gone. */
function historyOf(file: LedgerExport, held: Set<string>, before: string): Counters {
  const totals: Counters = new Map();
  for (const t of file.tallies) add(totals, tallyCounterOn(t.scope, t.day, t.category, t.audience, before), t.count);
  for (const m of file.months ?? []) add(totals, monthTallyCounter(m.scope, m.month, m.category, m.audience), m.count);
  for (const d of file.days) {
    add(totals, dayCounter(d.day, 'events'), d.events);
    add(totals, dayCounter(d.day, 'businessEvents'), d.businessEvents);
  }
  for (const b of file.businesses) add(totals, businessCounter(b.key), b.interactions);
  const own: Counters = new Map();
  for (const e of file.events) if (held.has(e.id)) addEvent(own, e, before);
  const history: Counters = new Map();
  for (const [counter, total] of totals) {
    const rest = total - (own.get(counter) ?? 0);
    if (rest > 0) history.set(counter, rest);
  }
  return history;
}

/** What the stored events from `cutoff` on add to the given counters (one pass, counters only kept). */
async function storedEventAdds(tx: CounterTx, wanted: Counters, before: string, cutoff: number): Promise<Counters> {
  const adds: Counters = new Map();
  const one: Counters = new Map();
  let cursor = await tx.objectStore('events').index('by-at').openCursor(IDBKeyRange.lowerBound(cutoff));
  while (cursor) {
    one.clear();
    addEvent(one, cursor.value, before);
    for (const [counter, n] of one) if (wanted.has(counter)) add(adds, counter, n);
    cursor = await cursor.continue();
  }
  return adds;
}

/** Merges one business row; returns whether the ledger's row is new or changed. */
async function mergeBusiness(tx: CounterTx, incoming: BusinessRecord, labels: boolean): Promise<boolean> {
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
  if (current && sameRecord(current, row)) return false;
  await businesses.put(row);
  return true;
}

function sameRecord(a: object, b: object): boolean {
  const fields = (row: object) => JSON.stringify(Object.entries(row).sort(([x], [y]) => (x < y ? -1 : 1)));
  return fields(a) === fields(b);
}
