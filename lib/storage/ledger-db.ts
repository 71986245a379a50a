// The ledger's IndexedDB database, as every runtime may open it. The background owns it: it creates and
// upgrades it (lib/background/db/schema.ts) and is the only one to write. Reading it as it is — at
// whatever version it has, creating and upgrading nothing — serves the dashboard's exports
// (lib/view/export.ts), so a large ledger never passes through one runtime message, and a database saved
// by a newer version of the extension, which this version cannot open at its own version.
import { openDB, type IDBPDatabase } from 'idb';

export const LEDGER_DB_NAME = 'metadata-ledger';

/** The tally scope of all businesses together; every other scope is a business key. */
export const SCOPE_ALL = '*';

/**
 * Opens the ledger at its current version for reading, or resolves undefined when there is no ledger
 * yet (nothing is created). The connection closes itself, and calls `onClose`, when another one needs to
 * upgrade or delete the database; callers close it when done.
 */
export async function openLedgerAsItIs(onClose?: () => void): Promise<IDBPDatabase | undefined> {
  let absent = false;
  try {
    const db = await openDB(LEDGER_DB_NAME, undefined, {
      upgrade(_db, _oldVersion, _newVersion, tx) {
        // Only a database that does not exist yet is "upgraded" when opened without a version.
        absent = true;
        tx.done.catch(() => undefined); // the abort is the point
        tx.abort();
      },
    });
    db.addEventListener('versionchange', () => {
      db.close();
      onClose?.();
    });
    return db;
  } catch (error) {
    if (absent) return undefined;
    throw error;
  }
}
