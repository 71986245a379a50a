// Every earlier version of the ledger's database, with data in every store, opens under the current
// build with every record intact; a database saved by a newer version is read, never broken, and can
// be replaced by a fresh ledger (issue 12: "Upgrades", item 3). Each fixture is built by the shipped steps
// of the upgrade ladder (openLedger(version) stops there) and filled the way that version wrote.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { openDB } from 'idb';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { getDb } from '@/lib/background/db/connection';
import { ACCOUNT_LOCK_KEY, DB_NAME, DB_VERSION, HEALTH_KEY, openLedger, upgradeLedger, type LedgerDb } from '@/lib/background/db/schema';
import { exportJson } from '@/lib/background/ledger/export';
import { parseExport } from '@/lib/background/ledger/import';
import { pruneLedger } from '@/lib/background/ledger/prune';
import { handleMessage } from '@/lib/background/handlers';
import { ObservationQueue } from '@/lib/content/queue';
import { send } from '@/lib/protocol/client';
import type { Snapshot } from '@/lib/model/snapshot';
import { DEFAULT_SETTINGS } from '@/lib/storage/preferences';
import { buildExport } from '@/lib/view/export';
import {
  business,
  chatOpened,
  CONTENT_SENDER,
  DAY,
  freshLedger,
  KEY_A,
  KEY_B,
  POPUP_SENDER,
  session,
  T0,
  testLedger,
} from './ledger-fixtures';

beforeEach(freshLedger);
afterEach(() => {
  vi.restoreAllMocks();
});

/** A record as a version wrote it; `key` for the stores whose keys are not in the record. */
type Row = { value: object; key?: string };
type Fixture = Record<string, Row[]>;

const day = '2026-01-15';
const sessionEvent = {
  id: 's1',
  at: T0,
  day,
  type: 'session',
  exposures: [{ category: 'device-network', audience: 'whatsapp' }],
  rules: ['session-device-whatsapp'],
};
const businessEvent = {
  id: 'c1',
  at: T0,
  day,
  type: 'chat-opened',
  chat: 'business',
  businessKey: KEY_A,
  exposures: [{ category: 'phone-number', audience: 'business' }],
  rules: ['business-sees-number-profile'],
};
const v1Business = {
  key: KEY_A,
  label: 'Shop A',
  verification: 'verified',
  hosting: 'meta',
  adsReferral: false,
  firstSeen: T0 - DAY,
  lastSeen: T0,
  interactions: 1,
  ignored: false,
};
const tally = (scope: string, category: string, audience: string, count: number) => ({ scope, day, category, audience, count });

const V1: Fixture = {
  events: [{ value: sessionEvent }, { value: businessEvent }],
  tallies: [
    { value: tally('*', 'device-network', 'whatsapp', 1) },
    { value: tally('*', 'phone-number', 'business', 1) },
    { value: tally(KEY_A, 'phone-number', 'business', 1) },
  ],
  days: [{ value: { day, events: 2, businessEvents: 1 } }],
  businesses: [{ value: v1Business }],
};
const V2: Fixture = {
  ...V1,
  audit: [{ value: { control: 'last-seen', value: 'nobody', observedAt: T0 } }],
  health: [{ key: HEALTH_KEY, value: { status: 'degraded', failed: ['chatHeader'], at: T0 } }],
  walkthroughs: [{ value: { id: 'hide-last-seen', status: 'done', updatedAt: T0 } }],
};
const V3: Fixture = {
  ...V2,
  events: [
    ...V2.events!,
    {
      value: {
        id: 'g1',
        at: T0,
        day,
        type: 'message-sent',
        chat: 'group',
        message: 'text',
        metaAi: 'open',
        exposures: [{ category: 'message-content', audience: 'meta' }],
        rules: ['meta-ai-reads-chat'],
      },
    },
  ],
  tallies: [...V2.tallies!, { value: tally('meta-ai-open', 'message-content', 'meta', 1) }],
  businesses: [
    { value: { ...v1Business, ai: 'meta', dataSharing: 'on', phoneNumberShared: true, advancedChatPrivacy: 'off' } },
    { value: { ...v1Business, key: KEY_B, label: undefined, hosting: 'vendor', ai: 'none' } },
  ],
  account: [{ key: ACCOUNT_LOCK_KEY, value: { strict: true, observedAt: T0 } }],
};
/** A fixture for every earlier version: a new version must add one here. */
const FIXTURES: Record<number, Fixture> = { 1: V1, 2: V2, 3: V3 };

/** What the current build reads from a fixture's record: v3 gave businesses written before it ai 'none'. */
function expected(store: string, row: Row, version: number): object {
  return store === 'businesses' && version < 3 ? { ...row.value, ai: 'none' } : row.value;
}

async function writeFixture(version: number): Promise<void> {
  const old = await openLedger(version);
  const fixture = FIXTURES[version]!;
  // The fixture fills every store that version has, so every kind of record is carried over.
  expect(Object.keys(fixture).sort()).toEqual([...old.objectStoreNames].sort());
  for (const [store, rows] of Object.entries(fixture)) {
    for (const { value, key } of rows) {
      const row = JSON.parse(JSON.stringify(value)) as object; // as stored: no undefined fields
      await (old as unknown as LedgerDb).put(store as 'events', row as never, key as never);
    }
  }
  old.close();
}

