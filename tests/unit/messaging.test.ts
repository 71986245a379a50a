import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { getDb } from '@/lib/background/db/connection';
import { activeGuideItem } from '@/lib/storage/active-guide';
import { getSalt, getSaltRecord } from '@/lib/storage/salt';
import { walkthroughById, WALKTHROUGHS } from '@/lib/walkthroughs/index';
import { handleMessage } from '@/lib/background/handlers';
import { isOurContentScript, isOurPage, type Sender } from '@/lib/protocol/sender';
import { CONTENT_SCRIPT_TYPES, type MessageType, type Protocol, type Result } from '@/lib/protocol/contract';
import { MAX_OBSERVATIONS, MESSAGE_TYPES } from '@/lib/schema/messages';
import { DEFAULT_SETTINGS, loadSettings } from '@/lib/storage/preferences';
import { currentTimeZone, regionFromTimeZone } from '@/lib/taxonomy/region';
import type { Observation } from '@/lib/model/observation';
import {
  business,
  chatOpened,
  CONTENT_SENDER,
  DAY,
  EXTENSION_ORIGIN,
  freshLedger,
  KEY_A,
  KEY_B,
  messageSent,
  POPUP_SENDER,
  session,
  T0,
  testLedger,
} from './ledger-fixtures';

let ledger = testLedger();
beforeEach(async () => {
  await freshLedger();
  ledger = testLedger();
});

const call = (type: string, payload: unknown, sender: Sender) => handleMessage({ type, payload }, sender, ledger);

async function ok<K extends MessageType>(type: K, payload: Protocol[K]['payload']): Promise<Protocol[K]['value']> {
  const sender = (CONTENT_SCRIPT_TYPES as readonly string[]).includes(type) ? CONTENT_SENDER : POPUP_SENDER;
  const reply = (await call(type, payload, sender)) as Result<Protocol[K]['value']>;
  if (!reply.ok) throw new Error(`${type}: ${reply.error.code} ${reply.error.message}`);
  return reply.value;
}

const observe = (observations: Observation[]) => ok('observe', { observations });

async function nothingWritten(): Promise<void> {
  const db = await getDb();
  for (const store of ['events', 'tallies', 'days', 'businesses', 'audit', 'walkthroughs'] as const) expect(await db.count(store)).toBe(0);
  expect(await fakeBrowser.storage.local.get(null)).toEqual({});
}

describe('sender checks', () => {
  const DASHBOARD_TAB: Sender = { id: 'test-extension-id', url: `${EXTENSION_ORIGIN}dashboard.html`, tab: { id: 3 } };
  const senders: Record<string, Sender> = {
    'content script on WhatsApp Web': CONTENT_SENDER,
    popup: POPUP_SENDER,
    'popup without url': { id: 'test-extension-id' },
    'dashboard in a tab': DASHBOARD_TAB,
    'another extension': { ...CONTENT_SENDER, id: 'someone-else' },
    'our content script on another site': { ...CONTENT_SENDER, url: 'https://evil.example/' },
    'a look-alike host': { ...CONTENT_SENDER, url: 'https://web.whatsapp.com.evil.example/' },
    'plain http': { ...CONTENT_SENDER, url: 'http://web.whatsapp.com/' },
    'WhatsApp url without a tab': { id: 'test-extension-id', url: 'https://web.whatsapp.com/' },
    'a tab without url': { id: 'test-extension-id', tab: { id: 1 } },
    'a web page': { url: 'https://web.whatsapp.com/', tab: { id: 1 } },
  };

  it.each(Object.entries(senders))('%s', (name, sender) => {
    expect(isOurContentScript(sender)).toBe(name === 'content script on WhatsApp Web');
    expect(isOurPage(sender)).toBe(['popup', 'popup without url', 'dashboard in a tab'].includes(name));
  });

  it('refuses page requests from the content script and reports from pages, writing nothing', async () => {
    for (const type of MESSAGE_TYPES) {
      const reportType = (CONTENT_SCRIPT_TYPES as readonly string[]).includes(type);
      const wrong = reportType ? POPUP_SENDER : CONTENT_SENDER;
      expect(await call(type, {}, wrong)).toMatchObject({ ok: false, error: { code: 'bad-sender' } });
    }
    expect(await call('observe', { observations: [session('s', T0)] }, senders['another extension']!)).toMatchObject({
      ok: false,
      error: { code: 'bad-sender' },
    });
    await nothingWritten();
  });

  it('answers unknown or malformed messages with unknown-type', async () => {
    for (const message of [null, 'observe', [], { type: 'drop-tables' }, { type: 'toString' }, { type: '__proto__' }, { payload: {} }]) {
      expect(await handleMessage(message, POPUP_SENDER, ledger)).toMatchObject({ ok: false, error: { code: 'unknown-type' } });
    }
  });
});

