// The user's copy of the ledger: JSON with everything needed to restore it (the salt stays behind:
// it would let anyone holding the file test which chat ids the hashes stand for), and a CSV of the
// daily all-business tallies for spreadsheets. docs/data.md documents both formats.
import {
  SCOPE_ALL,
  type AuditRecord,
  type BusinessRecord,
  type DayRecord,
  type EventRecord,
  type LedgerDb,
  type TallyRecord,
  type WalkthroughRecord,
} from '../db/schema';
import type { Settings } from '../../model/preferences';
import { localDay } from '../../model/day';
import type { Same } from '../../schema/common';
import { EXPORT_FORMAT, type LedgerExport } from '../../schema/export-file';

// The file's rows are the stores' rows (lib/schema/export-file.ts): a field added to a store must be
// added to the file's schema too, or an export would not import.
true satisfies Same<LedgerExport['events'][number], EventRecord>;
true satisfies Same<LedgerExport['tallies'][number], TallyRecord>;
true satisfies Same<LedgerExport['days'][number], DayRecord>;
true satisfies Same<LedgerExport['audit'][number], AuditRecord>;
true satisfies Same<LedgerExport['businesses'][number], BusinessRecord>;
true satisfies Same<LedgerExport['walkthroughs'][number], WalkthroughRecord>;

export interface ExportFile {
  filename: string;
  mime: string;
  text: string;
}

/** Everything, read in one transaction so the file is a consistent picture. */
export async function exportJson(db: LedgerDb, settings: Settings, now: number): Promise<ExportFile> {
  const tx = db.transaction(['tallies', 'days', 'events', 'audit', 'businesses', 'walkthroughs'], 'readonly');
  const [tallies, days, events, audit, businesses, walkthroughs] = await Promise.all([
    tx.objectStore('tallies').getAll(),
    tx.objectStore('days').getAll(),
    tx.objectStore('events').index('by-at').getAll(),
    tx.objectStore('audit').getAll(),
    tx.objectStore('businesses').getAll(),
    tx.objectStore('walkthroughs').getAll(),
  ]);
  const data: LedgerExport = { format: EXPORT_FORMAT, exportedAt: now, settings, tallies, days, events, audit, businesses, walkthroughs };
  return { filename: `metadata-ledger-${localDay(now)}.json`, mime: 'application/json', text: JSON.stringify(data) };
}

/** day,category,audience,count for every day and cell (all businesses together), oldest day first. */
export async function exportCsv(db: LedgerDb, now: number): Promise<ExportFile> {
  const rows = await db.getAll('tallies', IDBKeyRange.bound([SCOPE_ALL], [SCOPE_ALL, '\uffff']));
  const lines = ['day,category,audience,count', ...rows.map((r) => `${r.day},${r.category},${r.audience},${r.count}`)];
  return { filename: `metadata-ledger-tallies-${localDay(now)}.csv`, mime: 'text/csv', text: `${lines.join('\r\n')}\r\n` };
}
