// The ledger's own health, beside detection health (snapshot.health): whether its database can be
// written, and whether a page was held back for bringing in new businesses faster than a person opens
// chats. docs/data.md describes both.

/**
 * 'newer': the database was saved by a newer version of the extension (it was downgraded or rolled
 * back). It can be read and exported but not written, until the extension is updated again or the
 * user starts a fresh ledger; observations wait in the WhatsApp tab meanwhile.
 */
export type LedgerState = 'ok' | 'newer';

export interface LedgerHealth {
  state: LedgerState;
  /** New businesses not logged because one tab brought them in too fast. */
  heldBack: number;
  /** When the last one was held back; null when none ever was. */
  lastHeldBack: number | null;
  /** When a damaged salt had to be replaced (lib/storage/salt.ts): a business met before may now show twice. */
  keysReplacedAt?: number;
}
