// The export as one runtime message (exportData), for automation and tests that read the ledger from
// outside; the dashboard builds its files itself, from IndexedDB (lib/view/export.ts), because a message
// carries at most 64 MiB in Chromium. Both write through lib/schema/export-writer.ts. The salt stays
// behind: it would let anyone holding the file test which chat ids the hashes stand for.
import {
  SCOPE_ALL,
  type AuditRecord,
  type BusinessRecord,
  type DayRecord,
  type EventRecord,
  type LedgerDb,
  type MonthTallyRecord,
  type TallyRecord,
  type WalkthroughRecord,
} from '../db/schema';
import type { Settings } from '../../model/preferences';
import type { Same } from '../../schema/common';
import type { LedgerExport } from '../../schema/export-file';
import {
  CSV_STORES,
  CsvExportWriter,
  EXPORT_INDEX,
  EXPORT_LISTS,
  EXPORT_MIME,
  exportFilename,
  JsonExportWriter,
  type ExportFormat,
} from '../../schema/export-writer';

// The file's rows are the stores' rows (lib/schema/export-file.ts): a field added to a store must be
// added to the file's schema too, or an export would not import.
true satisfies Same<LedgerExport['events'][number], EventRecord>;
true satisfies Same<LedgerExport['tallies'][number], TallyRecord>;
true satisfies Same<NonNullable<LedgerExport['months']>[number], MonthTallyRecord>;
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
  const writer = new JsonExportWriter(settings, now);
  const tx = db.transaction([...EXPORT_LISTS], 'readonly');
  for (const list of EXPORT_LISTS) {
    writer.list(list);
    const rows = list === 'events' ? await tx.objectStore(list).index(EXPORT_INDEX.events).getAll() : await tx.objectStore(list).getAll();
    for (const row of rows) writer.row(row);
  }
  return file('json', now, writer.end());
}

/** day,category,audience,count for the all-business tallies, rolled-up months first, oldest first. */
export async function exportCsv(db: LedgerDb, now: number): Promise<ExportFile> {
  const writer = new CsvExportWriter();
  const range = IDBKeyRange.bound([SCOPE_ALL], [SCOPE_ALL, '\uffff']);
  const tx = db.transaction([...CSV_STORES], 'readonly');
  for (const store of CSV_STORES) for (const row of await tx.objectStore(store).getAll(range)) writer.row(row);
  return file('csv', now, writer.end());
}

function file(format: ExportFormat, now: number, parts: string[]): ExportFile {
  return { filename: exportFilename(format, now), mime: EXPORT_MIME[format], text: parts.join('') };
}
