// What an import did, counted as it happened, and the file's settings it did not apply. An import only
// adds: it never deletes a record and never changes a setting; the settings are offered to the user.
import type { Settings } from './preferences';

export interface ImportReport {
  /** Events added to the ledger. */
  events: number;
  /** Events of the file the ledger already held (the same file imported twice adds nothing). */
  known: number;
  /** Events of the file counted in the totals but not kept: older than the retention setting, or beyond the event cap. */
  totalsOnly: number;
  /** Tally cells (daily or monthly) whose count changed. */
  tallies: number;
  /** Businesses added or updated. */
  businesses: number;
  /** Privacy controls whose audited value was updated. */
  audit: number;
  /** Walkthroughs whose progress was updated. */
  walkthroughs: number;
  /** The file's settings that differ from the current ones: offered, not applied (apply with updateSettings). */
  offeredSettings: Partial<Settings>;
}