describe('payload checks', () => {
  const good = chatOpened('ok-1', T0, business(KEY_A));
  const bad: Array<[string, unknown]> = [
    ['no payload', undefined],
    ['observations not a list', { observations: {} }],
    ['too many observations', { observations: Array.from({ length: MAX_OBSERVATIONS + 1 }, (_, i) => session(`s${i}`, T0)) }],
    ['an unknown observation type', { observations: [{ ...good, type: 'keylogger' }] }],
    ['an id with spaces', { observations: [{ ...good, id: 'a b' }] }],
    ['an overlong id', { observations: [{ ...good, id: 'x'.repeat(129) }] }],
    ['a time as text', { observations: [{ ...good, at: String(T0) }] }],
    ['a time in the future', { observations: [{ ...good, at: Date.now() + 2 * DAY }] }],
    ['a raw chat id as business key', { observations: [chatOpened('k', T0, business('4915112345678@c.us'))] }],
    ['an upper-case key', { observations: [chatOpened('k', T0, business('A'.repeat(64)))] }],
    ['a short key', { observations: [chatOpened('k', T0, business('a'.repeat(63)))] }],
    ['an unknown hosting', { observations: [chatOpened('k', T0, business(KEY_A, { hosting: 'cloud' as never }))] }],
    ['a huge label', { observations: [chatOpened('k', T0, business(KEY_A, { label: 'x'.repeat(5_000) }))] }],
    [
      'a value the control does not have',
      { observations: [{ type: 'privacy-value', id: 'p', at: T0, control: 'read-receipts', value: 'everyone' }] },
    ],
    ['an unknown control', { observations: [{ type: 'privacy-value', id: 'p', at: T0, control: 'mood', value: 'on' }] }],
    [
      'too many failed selectors',
      { observations: [{ type: 'health', id: 'h', at: T0, status: 'degraded', failed: Array(101).fill('x') }] },
    ],
    ['one bad observation among good ones', { observations: [good, session('s', T0), { ...good, id: 'x', chat: 'robot' }] }],
  ];

  it.each(bad)('rejects %s and writes nothing', async (_name, payload) => {
    const reply = await call('observe', payload, CONTENT_SENDER);
    expect(reply).toMatchObject({ ok: false, error: { code: 'bad-request' } });
    await nothingWritten();
  });

  // Issue 12 item 4: v0.1 stored {constructor: …}, turned toString into "[object Object]" and failed on __proto__.
  it.each(['constructor', 'toString', '__proto__', 'hasOwnProperty'])('refuses %s as a setting by name', async (key) => {
    const reply = await call('updateSettings', JSON.parse(`{"${key}": {"labels": true}}`), POPUP_SENDER);
    expect(reply).toEqual({ ok: false, error: { code: 'bad-request', message: `payload.${key}: is not a setting` } });
    expect(await loadSettings()).toEqual({ ...DEFAULT_SETTINGS, region: regionFromTimeZone(currentTimeZone()) });
  });

  it('says which field is wrong', async () => {
    const reply = await call('observe', { observations: [good, { ...good, id: 'a b' }] }, CONTENT_SENDER);
    expect(reply).toEqual({ ok: false, error: { code: 'bad-request', message: 'payload.observations[1].id: has the wrong format' } });
  });

  it.each([
    ['getSnapshot', { days: 14 }],
    ['getEvidence', { category: 'dna' }],
    ['getEvidence', { category: 'presence', limit: 10_000 }],
    ['exportData', { format: 'xml' }],
    ['importData', { text: 42 }],
    ['updateSettings', { retentionDays: 1 }],
    ['updateSettings', { ignoredBusinesses: ['+4915112345678'] }],
    ['updateSettings', { constructor: { labels: true } }],
    ['updateSettings', { toString: 1 }],
    ['updateSettings', JSON.parse('{"__proto__": {"labels": true}}') as object],
    ['forgetBusiness', { key: 'Shop' }],
    ['setBusinessIgnored', { key: KEY_A, ignored: 'yes' }],
    ['openWhatsApp', { walkthroughId: '../../etc' }],
    ['setWalkthroughStatus', { walkthroughId: 'hide-last-seen', status: 'finished' }],
  ] as const)('rejects %s %j from a page', async (type, payload) => {
    expect(await call(type, payload, POPUP_SENDER)).toMatchObject({ ok: false, error: { code: 'bad-request' } });
    await nothingWritten();
  });

  it.each([
    ['dismissNotice', { key: 'not-a-key' }],
    ['guideProgress', { walkthroughId: 'hide-last-seen', step: -1, status: 'done' }],
    ['guideProgress', { walkthroughId: 'hide-last-seen', step: 0, status: 'won' }],
  ] as const)('rejects %s %j from the content script', async (type, payload) => {
    expect(await call(type, payload, CONTENT_SENDER)).toMatchObject({ ok: false, error: { code: 'bad-request' } });
    await nothingWritten();
  });
});

