import { beforeEach, describe, expect, it } from 'vitest';
import { openDB } from 'idb';
import { closeDbForTests, getDb } from '@/lib/background/db/connection';
import { ALL_STORES, DB_NAME, DB_VERSION, openLedger, type EventRecord } from '@/lib/background/db/schema';
import { freshLedger, KEY_A, T0 } from './ledger-fixtures';

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
  // One case per earlier version: open it with the ladder stopped there, fill it, then open the current version.
  it('upgrades v1 with data to the current version and keeps everything', async () => {
    const v1 = await openLedger(1);
    expect([...v1.objectStoreNames].sort()).toEqual(['businesses', 'days', 'events', 'tallies']);
    await v1.put('events', event('e1', T0, KEY_A));
    await v1.put('events', event('e2', T0 + 1));
    await v1.put('tallies', { scope: '*', day: '2026-01-15', category: 'phone-number', audience: 'business', count: 2 });
    await v1.put('days', { day: '2026-01-15', events: 2, businessEvents: 1 });
    await v1.put('businesses', {
      key: KEY_A,
      verification: 'verified',
      hosting: 'meta',
      adsReferral: false,
      firstSeen: T0,
      lastSeen: T0,
      interactions: 1,
      ignored: false,
    });
    v1.close();

    const db = await getDb();
    expect(db.version).toBe(DB_VERSION);
    expect(await db.getAll('events')).toEqual([event('e1', T0, KEY_A), event('e2', T0 + 1)]);
    expect(await db.count('tallies')).toBe(1);
    expect(await db.get('days', '2026-01-15')).toEqual({ day: '2026-01-15', events: 2, businessEvents: 1 });
    expect((await db.get('businesses', KEY_A))?.interactions).toBe(1);
    // The index added in v2 covers the events written under v1.
    expect(await db.getAllKeysFromIndex('events', 'by-business', KEY_A)).toEqual(['e1']);
    // And the stores added in v2 work.
    await db.put('audit', { control: 'last-seen', value: 'nobody', observedAt: T0 });
    expect(await db.count('audit')).toBe(1);
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
    // (and here meets the newer database).
    await expect(getDb()).rejects.toThrow(/lower version/);
  });
});
