// The ledger's bounds (docs/data.md, "How long"), applied at start-up and once a day: retention and the
// hard cap on raw events here, then the businesses left without events (./business-retention.ts) and
// the daily tallies past the horizon (./rollup.ts). Deletes walk the `by-at` index oldest first in
// small transactions, so even a million events never sit in memory at once and the browser stays
// responsive (and a worker stopped half-way leaves a consistent, partly pruned store). Tallies keep the
// history after the events behind them are gone.
import type { LedgerDb } from '../db/schema';
import type { Settings } from '../../model/preferences';
import { pruneBusinesses } from './business-retention';
import { rollUpTallies } from './rollup';

/**
 * The most raw events kept: about 600 bytes each in an export, under 900 at most, so they add at most
 * some 45 MB to it (tests/unit/ledger-export.test.ts measures an export at the cap).
 */
export const EVENT_CAP = 50_000;
/** Events deleted per transaction. */
export const PRUNE_CHUNK = 500;
const DAY_MS = 86_400_000;

export interface PruneLimits {
  cap?: number;
  chunk?: number;
  /** The most businesses kept (./business-retention.ts). */
  businessCap?: number;
}

/** Every bound, in order: events (retention, cap), the businesses left without events, the tallies past the horizon. */
export async function pruneLedger(db: LedgerDb, settings: Settings, now: number, limits: PruneLimits = {}): Promise<void> {
  await pruneEvents(db, settings, now, limits);
  await pruneBusinesses(db, settings, now, limits.businessCap);
  await rollUpTallies(db, now);
}

/**
 * Deletes up to `limit` of the oldest events at or after `from` (and before `before`, if given) in one
 * transaction; returns how many, and the time of the last one deleted, where the next chunk starts.
 * Each chunk starts from where the previous one ended: Chromium's IndexedDB keeps deleted entries as
 * tombstones for a while, and scanning from the start every time makes each chunk slower than the last.
 * Deletes are issued without awaiting each one (a request round trip per event would keep the worker
 * busy far longer; `npm run bench` measures a million).
 */
async function deleteOldest(db: LedgerDb, limit: number, from: number, before?: number): Promise<{ deleted: number; last: number }> {
  const tx = db.transaction('events', 'readwrite');
  const range = before === undefined ? IDBKeyRange.lowerBound(from) : IDBKeyRange.bound(from, before, false, true);
  const keys = await tx.store.index('by-at').getAllKeys(range, limit);
  const lastKey = keys.at(-1);
  const last = lastKey === undefined ? from : ((await tx.store.get(lastKey))?.at ?? from);
  for (const key of keys) tx.store.delete(key).catch(() => undefined); // a failure surfaces through tx.done
  await tx.done;
  return { deleted: keys.length, last };
}

async function deleteInChunks(db: LedgerDb, total: number, chunk: number, before?: number): Promise<number> {
  let deleted = 0;
  let from = -Infinity;
  while (deleted < total) {
    const step = await deleteOldest(db, Math.min(chunk, total - deleted), from, before);
    if (step.deleted === 0) break;
    deleted += step.deleted;
    from = step.last;
    // Let other work (a dashboard reading its snapshot, new observations) run between chunks.
    await new Promise((resolve) => setTimeout(resolve, 0));
  }
  return deleted;
}

/** Applies retention (events older than the setting) and then the cap. Returns how many events remain. */
export async function pruneEvents(db: LedgerDb, settings: Settings, now: number, limits: PruneLimits = {}): Promise<number> {
  const chunk = limits.chunk ?? PRUNE_CHUNK;
  if (settings.retentionDays !== 0) await deleteInChunks(db, Infinity, chunk, now - settings.retentionDays * DAY_MS);
  return pruneToCap(db, limits);
}

/** Deletes the oldest events beyond the cap. Returns how many events remain. */
export async function pruneToCap(db: LedgerDb, limits: PruneLimits = {}): Promise<number> {
  const cap = limits.cap ?? EVENT_CAP;
  const count = await db.count('events');
  if (count <= cap) return count;
  return count - (await deleteInChunks(db, count - cap, limits.chunk ?? PRUNE_CHUNK));
}

/**
 * Keeps the cap between daily prunes without counting the store after every write: the count is
 * read once, then followed as events are added.
 */
export class CapGuard {
  private known: number | undefined;
  private running: Promise<void> = Promise.resolve();

  constructor(private readonly limits: PruneLimits = {}) {}

  /** After `added` events were written (or 0 after other changes, to re-read the count). */
  afterWrite(db: LedgerDb, added: number): Promise<void> {
    this.running = this.running.then(async () => {
      this.known = this.known === undefined || added === 0 ? await db.count('events') : this.known + added;
      if (this.known > (this.limits.cap ?? EVENT_CAP)) this.known = await pruneToCap(db, this.limits);
    });
    // A failed prune is retried by the next write or the daily alarm; the write itself succeeded.
    this.running = this.running.catch(() => {
      this.known = undefined;
    });
    return this.running;
  }

  forget(): void {
    this.known = undefined;
  }
}
