// The dashboard's exports, built in this page straight from the ledger's IndexedDB (the extension's
// origin, which the page shares with the background) and streamed into a Blob: a large ledger never
// passes through a runtime message (Chromium refuses messages over 64 MiB) or sits in one string. The
// database is opened as it is (lib/storage/ledger-db.ts), so this also reads a ledger saved by a newer
// version of the extension: "export what can be read". A store the database lacks gives an empty list.
import type { IDBPDatabase } from 'idb';
import { loadSettings } from '../storage/preferences';
import { openLedgerAsItIs, SCOPE_ALL } from '../storage/ledger-db';
import {
  CSV_STORES,
  CsvExportWriter,
  EXPORT_INDEX,
  EXPORT_LISTS,
  EXPORT_MIME,
  exportFilename,
  JsonExportWriter,
  type CsvTally,
  type ExportFormat,
} from '../schema/export-writer';

export interface ExportedFile {
  filename: string;
  blob: Blob;
}

const INDEX: Partial<Record<string, string>> = EXPORT_INDEX;

/** The whole ledger (JSON) or its all-business tallies (CSV), as a file to save. */
export async function buildExport(format: ExportFormat, now: number = Date.now()): Promise<ExportedFile> {
  const settings = await loadSettings();
  const db = await openLedgerAsItIs();
  try {
    const parts = format === 'json' ? await jsonParts(db, new JsonExportWriter(settings, now)) : await csvParts(db);
    return { filename: exportFilename(format, now), blob: new Blob(parts, { type: EXPORT_MIME[format] }) };
  } finally {
    db?.close();
  }
}

/** Every list, read in one transaction so the file is a consistent picture. */
async function jsonParts(db: IDBPDatabase | undefined, writer: JsonExportWriter): Promise<string[]> {
  const present = EXPORT_LISTS.filter((list) => db?.objectStoreNames.contains(list));
  const tx = db && present.length > 0 ? db.transaction(present, 'readonly') : undefined;
  for (const list of EXPORT_LISTS) {
    writer.list(list);
    if (!tx || !present.includes(list)) continue;
    const store = tx.objectStore(list);
    const index = INDEX[list];
    const source = index !== undefined && store.indexNames.contains(index) ? store.index(index) : store;
    for (let cursor = await source.openCursor(); cursor; cursor = await cursor.continue()) writer.row(cursor.value as object);
  }
  return writer.end();
}

async function csvParts(db: IDBPDatabase | undefined): Promise<string[]> {
  const writer = new CsvExportWriter();
  const present = CSV_STORES.filter((store) => db?.objectStoreNames.contains(store));
  if (db && present.length > 0) {
    const tx = db.transaction(present, 'readonly');
    const scope = IDBKeyRange.bound([SCOPE_ALL], [SCOPE_ALL, '\uffff']);
    for (const name of present) {
      for (let cursor = await tx.objectStore(name).openCursor(scope); cursor; cursor = await cursor.continue()) {
        writer.row(cursor.value as CsvTally);
      }
    }
  }
  return writer.end();
}
