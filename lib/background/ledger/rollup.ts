// Daily tallies past the horizon roll up into monthly ones (docs/data.md, "How long"). The dashboard
// shows at most the last 365 days day by day, so older days only need their month: a heavy user's
// per-business tallies shrink about thirtyfold, and a year adds a dozen rows per cell instead of 365.
// Counts are moved, never lost: each chunk adds its days to their months and deletes them in one
// transaction, so a worker stopped half-way leaves a consistent, partly rolled-up ledger.
import { abortQuietly } from '../db/abort';
import type { LedgerDb, MonthTallyKey, TallyRecord } from '../db/schema';
import { localDay } from '../../model/day';
import { monthOf, type CounterTx } from './counters';

/** Daily tallies are kept for at least this many days; a month rolls up once all its days are older. */
export const DAILY_TALLY_DAYS = 400;
/** Daily rows rolled up per transaction. */
export const ROLLUP_CHUNK = 2_000;

/** The first day whose tallies are still daily at `now`: the first of the month of the horizon day. */
export function rolledBefore(now: number): string {
  const d = new Date(now);
  // Noon avoids daylight-saving edges where midnight does not exist or repeats.
  const horizon = localDay(new Date(d.getFullYear(), d.getMonth(), d.getDate() - DAILY_TALLY_DAYS, 12).getTime());
  return `${monthOf(horizon)}-01`;
}

/**
 * Moves up to `limit` daily tallies dated before `before` into their months, inside the caller's
 * transaction (over 'tallies' and 'months'). Returns how many daily rows were moved.
 */
export async function rollUpIn(tx: CounterTx, before: string, limit?: number): Promise<number> {
  const tallies = tx.objectStore('tallies');
  const months = tx.objectStore('months');
  const rows: TallyRecord[] = await tallies.index('by-day').getAll(IDBKeyRange.upperBound(before, true), limit);
  const sums = new Map<string, { key: MonthTallyKey; count: number }>();
  for (const { scope, day, category, audience, count } of rows) {
    const key: MonthTallyKey = [scope, monthOf(day), category, audience];
    const id = key.join('|');
    sums.set(id, { key, count: (sums.get(id)?.count ?? 0) + count });
  }
  for (const { key, count } of sums.values()) {
    const [scope, month, category, audience] = key;
    const stored = (await months.get(key))?.count ?? 0;
    await months.put({ scope, month, category, audience, count: stored + count });
  }
  for (const { scope, day, category, audience } of rows) await tallies.delete([scope, day, category, audience]);
  return rows.length;
}

/** Rolls up every daily tally past the horizon at `now`, a chunk per transaction. Returns how many. */
export async function rollUpTallies(db: LedgerDb, now: number, chunk: number = ROLLUP_CHUNK): Promise<number> {
  const before = rolledBefore(now);
  let moved = 0;
  for (;;) {
    // rollUpIn uses no other store than these two.
    const tx = db.transaction(['tallies', 'months'], 'readwrite') as unknown as CounterTx;
    let step: number;
    try {
      step = await rollUpIn(tx, before, chunk);
      await tx.done;
    } catch (error) {
      abortQuietly(tx);
      throw error;
    }
    moved += step;
    if (step < chunk) return moved;
    // Let other work (a dashboard reading its snapshot, new observations) run between chunks.
    await new Promise((resolve) => setTimeout(resolve, 0));
  }
}