async function read(db: LedgerDb, store: string, row: Row): Promise<unknown> {
  const key = row.key ?? (store === 'tallies' ? ['scope', 'day', 'category', 'audience'].map((f) => (row.value as never)[f]) : undefined);
  if (key !== undefined) return db.get(store as 'events', key as never);
  const keyPath = db.transaction(store as 'events').store.keyPath as string;
  return db.get(store as 'events', (row.value as Record<string, string>)[keyPath]!);
}

describe('upgrades', () => {
  it('has a fixture for every earlier version', () => {
    expect(Object.keys(FIXTURES).map(Number)).toEqual(Array.from({ length: DB_VERSION - 1 }, (_, i) => i + 1));
  });

  it.each(Object.keys(FIXTURES).map(Number))('opens a v%i database with data with every record intact', async (version) => {
    await writeFixture(version);
    const db = await getDb();
    expect(db.version).toBe(DB_VERSION);
    for (const [store, rows] of Object.entries(FIXTURES[version]!)) {
      expect(await db.count(store as 'events')).toBe(rows.length);
      for (const row of rows) expect(await read(db, store, row)).toEqual(expected(store, row, version));
    }
    // The indexes added since cover the old records, and the ledger works as usual on them.
    expect(await db.getAllKeysFromIndex('events', 'by-business', KEY_A)).toEqual(['c1']);
    expect(await db.countFromIndex('tallies', 'by-day', day)).toBe(FIXTURES[version]!.tallies!.length);
    expect(await db.getAllKeysFromIndex('businesses', 'by-last-seen', T0)).toContain(KEY_A);
    await pruneLedger(db, { ...DEFAULT_SETTINGS, retentionDays: 0 }, T0);
    const file = await exportJson(db, DEFAULT_SETTINGS, T0);
    expect(() => parseExport(file.text)).not.toThrow();
  });

  it.each(Object.keys(FIXTURES).map(Number))('opens a v%i database step by step as each later build would', async (version) => {
    await writeFixture(version);
    for (let next = version + 1; next <= DB_VERSION; next++) (await openLedger(next)).close();
    const db = await getDb();
    for (const [store, rows] of Object.entries(FIXTURES[version]!)) {
      for (const row of rows) expect(await read(db, store, row)).toEqual(expected(store, row, version));
    }
  });
});

describe('a database saved by a newer version', () => {
  const ledger = testLedger(T0);
  const ask = (type: string, payload: object, sender = POPUP_SENDER) => handleMessage({ type, payload }, sender, ledger);

  /** The current ledger with data, then opened by a newer build that added a step of its own. */
  async function newerLedger(): Promise<void> {
    await ask('updateSettings', { region: 'elsewhere' });
    await ask('observe', { observations: [session('s1', T0), chatOpened('c1', T0, business(KEY_A))] }, CONTENT_SENDER);
    // Our open connection steps aside for the newer build's upgrade, as it would in the browser.
    const newer = await openDB(DB_NAME, DB_VERSION + 1, {
      upgrade(database, oldVersion, _newVersion, tx) {
        upgradeLedger(database as never, oldVersion, DB_VERSION, tx as never);
        database.createObjectStore('from-the-future');
      },
    });
    newer.close();
  }

  it('answers writes with a retryable error in plain words, and changes nothing', async () => {
    await newerLedger();
    const reply = await ask('observe', { observations: [session('s2', T0)] }, CONTENT_SENDER);
    expect(reply).toMatchObject({
      ok: false,
      error: { code: 'ledger-unavailable', message: expect.stringMatching(/saved by a newer version/) },
    });
    const cleared = await ask('forgetBusiness', { key: KEY_A });
    expect(cleared).toMatchObject({ ok: false, error: { code: 'ledger-unavailable' } });
    const db = await openDB(DB_NAME);
    expect(db.version).toBe(DB_VERSION + 1);
    expect(await db.getAllKeys('events')).toEqual(['c1', 's1']);
    db.close();
  });

  it('is still shown, and says why nothing new is logged', async () => {
    await newerLedger();
    const reply = (await ask('getSnapshot', { days: 7 })) as { ok: true; value: Snapshot };
    expect(reply.ok).toBe(true);
    expect(reply.value.interactions).toBe(2);
    expect(reply.value.businesses.map((b) => b.key)).toEqual([KEY_A]);
    expect(reply.value.health.ledger).toEqual({ state: 'newer', heldBack: 0, lastHeldBack: null });
  });

  it('exports what can be read, from the dashboard', async () => {
    await newerLedger();
    const file = await buildExport('json', T0);
    const data = parseExport(await file.blob.text());
    expect(data.events.map((e) => e.id).sort()).toEqual(['c1', 's1']);
    expect(data.businesses.map((b) => b.key)).toEqual([KEY_A]);
  });

  it('keeps the content script’s observations queued until a fresh ledger is started', async () => {
    await newerLedger();
    vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockImplementation(((message: unknown) =>
      handleMessage(message, CONTENT_SENDER, ledger)) as typeof fakeBrowser.runtime.sendMessage);
    const queue = new ObservationQueue({ send: (observations) => send('observe', { observations }), setTimeout: () => undefined });
    queue.push(session('waiting', T0));
    for (let attempt = 0; attempt < 10; attempt++) await queue.flush();
    expect(queue.size).toBe(1);
    expect(queue.dropped).toBe(0);

    expect(await ask('clearAll', {})).toEqual({ ok: true, value: null });
    const db = await getDb();
    expect(db.version).toBe(DB_VERSION);
    expect([...db.objectStoreNames]).not.toContain('from-the-future');
    await queue.flush();
    expect(queue.size).toBe(0);
    expect(await db.getAllKeys('events')).toEqual(['waiting']);
  });
});
