// The background's one connection to the ledger database, opened on first use. The MV3 worker wakes
// on a message, so every handler awaits getDb() instead of assuming start-up has finished.
import { openLedger, type LedgerDb } from './schema';

let pending: Promise<LedgerDb> | undefined;

export function getDb(): Promise<LedgerDb> {
  if (!pending) {
    const opening = openLedger(undefined, {
      onBlocking: () => void dropConnection(opening),
      onTerminated: () => void dropConnection(opening),
    });
    pending = opening;
    // A failed open (disk full, newer schema from a downgrade) is retried on the next request.
    opening.catch(() => {
      if (pending === opening) pending = undefined;
    });
  }
  return pending;
}

async function dropConnection(which: Promise<LedgerDb>): Promise<void> {
  if (pending === which) pending = undefined;
  (await which.catch(() => undefined))?.close();
}

/** Closes and forgets the connection (tests give each case a fresh IDBFactory). */
export async function closeDbForTests(): Promise<void> {
  if (pending) await dropConnection(pending);
}
