import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { getDb } from '@/lib/background/db/connection';
import type { EventRecord, LedgerDb } from '@/lib/background/db/schema';
import { CapGuard, pruneEvents, pruneLedger, pruneToCap } from '@/lib/background/ledger/prune';
import { recordObservations } from '@/lib/background/ledger/record';
import { NEW_BUSINESS_BURST, NEW_BUSINESSES_PER_HOUR } from '@/lib/background/ledger/flood';
import { startBackground } from '@/lib/background/start';
import { DEFAULT_SETTINGS } from '@/lib/storage/preferences';
import { lastDays, localDay } from '@/lib/model/day';
import type { Observation } from '@/lib/model/observation';
import type { RetentionDays, Settings } from '@/lib/model/preferences';
import type { Snapshot } from '@/lib/model/snapshot';
import { exposuresFor } from '@/lib/taxonomy/rules';
import {
  business,
  chatOpened,
  CONTENT_SENDER,
  DAY,
  freshLedger,
  HOUR,
  KEY_A,
  KEY_B,
  KEY_C,
  POPUP_SENDER,
  session,
  T0,
} from './ledger-fixtures';

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

/** Every tally count, daily and rolled up, summed per scope × category × audience. */
async function totals(db: LedgerDb): Promise<Record<string, number>> {
  const sums: Record<string, number> = {};
  for (const row of [...(await db.getAll('tallies')), ...(await db.getAll('months'))]) {
    const cell = `${row.scope}|${row.category}|${row.audience}`;
    sums[cell] = (sums[cell] ?? 0) + row.count;
  }
  return sums;
}

const dayBefore = (now: number, days: number) => localDay(new Date(new Date(now).setDate(new Date(now).getDate() - days)).getTime());

describe('tallies past the horizon', () => {
  /** One tally a day for `days` days up to T0, for all businesses and for business A. */
  async function dailyTallies(db: LedgerDb, days: number): Promise<void> {
    const tx = db.transaction('tallies', 'readwrite');
    for (let i = 0; i < days; i++) {
      const day = dayBefore(T0, i);
      void tx.store.put({ scope: '*', day, category: 'phone-number', audience: 'business', count: 2 });
      void tx.store.put({ scope: KEY_A, day, category: 'phone-number', audience: 'business', count: 1 });
    }
    await tx.done;
  }

  it('roll up into months with every count kept, and the dashboard range stays daily', async () => {
    const db = await getDb();
    await dailyTallies(db, 800);
    const before = await totals(db);
    await pruneLedger(db, settings(0), T0);
    expect(await totals(db)).toEqual(before);
    // 400 days before 15 January 2026 is 11 December 2024: its month and later stay daily.
    const days = (await db.getAll('tallies')).map((t) => t.day);
    expect(days.every((day) => day >= '2024-12-01')).toBe(true);
    expect(days).toContain('2024-12-01');
    const months = await db.getAll('months');
    expect(months.every((m) => m.month < '2024-12')).toBe(true);
    expect(months.find((m) => m.scope === '*' && m.month === '2024-06')).toMatchObject({ category: 'phone-number', count: 60 });
    expect(months.find((m) => m.scope === KEY_A && m.month === '2024-06')?.count).toBe(30);
    for (const day of lastDays(T0, 365)) expect(await db.get('tallies', ['*', day, 'phone-number', 'business'])).toBeDefined();
    // 800 daily rows per scope became 400-odd days and 13-odd months.
    expect(await db.count('tallies')).toBeLessThan(2 * 420);
    expect(await db.count('months')).toBeLessThan(2 * 15);
  });

  it('change nothing when rolled up again, and a month goes only once all its days are past', async () => {
    const db = await getDb();
    await dailyTallies(db, 800);
    await pruneLedger(db, settings(0), T0);
    const sums = await totals(db);
    const once = { tallies: await db.getAll('tallies'), months: await db.getAll('months') };
    // 4 February 2026: 31 December 2024 is only 400 days old, so December stays daily.
    await pruneLedger(db, settings(0), T0 + 20 * DAY);
    expect({ tallies: await db.getAll('tallies'), months: await db.getAll('months') }).toEqual(once);
    // 6 February: all of December 2024 is over 400 days old.
    await pruneLedger(db, settings(0), T0 + 22 * DAY);
    expect((await db.getAll('tallies')).every((t) => t.day >= '2025-01-01')).toBe(true);
    expect(await totals(db)).toEqual(sums);
  });
});

describe('businesses without events', () => {
  const updated = (id: string, at: number, key: string): Observation => ({ type: 'business-updated', id, at, business: business(key) });

  it('go with their own tallies once their events are gone; the all-business totals stay', async () => {
    const db = await getDb();
    const thirtyDays = { ...settings(30), region: 'elsewhere' } as Settings;
    await recordObservations(
      db,
      [
        chatOpened('a-old', T0 - 100 * DAY, business(KEY_A)),
        chatOpened('a-new', T0 - DAY, business(KEY_A)),
        chatOpened('b-old', T0 - 100 * DAY, business(KEY_B)),
        updated('c-seen', T0, KEY_C),
      ],
      thirtyDays,
    );
    const all = (await totals(db))['*|phone-number|business'];
    await pruneLedger(db, thirtyDays, T0);
    expect(await db.getAllKeys('events')).toEqual(['a-new']);
    expect((await db.getAllKeys('businesses')).sort()).toEqual([KEY_A, KEY_C]);
    expect((await db.getAll('tallies')).some((t) => t.scope === KEY_B)).toBe(false);
    expect((await db.getAll('tallies')).some((t) => t.scope === KEY_A && t.day === localDay(T0 - 100 * DAY))).toBe(true);
    expect((await totals(db))['*|phone-number|business']).toBe(all);
  });

  it('are kept to the business cap, the least recently seen going first with their events', async () => {
    const db = await getDb();
    const keys = Array.from({ length: 10 }, (_, i) => String(i).repeat(64));
    await recordObservations(
      db,
      keys.map((key, i) => chatOpened(`c${i}`, T0 - (10 - i) * HOUR, business(key))),
      settings(0),
    );
    await pruneLedger(db, settings(0), T0, { businessCap: 4 });
    expect((await db.getAllKeys('businesses')).sort()).toEqual(keys.slice(6));
    expect((await db.getAllKeys('events')).sort()).toEqual(['c6', 'c7', 'c8', 'c9']);
    expect(new Set((await db.getAll('tallies')).map((t) => t.scope))).toEqual(new Set(['*', ...keys.slice(6)]));
  });
});

