// The background's one connection to the ledger database, opened on first use. The MV3 worker wakes
// on a message, so every handler awaits getDb() instead of assuming start-up has finished.
//
// A database saved by a newer version of the extension (after a downgrade or a rollback) cannot be
// opened at ours: the browser refuses with a VersionError. The ledger is then read-only: readDb() opens
// it as it is (every step of the upgrade ladder only adds, so our stores are still there) for the
// snapshot and exports, while getDb() — every write — answers 'ledger-unavailable', which the content
// script's queue keeps retrying. startFreshLedger() replaces it with an empty one at this version.
import { deleteDB } from 'idb';
import { t } from '../../i18n/t';
import type { LedgerState } from '../../model/ledger-health';
import { RequestError } from '../../protocol/dispatch';
import { LEDGER_DB_NAME, openLedgerAsItIs } from '../../storage/ledger-db';
import { openLedger, type LedgerDb } from './schema';

/** The ledger cannot be written now (it was saved by a newer version); nothing was changed. */
export class LedgerUnavailableError extends RequestError {
  constructor() {
    super('ledger-unavailable', t('dashboard_ledger_newer'));
    this.name = 'LedgerUnavailableError';
  }
}

const isVersionError = (error: unknown) => error instanceof DOMException && error.name === 'VersionError';

let pending: Promise<LedgerDb> | undefined;
/** The newer database, opened as it is for reading, while it cannot be opened at our version. */
let reading: Promise<LedgerDb | undefined> | undefined;

export function getDb(): Promise<LedgerDb> {
  if (!pending) {
    const opening = openLedger(undefined, {
      onBlocking: () => void dropConnection(opening),
      onTerminated: () => void dropConnection(opening),
    }).catch((error: unknown) => {
      throw isVersionError(error) ? new LedgerUnavailableError() : error;
    });
    pending = opening;
    // A failed open (disk full, a newer database) is tried again on the next request: the user may
    // have updated the extension or started a fresh ledger meanwhile.
    opening.catch(() => {
      if (pending === opening) pending = undefined;
    });
  }
  return pending;
}

/** The ledger for reading: ours, or a newer one as it is (never written through this connection). */
export async function readDb(): Promise<LedgerDb> {
  try {
    return await getDb();
  } catch (error) {
    if (!(error instanceof LedgerUnavailableError)) throw error;
    const opening = (reading ??= openLedgerAsItIs(() => {
      if (reading === opening) reading = undefined;
    }) as Promise<LedgerDb | undefined>);
    const db = await opening.catch(() => undefined);
    if (!db) {
      if (reading === opening) reading = undefined;
      throw error;
    }
    return db;
  }
}

/** Whether the ledger `opening` can be written ('ok') or was saved by a newer version ('newer'). */
export async function stateOf(opening: Promise<LedgerDb>): Promise<LedgerState> {
  try {
    await opening;
    return 'ok';
  } catch (error) {
    if (error instanceof LedgerUnavailableError) return 'newer';
    throw error;
  }
}

/**
 * Deletes the database, whatever version saved it, and opens an empty one at this version. Other
 * connections (a dashboard building an export) close themselves when asked; the delete waits for them.
 */
export async function startFreshLedger(): Promise<LedgerDb> {
  await closeAll();
  await deleteDB(LEDGER_DB_NAME);
  return getDb();
}

async function dropConnection(which: Promise<LedgerDb>): Promise<void> {
  if (pending === which) pending = undefined;
  (await which.catch(() => undefined))?.close();
}

async function closeAll(): Promise<void> {
  if (pending) await dropConnection(pending);
  const newer = reading;
  reading = undefined;
  (await newer?.catch(() => undefined))?.close();
}

/** Closes and forgets every connection (tests give each case a fresh IDBFactory). */
export function closeDbForTests(): Promise<void> {
  return closeAll();
}