describe('handlers', () => {
  it('observe: acknowledges every id and reports what was added', async () => {
    expect(await observe([chatOpened('c1', T0, business(KEY_A)), chatOpened('c1', T0, business(KEY_A)), chatOpened('p', T0)])).toEqual({
      stored: ['c1', 'c1', 'p'],
    });
    expect(ledger.added).toEqual([1]);
  });

  it('hello: hands out one random salt per install, the settings and the active guide', async () => {
    const first = await ok('hello', {});
    expect(first.salt).toMatch(/^[0-9a-f]{64}$/);
    expect(first.settings).toEqual(await loadSettings());
    expect(first.activeGuide).toBeNull();
    const [a, b] = await Promise.all([ok('hello', {}), ok('hello', {})]);
    expect(a.salt).toBe(first.salt);
    expect(b.salt).toBe(first.salt);
    expect(await getSalt()).toBe(first.salt);
    // Not in extension storage, which Firefox's content scripts can read and write.
    expect(JSON.stringify(await fakeBrowser.storage.local.get(null))).not.toContain(first.salt);
  });

  // Issue 12 item 6: a damaged salt is replaced, never used, and the ledger's health says so.
  it("hello: replaces a damaged salt and the snapshot's health says when", async () => {
    expect((await ok('getSnapshot', { days: 7 })).health.ledger?.keysReplacedAt).toBeUndefined();
    await fakeBrowser.storage.local.set({ salt: 'corrupt' });
    const { salt } = await ok('hello', {});
    expect(salt).toMatch(/^[0-9a-f]{64}$/);
    expect((await ok('getSnapshot', { days: 7 })).health.ledger?.keysReplacedAt).toEqual(expect.any(Number));
    expect((await ok('hello', {})).salt).toBe(salt);
  });

  it('dismissNotice: remembers a business once', async () => {
    await ok('dismissNotice', { key: KEY_A });
    await ok('dismissNotice', { key: KEY_A });
    expect((await loadSettings()).dismissedNotices).toEqual([KEY_A]);
  });

  it("guideProgress: in progress, done, cancelled; the guide's position is kept for the pages", async () => {
    const db = await getDb();
    await activeGuideItem.setValue({ walkthroughId: 'last-seen', startedAt: T0 });
    await ok('guideProgress', { walkthroughId: 'last-seen', step: 0, status: 'active' });
    expect((await db.get('walkthroughs', 'last-seen'))?.status).toBe('in-progress');
    expect(await activeGuideItem.getValue()).toEqual({
      walkthroughId: 'last-seen',
      startedAt: T0,
      position: { step: 0, status: 'active' },
    });
    await ok('guideProgress', { walkthroughId: 'last-seen', step: 1, status: 'target-missing' });
    expect((await db.get('walkthroughs', 'last-seen'))?.status).toBe('in-progress');
    expect((await activeGuideItem.getValue())?.position).toEqual({ step: 1, status: 'target-missing' });
    await ok('guideProgress', { walkthroughId: 'last-seen', step: 2, status: 'done' });
    expect((await db.get('walkthroughs', 'last-seen'))?.status).toBe('done');
    expect(await activeGuideItem.getValue()).toBeNull();

    // Looking at a finished walkthrough again does not undo it.
    await activeGuideItem.setValue({ walkthroughId: 'last-seen', startedAt: T0 + 1 });
    await ok('guideProgress', { walkthroughId: 'last-seen', step: 0, status: 'active' });
    expect((await db.get('walkthroughs', 'last-seen'))?.status).toBe('done');

    await activeGuideItem.setValue({ walkthroughId: 'about', startedAt: T0 });
    await ok('guideProgress', { walkthroughId: 'about', step: 0, status: 'cancelled' });
    expect(await activeGuideItem.getValue()).toBeNull();
    expect(await db.get('walkthroughs', 'about')).toBeUndefined();
  });

  // Issue 12 item 5: v0.1 marked any walkthrough done on the content script's word, and stored rows for unknown ids.
  describe('guideProgress from a content script that was not asked', () => {
    const phoneOnly = WALKTHROUGHS.find((w) => w.kind !== 'web')!.id;
    const steps = (id: string) => {
      const w = walkthroughById(id);
      return w?.kind === 'web' ? w.webSteps.length : 0;
    };
    const refused: Array<[string, { walkthroughId: string; step: number; status: 'active' | 'done' }, unknown]> = [
      ['with no guide running', { walkthroughId: 'last-seen', step: 0, status: 'done' }, null],
      ['for another walkthrough than the one running', { walkthroughId: 'about', step: 0, status: 'done' }, 'last-seen'],
      ['for an unknown id', { walkthroughId: 'hide-last-seen', step: 0, status: 'done' }, 'hide-last-seen'],
      ['for a phone-only walkthrough', { walkthroughId: phoneOnly, step: 0, status: 'done' }, phoneOnly],
      ['for a step the walkthrough does not have', { walkthroughId: 'last-seen', step: steps('last-seen'), status: 'active' }, 'last-seen'],
      ['for a far-off step', { walkthroughId: 'last-seen', step: 999, status: 'done' }, 'last-seen'],
    ];

    it.each(refused)('is refused %s, and stores nothing', async (_name, progress, running) => {
      if (running) await activeGuideItem.setValue({ walkthroughId: running as string, startedAt: T0 });
      const before = await fakeBrowser.storage.local.get(null);
      expect(await call('guideProgress', progress, CONTENT_SENDER)).toMatchObject({ ok: false, error: { code: 'bad-request' } });
      expect(await (await getDb()).count('walkthroughs')).toBe(0);
      expect(await fakeBrowser.storage.local.get(null)).toEqual(before);
    });

    it.each([
      ['garbage', 'garbage'],
      ['a list', ['last-seen']],
      ['no id', { startedAt: T0 }],
      ['an id with a slash', { walkthroughId: '../last-seen', startedAt: T0 }],
      ['a start in the future', { walkthroughId: 'last-seen', startedAt: Date.now() + 7 * DAY }],
    ])('finds no guide in storage holding %s: hello names none, progress is refused', async (_name, planted) => {
      await fakeBrowser.storage.local.set({ activeGuide: planted });
      expect((await ok('hello', {})).activeGuide).toBeNull();
      expect(await call('guideProgress', { walkthroughId: 'last-seen', step: 0, status: 'done' }, CONTENT_SENDER)).toMatchObject({
        ok: false,
      });
      expect(await (await getDb()).count('walkthroughs')).toBe(0);
    });
  });

  it('openWhatsApp: opens a tab when none exists and starts the walkthrough', async () => {
    await ok('openWhatsApp', { walkthroughId: 'hide-last-seen' });
    expect(await activeGuideItem.getValue()).toEqual({ walkthroughId: 'hide-last-seen', startedAt: T0 });
    const tabs = await fakeBrowser.tabs.query({});
    expect(tabs.filter((t) => t.url === 'https://web.whatsapp.com/')).toHaveLength(1);
  });

  it('openWhatsApp: focuses the WhatsApp tab that is already open', async () => {
    await fakeBrowser.tabs.create({ url: 'https://example.org/' });
    const whatsapp = await fakeBrowser.tabs.create({ url: 'https://web.whatsapp.com/' });
    // The fake ignores match patterns; a real browser returns only the tabs matching WHATSAPP_TABS.
    const queryAll = fakeBrowser.tabs.query.bind(fakeBrowser.tabs);
    fakeBrowser.tabs.query = (async (q: { url?: string }) =>
      (await queryAll({})).filter((t) => q.url === undefined || t.url?.startsWith(q.url.slice(0, -1)))) as typeof fakeBrowser.tabs.query;
    const updated: number[] = [];
    fakeBrowser.tabs.update = (async (id: number) => {
      updated.push(id);
      return fakeBrowser.tabs.get(id);
    }) as typeof fakeBrowser.tabs.update;
    await ok('openWhatsApp', {});
    expect(updated).toEqual([whatsapp.id]);
    expect((await fakeBrowser.tabs.query({})).length).toBe(3);
    expect(await activeGuideItem.getValue()).toBeNull();
  });

  it('updateSettings: returns the settings and applies what they imply', async () => {
    await ok('updateSettings', { labels: true });
    await observe([
      chatOpened('c1', T0 - 100 * DAY, business(KEY_A, { label: 'Shop' })),
      chatOpened('c2', T0, business(KEY_B, { label: 'Other' })),
    ]);
    const db = await getDb();
    expect((await db.get('businesses', KEY_A))?.label).toBe('Shop');

    const after = await ok('updateSettings', { labels: false, retentionDays: 30, ignoredBusinesses: [KEY_B] });
    expect(after).toMatchObject({ labels: false, retentionDays: 30, ignoredBusinesses: [KEY_B] });
    expect(after).toEqual(await loadSettings());
    expect((await db.getAll('businesses')).every((b) => b.label === undefined)).toBe(true);
    expect(await db.getAllKeys('events')).toEqual(['c2']); // 100-day-old event pruned at once
    expect((await ok('getSnapshot', { days: 30 })).businesses.find((b) => b.key === KEY_B)?.ignored).toBe(true);
  });

  it('updateSettings: choosing a region pins it, un-choosing follows the time zone', async () => {
    const other = regionFromTimeZone(currentTimeZone()) === 'elsewhere' ? 'european-region' : 'elsewhere';
    expect(await ok('updateSettings', { region: other })).toMatchObject({ region: other, regionChosen: true });
    expect(await ok('updateSettings', { regionChosen: false })).toMatchObject({
      region: regionFromTimeZone(currentTimeZone()),
      regionChosen: false,
    });
  });

  it('forgetBusiness: removes its row, events and own tallies; totals stay', async () => {
    await observe([chatOpened('a', T0, business(KEY_A)), messageSent('a2', T0, business(KEY_A)), chatOpened('b', T0, business(KEY_B))]);
    await ok('dismissNotice', { key: KEY_A });
    await ok('forgetBusiness', { key: KEY_A });
    const db = await getDb();
    expect(await db.getAllKeys('businesses')).toEqual([KEY_B]);
    expect(await db.getAllKeys('events')).toEqual(['b']);
    const tallies = await db.getAll('tallies');
    expect(tallies.some((t) => t.scope === KEY_A)).toBe(false);
    expect(tallies.find((t) => t.scope === '*' && t.category === 'phone-number')?.count).toBe(3);
    expect((await loadSettings()).dismissedNotices).toEqual([]);
  });

  it("setBusinessIgnored: that business's observations are acknowledged but not logged", async () => {
    await observe([chatOpened('a', T0, business(KEY_A))]);
    await ok('setBusinessIgnored', { key: KEY_A, ignored: true });
    const db = await getDb();
    const row = async () => (await ok('getSnapshot', { days: 30 })).businesses.find((b) => b.key === KEY_A);
    expect((await row())?.ignored).toBe(true);
    expect(await observe([chatOpened('a2', T0, business(KEY_A))])).toEqual({ stored: ['a2'] });
    expect(await db.count('events')).toBe(1);
    await ok('setBusinessIgnored', { key: KEY_A, ignored: false });
    expect((await loadSettings()).ignoredBusinesses).toEqual([]);
    expect((await row())?.ignored).toBe(false);
  });

  it('clearAll: every store, the salt, the settings and the active guide', async () => {
    const { salt } = await ok('hello', {});
    await ok('updateSettings', { labels: true, paused: false, badge: false });
    await observe([
      session('s', T0),
      chatOpened('a', T0, business(KEY_A, { label: 'Shop' })),
      { type: 'privacy-value', id: 'p', at: T0, control: 'about', value: 'everyone' },
    ]);
    await ok('setWalkthroughStatus', { walkthroughId: 'hide-about', status: 'done' });
    await ok('openWhatsApp', { walkthroughId: 'hide-about' });
    await ok('clearAll', {});
    const db = await getDb();
    for (const store of ['events', 'tallies', 'days', 'businesses', 'audit', 'health', 'walkthroughs'] as const)
      expect(await db.count(store)).toBe(0);
    expect(await loadSettings()).toEqual({ ...DEFAULT_SETTINGS, region: regionFromTimeZone(currentTimeZone()) });
    expect(await activeGuideItem.getValue()).toBeNull();
    const after = await getSaltRecord();
    expect(after.salt).not.toBe(salt);
    expect(after.replacedDamagedAt).toBeUndefined(); // a fresh start the user asked for is no damage
    expect((await ok('hello', {})).salt).toBe(after.salt);
  });

  it('getSnapshot and getEvidence answer pages', async () => {
    await observe([chatOpened('a', T0, business(KEY_A))]);
    const snapshot = await ok('getSnapshot', { days: 7 });
    expect(snapshot.today).toBe(1);
    expect(snapshot.settings).toEqual(await loadSettings());
    expect(await ok('getEvidence', { category: 'phone-number', limit: 1 })).toHaveLength(1);
  });
});