describe('new businesses from one tab', () => {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(T0);
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  const deliver = async (message: unknown, sender: object) => (await fakeBrowser.runtime.onMessage.trigger(message, sender))[0];
  const key = (i: number) => i.toString(16).padStart(64, '0');
  const opened = (from: number, count: number, at: number) =>
    Array.from({ length: count }, (_, i) => chatOpened(`o${from + i}-${at}`, at, business(key(from + i))));

  it('are held back past the allowance, acknowledged, and reported in the snapshot health', async () => {
    startBackground();
    const db = await getDb();
    const flood = opened(0, 100, T0);
    expect(await deliver({ type: 'observe', payload: { observations: flood } }, CONTENT_SENDER)).toEqual({
      ok: true,
      value: { stored: flood.map((o) => o.id) },
    });
    expect(await db.count('businesses')).toBe(NEW_BUSINESS_BURST);
    // Businesses already in the ledger are not limited; another tab has its own allowance.
    await deliver({ type: 'observe', payload: { observations: opened(0, NEW_BUSINESS_BURST, T0 + 1) } }, CONTENT_SENDER);
    await deliver({ type: 'observe', payload: { observations: opened(500, 5, T0) } }, { ...CONTENT_SENDER, tab: { id: 8 } });
    expect(await db.count('businesses')).toBe(NEW_BUSINESS_BURST + 5);
    expect(await db.count('events')).toBe(2 * NEW_BUSINESS_BURST + 5);
    // The allowance refills: full again after an hour, then NEW_BUSINESSES_PER_HOUR an hour.
    vi.setSystemTime(T0 + HOUR);
    await deliver({ type: 'observe', payload: { observations: opened(100, 100, T0 + HOUR) } }, CONTENT_SENDER);
    expect(await db.count('businesses')).toBe(2 * NEW_BUSINESS_BURST + 5);
    const later = T0 + HOUR + HOUR / 6;
    vi.setSystemTime(later);
    await deliver({ type: 'observe', payload: { observations: opened(200, 100, later) } }, CONTENT_SENDER);
    const tenMinutes = NEW_BUSINESSES_PER_HOUR / 6;
    expect(await db.count('businesses')).toBe(2 * NEW_BUSINESS_BURST + 5 + tenMinutes);
    const snapshot = (await deliver({ type: 'getSnapshot', payload: { days: 7 } }, POPUP_SENDER)) as { value: Snapshot };
    expect(snapshot.value.health.ledger).toEqual({
      state: 'ok',
      heldBack: 300 - 2 * NEW_BUSINESS_BURST - tenMinutes,
      lastHeldBack: later,
    });
  });
});

describe('a ledger in use for two years', () => {
  it('stays bounded: no count lost, daily tallies within the horizon, businesses with their events', async () => {
    const db = await getDb();
    const s = { ...settings(90), region: 'elsewhere' } as Settings;
    const start = T0 - 730 * DAY;
    let exposures = 0;
    const rows: number[] = [];
    for (let day = 0; day < 730; day++) {
      const at = start + day * DAY;
      // A business chat a day, a new business every few days among 40 that come back, a weekly session.
      const observations = [chatOpened(`c${day}`, at, business(key40((Math.floor(day / 3) % 40) + 40 * Math.floor(day / 120))))];
      if (day % 7 === 0) observations.push(session(`s${day}`, at + HOUR));
      for (const o of observations) exposures += exposuresFor(o, 'elsewhere').exposures.length;
      await recordObservations(db, observations, s);
      if (day % 7 === 6) await pruneLedger(db, s, at + 12 * HOUR);
      if (day === 364 || day === 729) rows.push((await db.count('tallies')) + (await db.count('months')));
    }
    const now = start + 729 * DAY + 12 * HOUR;
    await pruneLedger(db, s, now);
    const all = Object.entries(await totals(db)).filter(([cell]) => cell.startsWith('*|'));
    expect(all.reduce((sum, [, n]) => sum + n, 0)).toBe(exposures);
    expect((await db.getAll('tallies')).every((t) => t.day >= dayBefore(now, 431))).toBe(true);
    expect(await db.count('events')).toBeLessThanOrEqual(91 + 14);
    // Only businesses seen since the oldest event kept, i.e. within retention.
    const oldest = (await db.getAllFromIndex('events', 'by-at', null, 1))[0]!.at;
    expect((await db.getAll('businesses')).every((b) => b.lastSeen >= oldest)).toBe(true);
    // The second year adds far less than the first: past the horizon a month is one row per cell.
    expect(rows[1]! - rows[0]!).toBeLessThan(rows[0]! / 2);
  }, 60_000);
});

function key40(n: number): string {
  return n.toString(16).padStart(64, '0');
}
