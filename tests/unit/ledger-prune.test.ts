import { beforeEach, describe, expect, it, vi } from 'vitest';
import { getDb } from '@/lib/background/db/connection';
import type { EventRecord, LedgerDb } from '@/lib/background/db/schema';
import { CapGuard, pruneEvents, pruneToCap } from '@/lib/background/ledger/prune';
import { DEFAULT_SETTINGS } from '@/lib/storage/preferences';
import type { RetentionDays } from '@/lib/model/preferences';
import { DAY, freshLedger, T0 } from './ledger-fixtures';

beforeEach(freshLedger);

const event = (i: number, at: number): EventRecord => ({
  id: `e${i}`,
  at,
  day: '2026-01-01',
  type: 'session',
  exposures: [{ category: 'device-network', audience: 'whatsapp' }],
  rules: ['session-device-whatsapp'],
});

/** Writes `count` events, one `step` ms apart ending at `end`, in one bulk transaction. */
async function fill(db: LedgerDb, count: number, end: number, step = 1): Promise<void> {
  const tx = db.transaction('events', 'readwrite');
  for (let i = 0; i < count; i++) void tx.store.put(event(i, end - (count - 1 - i) * step));
  await tx.done;
}

const settings = (retentionDays: RetentionDays) => ({ ...DEFAULT_SETTINGS, retentionDays });

describe('retention', () => {
  it('deletes events older than the setting and keeps the rest and all tallies', async () => {
    const db = await getDb();
    await fill(db, 100, T0, DAY); // one event a day for 100 days
    await db.put('tallies', { scope: '*', day: '2025-10-01', category: 'device-network', audience: 'whatsapp', count: 5 });
    expect(await pruneEvents(db, settings(30), T0)).toBe(31);
    const ats = (await db.getAll('events')).map((e) => e.at);
    expect(Math.min(...ats)).toBe(T0 - 30 * DAY);
    expect(await db.count('tallies')).toBe(1);
  });

  it('keeps everything when set to forever', async () => {
    const db = await getDb();
    await fill(db, 50, T0, 400 * DAY);
    expect(await pruneEvents(db, settings(0), T0)).toBe(50);
  });

  it.each([7, 30, 90, 365] as const)('honours %i days', async (days) => {
    const db = await getDb();
    await fill(db, 400, T0, DAY);
    expect(await pruneEvents(db, settings(days), T0)).toBe(days + 1);
  });
});

describe('the hard cap', () => {
  // The default cap (EVENT_CAP) works the same way; fake-indexeddb is too slow to fill it in a unit test.
  it('deletes the oldest events first, in bounded transactions, never loading them all', async () => {
    const db = await getDb();
    await fill(db, 5_000, T0);
    const transaction = vi.spyOn(db, 'transaction');
    const getAll = vi.spyOn(db, 'getAll');
    expect(await pruneToCap(db, { cap: 1_000, chunk: 300 })).toBe(1_000);
    const ids = (await db.getAllKeysFromIndex('events', 'by-at')) as string[];
    expect(ids[0]).toBe('e4000');
    expect(ids.at(-1)).toBe('e4999');
    expect(getAll).not.toHaveBeenCalled();
    // 4,000 deletions at most 300 per transaction.
    expect(transaction.mock.calls.length).toBeGreaterThanOrEqual(Math.ceil(4_000 / 300));
  });

  it('is applied after retention', async () => {
    const db = await getDb();
    await fill(db, 300, T0, 60_000);
    expect(await pruneEvents(db, settings(90), T0, { cap: 120, chunk: 50 })).toBe(120);
  });

  it('is kept between daily prunes by following the count as events are written', async () => {
    const db = await getDb();
    const guard = new CapGuard({ cap: 100, chunk: 40 });
    await fill(db, 90, T0);
    await guard.afterWrite(db, 0); // reads the count: 90
    const tx = db.transaction('events', 'readwrite');
    for (let i = 90; i < 130; i++) void tx.store.put(event(i, T0 + i));
    await tx.done;
    // Told of 5 new events, it believes 95 are stored and does not count again.
    await guard.afterWrite(db, 5);
    expect(await db.count('events')).toBe(130);
    // Told of 10 more (105 > 100): it prunes, which reads the real count.
    await guard.afterWrite(db, 10);
    expect(await db.count('events')).toBe(100);
    expect((await db.getAllKeysFromIndex('events', 'by-at', undefined, 1))[0]).toBe('e30');
  });
});
