import { beforeEach, describe, expect, it } from 'vitest';
import { openDB } from 'idb';
import { closeDbForTests, getDb } from '@/lib/background/db/connection';
import {
  ACCOUNT_LOCK_KEY,
  ALL_STORES,
  DB_NAME,
  DB_VERSION,
  HEALTH_KEY,
  openLedger,
  type BusinessRecord,
  type EventRecord,
} from '@/lib/background/db/schema';
import { freshLedger, KEY_A, KEY_B, T0 } from './ledger-fixtures';

beforeEach(freshLedger);

const event = (id: string, at: number, businessKey?: string): EventRecord => ({
  id,
  at,
  day: '2026-01-15',
  type: 'chat-opened',
  chat: businessKey ? 'business' : 'personal',
  ...(businessKey && { businessKey }),
  exposures: [{ category: 'phone-number', audience: 'business' }],
  rules: ['business-sees-number-profile'],
});

describe('schema', () => {
  it('creates every store and index on a fresh install', async () => {
    const db = await getDb();
    expect(db.name).toBe(DB_NAME);
    expect(db.version).toBe(DB_VERSION);
    expect([...db.objectStoreNames].sort()).toEqual([...ALL_STORES].sort());
    const tx = db.transaction('events');
    expect([...tx.store.indexNames].sort()).toEqual(['by-at', 'by-business']);
    expect(tx.store.keyPath).toBe('id');
    expect(db.transaction('tallies').store.keyPath).toEqual(['scope', 'day', 'category', 'audience']);
  });

  it('hands out one connection and reopens after closing', async () => {
    const a = await getDb();
    expect(await getDb()).toBe(a);
    await closeDbForTests();
    const b = await getDb();
    expect(b).not.toBe(a);
    expect(await b.count('events')).toBe(0);
  });
});

describe('upgrades', () => {
  // One case per earlier version: open it with the ladder stopped there, fill every store it has the way
  // that version wrote them, then open the current version and check nothing was lost.
  /** Business rows as v1 and v2 wrote them: no `ai` (nor the other 2026 facts). */
  const oldBusiness = (key: string, hosting: BusinessRecord['hosting']) =>
    ({
      key,
      verification: 'verified',
      hosting,
      adsReferral: false,
      firstSeen: T0,
      lastSeen: T0,
      interactions: 1,
      ignored: false,
    }) as BusinessRecord;
  const storesOf: Record<number, string[]> = {
    1: ['businesses', 'days', 'events', 'tallies'],
    2: ['audit', 'businesses', 'days', 'events', 'health', 'tallies', 'walkthroughs'],
  };

  it.each([1, 2])('upgrades v%i with data to the current version and keeps everything', async (version) => {
    const old = await openLedger(version);
    expect([...old.objectStoreNames].sort()).toEqual(storesOf[version]);
    await old.put('events', event('e1', T0, KEY_A));
    await old.put('events', event('e2', T0 + 1));
    await old.put('tallies', { scope: '*', day: '2026-01-15', category: 'phone-number', audience: 'business', count: 2 });
    await old.put('days', { day: '2026-01-15', events: 2, businessEvents: 1 });
    await old.put('businesses', oldBusiness(KEY_A, 'meta'));
    await old.put('businesses', { ...oldBusiness(KEY_B, 'vendor'), label: 'Shop B' });
    if (version >= 2) {
      await old.put('audit', { control: 'last-seen', value: 'nobody', observedAt: T0 });
      await old.put('health', { status: 'degraded', failed: ['chatHeader'], at: T0 }, HEALTH_KEY);
      await old.put('walkthroughs', { id: 'hide-last-seen', status: 'done', updatedAt: T0 });
    }
    old.close();

    const db = await getDb();
    expect(db.version).toBe(DB_VERSION);
    expect(await db.getAll('events')).toEqual([event('e1', T0, KEY_A), event('e2', T0 + 1)]);
    expect(await db.getAll('tallies')).toEqual([
      { scope: '*', day: '2026-01-15', category: 'phone-number', audience: 'business', count: 2 },
    ]);
    expect(await db.get('days', '2026-01-15')).toEqual({ day: '2026-01-15', events: 2, businessEvents: 1 });
    // v3: every business written before it gets ai 'none' and keeps all it had.
    expect(await db.getAll('businesses')).toEqual([
      { ...oldBusiness(KEY_A, 'meta'), ai: 'none' },
      { ...oldBusiness(KEY_B, 'vendor'), label: 'Shop B', ai: 'none' },
    ]);
    // The index added in v2 covers the events written before it.
    expect(await db.getAllKeysFromIndex('events', 'by-business', KEY_A)).toEqual(['e1']);
    if (version >= 2) {
      expect(await db.getAll('audit')).toEqual([{ control: 'last-seen', value: 'nobody', observedAt: T0 }]);
      expect(await db.get('health', HEALTH_KEY)).toEqual({ status: 'degraded', failed: ['chatHeader'], at: T0 });
      expect(await db.getAll('walkthroughs')).toEqual([{ id: 'hide-last-seen', status: 'done', updatedAt: T0 }]);
    }
    // And every store of the current version works, the ones added since among them.
    expect([...db.objectStoreNames].sort()).toEqual([...ALL_STORES].sort());
    await db.put('audit', { control: 'read-receipts', value: 'off', observedAt: T0 });
    await db.put('account', { strict: true, observedAt: T0 }, ACCOUNT_LOCK_KEY);
    expect(await db.get('account', ACCOUNT_LOCK_KEY)).toEqual({ strict: true, observedAt: T0 });
  });

  it('reports a database from a newer build instead of breaking it, and retries later', async () => {
    const newer = await openDB(DB_NAME, DB_VERSION + 1);
    newer.close();
    await expect(getDb()).rejects.toThrow();
    // The failed open is not cached: once the database is usable again, the next call opens it.
    globalThis.indexedDB = new (await import('fake-indexeddb')).IDBFactory();
    expect((await getDb()).version).toBe(DB_VERSION);
  });

  it('steps aside when another connection needs to upgrade', async () => {
    await getDb();
    const upgraded = await openDB(DB_NAME, DB_VERSION + 1);
    expect(upgraded.version).toBe(DB_VERSION + 1);
    upgraded.close();
    // Our connection was closed and forgotten rather than blocking the upgrade: the next use reopens
    // (and here meets the newer database, which it refuses; a kept connection would have resolved).
    await expect(getDb()).rejects.toThrow();
  });
});
