// Writes an export (./export-file.ts; docs/data.md "Export formats") one row at a time, into text parts
// of about a megabyte: the dashboard streams the parts into a Blob, so no single string or message has
// to hold the whole ledger. The file's lists are the ledger's stores of the same name; whoever reads the
// stores (the dashboard, from IndexedDB) hands the rows over in EXPORT_LISTS order.
import { localDay } from '../model/day';
import type { Settings } from '../model/preferences';
import { EXPORT_FORMAT } from './export-file';

/** The file's lists in file order; each is the ledger store of the same name. */
export const EXPORT_LISTS = ['tallies', 'months', 'days', 'events', 'audit', 'businesses', 'walkthroughs'] as const;
export type ExportList = (typeof EXPORT_LISTS)[number];
/** The index a list is read through: events oldest first. Other lists follow their store's keys. */
export const EXPORT_INDEX = { events: 'by-at' } as const;

/** The CSV's stores, read for the all-business scope only: rolled-up months first (they are older), then days. */
export const CSV_STORES = ['months', 'tallies'] as const;

export type ExportFormat = 'json' | 'csv';

export function exportFilename(format: ExportFormat, now: number): string {
  return format === 'json' ? `metadata-ledger-${localDay(now)}.json` : `metadata-ledger-tallies-${localDay(now)}.csv`;
}

export const EXPORT_MIME: Record<ExportFormat, string> = { json: 'application/json', csv: 'text/csv' };

const PART_CHARS = 1 << 20;

/** Collects text into parts of about PART_CHARS characters. */
class Parts {
  readonly parts: string[] = [];
  private pending: string[] = [];
  private size = 0;

  add(text: string): void {
    this.pending.push(text);
    this.size += text.length;
    if (this.size >= PART_CHARS) this.flush();
  }

  flush(): string[] {
    if (this.pending.length > 0) this.parts.push(this.pending.join(''));
    this.pending = [];
    this.size = 0;
    return this.parts;
  }
}

/** The JSON export: the header, then each list's rows in turn. */
export class JsonExportWriter {
  private readonly out = new Parts();
  private rows = -1; // rows in the open list; -1 before the first list

  constructor(settings: Settings, exportedAt: number) {
    this.out.add(`{"format":${JSON.stringify(EXPORT_FORMAT)},"exportedAt":${exportedAt},"settings":${JSON.stringify(settings)}`);
  }

  /** Starts the next list (in EXPORT_LISTS order); a list with no rows is still written, empty. */
  list(name: ExportList): void {
    this.out.add(`${this.rows >= 0 ? ']' : ''},${JSON.stringify(name)}:[`);
    this.rows = 0;
  }

  row(row: object): void {
    this.out.add(`${this.rows++ > 0 ? ',' : ''}${JSON.stringify(row)}`);
  }

  /** The whole file as parts. */
  end(): string[] {
    this.out.add(`${this.rows >= 0 ? ']' : ''}}`);
    return this.out.flush();
  }
}

/** A tally row of a day (YYYY-MM-DD) or, once rolled up, of a month (YYYY-MM). */
export type CsvTally = ({ day: string } | { month: string }) & { category: string; audience: string; count: number };

/** The CSV export: the all-business tallies, `day,category,audience,count`, oldest first. */
export class CsvExportWriter {
  private readonly out = new Parts();

  constructor() {
    this.out.add('day,category,audience,count\r\n');
  }

  row(row: CsvTally): void {
    this.out.add(`${'day' in row ? row.day : row.month},${row.category},${row.audience},${row.count}\r\n`);
  }

  end(): string[] {
    return this.out.flush();
  }
}
