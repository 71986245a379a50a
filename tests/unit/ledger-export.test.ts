import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { getDb } from '@/lib/background/db/connection';
import { EXPORT_FORMAT, type LedgerExport } from '@/lib/schema/export-file';
import { mergeExport, parseExport, ImportError } from '@/lib/background/ledger/import';
import { EVENT_CAP, pruneEvents, pruneLedger } from '@/lib/background/ledger/prune';
import { buildExport } from '@/lib/view/export';
import { CHROMIUM_MESSAGE_BYTES, ImportFailure, importFile, MAX_IMPORT_BYTES } from '@/lib/view/export-import';
import { getSalt } from '@/lib/storage/salt';
import { handleMessage } from '@/lib/background/handlers';
import type { MessageType, Protocol, Result } from '@/lib/protocol/contract';
import { loadSettings } from '@/lib/storage/preferences';
import { exposuresFor } from '@/lib/taxonomy/rules';
import type { Observation } from '@/lib/model/observation';
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
  messageSent,
  POPUP_SENDER,
  session,
  T0,
  testLedger,
  toMetaAi,
} from './ledger-fixtures';

const ledger = testLedger(T0);

async function send<K extends MessageType>(type: K, payload: Protocol[K]['payload']): Promise<Result<Protocol[K]['value']>> {
  const sender = type === 'observe' || type === 'hello' ? CONTENT_SENDER : POPUP_SENDER;
  return (await handleMessage({ type, payload }, sender, ledger)) as Result<Protocol[K]['value']>;
}

async function ok<K extends MessageType>(type: K, payload: Protocol[K]['payload']): Promise<Protocol[K]['value']> {
  const reply = await send(type, payload);
  if (!reply.ok) throw new Error(`${type}: ${reply.error.code} ${reply.error.message}`);
  return reply.value;
}

const observe = (observations: Observation[]) => ok('observe', { observations });

async function exported(): Promise<LedgerExport> {
  const { text } = await ok('exportData', { format: 'json' });
  return JSON.parse(text) as LedgerExport;
}

/** A ledger with every kind of record, including tallies whose events were pruned. */
async function populate(): Promise<void> {
  await ok('updateSettings', { labels: true, region: 'elsewhere', retentionDays: 30, ignoredBusinesses: [KEY_C] });
  await observe([
    session('old-s', T0 - 40 * DAY),
    chatOpened('old-a', T0 - 40 * DAY, business(KEY_A, { label: 'Old Shop' })),
    session('s1', T0 - DAY),
    chatOpened('a1', T0 - DAY, business(KEY_A, { hosting: 'meta', label: 'Shop A' })),
    messageSent('a2', T0 - DAY + HOUR, business(KEY_A, { hosting: 'meta' }), 'location'),
    chatOpened('b1', T0, business(KEY_B, { hosting: 'vendor', adsReferral: true, verification: 'unverified' })),
    messageSent('b2', T0 + HOUR, business(KEY_B, { hosting: 'vendor', ai: 'third-party', dataSharing: 'on' }), 'contact'),
    { type: 'privacy-value', id: 'p1', at: T0, control: 'last-seen', value: 'everyone' },
    { type: 'privacy-value', id: 'p2', at: T0, control: 'read-receipts', value: 'off' },
    { type: 'health', id: 'h1', at: T0, status: 'ok', failed: [] },
  ]);
  await ok('setWalkthroughStatus', { walkthroughId: 'hide-last-seen', status: 'in-progress' });
  await pruneEvents(await getDb(), await loadSettings(), T0);
}

const withoutTime = ({ exportedAt: _at, ...rest }: LedgerExport) => rest;
const withoutSettings = ({ exportedAt: _at, settings: _settings, ...rest }: LedgerExport) => rest;

/** The dashboard's messages reach the background's handlers, as in the browser. */
function connectPages(): void {
  vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockImplementation(((message: unknown) =>
    handleMessage(message, POPUP_SENDER, ledger)) as typeof fakeBrowser.runtime.sendMessage);
}

const fileOf = (text: string) => new File([text], 'metadata-ledger.json', { type: 'application/json' });

beforeEach(freshLedger);
afterEach(() => {
  vi.restoreAllMocks();
});

describe('export', () => {
  it('writes every store the user owns, the settings, and never the salt', async () => {
    await populate();
    const salt = (await ok('hello', {})).salt;
    const { filename, mime, text } = await ok('exportData', { format: 'json' });
    expect(filename).toBe('metadata-ledger-2026-01-15.json');
    expect(mime).toBe('application/json');
    expect(text).not.toContain(salt);
    const data = JSON.parse(text) as LedgerExport;
    expect(data.format).toBe(EXPORT_FORMAT);
    expect(data.exportedAt).toBe(T0);
    expect(data.settings).toMatchObject({ labels: true, retentionDays: 30, ignoredBusinesses: [KEY_C] });
    expect(data.settings).not.toHaveProperty('salt');
    // The 40-day-old events were pruned; their tallies stay.
    expect(data.events.map((e) => e.id).sort()).toEqual(['a1', 'a2', 'b1', 'b2', 'p1', 's1']);
    expect(data.days.map((d) => d.day)).toEqual(['2025-12-06', '2026-01-14', '2026-01-15']);
    expect(data.businesses.map((b) => [b.key, b.label, b.interactions])).toEqual([
      [KEY_A, 'Shop A', 3],
      [KEY_B, undefined, 2],
    ]);
    expect(data.audit).toHaveLength(2);
    expect(data.walkthroughs).toContainEqual({ id: 'hide-last-seen', status: 'in-progress', updatedAt: T0 });
    expect(data.tallies.some((t) => t.day === '2025-12-06' && t.scope === KEY_A)).toBe(true);
  });

  it('writes the daily all-business tallies as CSV', async () => {
    await populate();
    const { filename, mime, text } = await ok('exportData', { format: 'csv' });
    expect(filename).toBe('metadata-ledger-tallies-2026-01-15.csv');
    expect(mime).toBe('text/csv');
    const lines = text.trimEnd().split('\r\n');
    expect(lines[0]).toBe('day,category,audience,count');
    expect(lines).toContain('2026-01-15,message-content,vendor,2');
    expect(lines).toContain('2025-12-06,device-network,whatsapp,1');
    // One line per cell, all businesses together: no business keys.
    expect(text).not.toContain(KEY_A);
    const days = lines.slice(1).map((l) => l.split(',')[0]!);
    expect(days).toEqual([...days].sort());
  });

  it('fits a ledger at the event cap into one Chromium message, with room to spare', () => {
    // The largest event the rules can produce, with the longest id allowed.
    const o: Observation = {
      type: 'message-sent',
      id: 'x'.repeat(128),
      at: T0,
      chat: 'business',
      message: 'location',
      business: business(KEY_A, { adsReferral: true }),
    };
    const { exposures, rules } = exposuresFor(o, 'elsewhere');
    const biggest = {
      id: o.id,
      at: T0,
      day: '2026-01-15',
      type: o.type,
      chat: 'business',
      message: 'location',
      businessKey: KEY_A,
      exposures,
      rules,
    };
    // As the import's message carries it: the file's text inside a JSON string, quotes escaped.
    const onTheWire = JSON.stringify(JSON.stringify(biggest)).length - 2 + 1;
    expect(onTheWire * EVENT_CAP).toBeLessThan(CHROMIUM_MESSAGE_BYTES * 0.8);
  });
});

describe('import', () => {
  it('gives back the same ledger after export → clear → import, the settings once the user takes them', async () => {
    await populate();
    const before = await exported();
    const text = JSON.stringify(before);
    await ok('clearAll', {});
    expect((await exported()).events).toEqual([]);
    const report = await ok('importData', { text });
    expect(report).toMatchObject({
      events: 6,
      known: 0,
      totalsOnly: 0,
      tallies: before.tallies.length,
      businesses: 2,
      audit: 2,
      walkthroughs: before.walkthroughs.length,
    });
    // The settings are offered, not applied: names are not kept while the user's labels are off.
    expect(report.offeredSettings).toEqual({
      retentionDays: 30,
      labels: true,
      region: 'elsewhere',
      regionChosen: true,
      ignoredBusinesses: [KEY_C],
    });
    expect((await exported()).businesses.every((b) => b.label === undefined)).toBe(true);
    await ok('updateSettings', report.offeredSettings);
    expect(await ok('importData', { text })).toMatchObject({ events: 0, known: 6, tallies: 0, businesses: 1, offeredSettings: {} });
    expect(withoutTime(await exported())).toEqual(withoutTime(before));
  });

  it('imports AI-scoped tallies, and files from before business AI was detected as ai none', async () => {
    await populate();
    await observe([toMetaAi('m1', T0 + 2 * HOUR)]);
    const file = await exported();
    expect(file.tallies).toContainEqual({ scope: 'meta-ai', day: '2026-01-15', category: 'ai-conversations', audience: 'meta', count: 1 });
    expect(file.businesses.map((b) => b.ai)).toEqual(['none', 'third-party']);
    const older = { ...file, businesses: file.businesses.map(({ ai: _ai, ...rest }) => rest) };
    await ok('clearAll', {});
    await ok('importData', { text: JSON.stringify(older) });
    const back = await exported();
    expect(back.businesses.map((b) => b.ai)).toEqual(['none', 'none']);
    expect(back.tallies).toEqual(file.tallies);
  });

  it('changes nothing when the same file is imported twice', async () => {
    await populate();
    const text = JSON.stringify(await exported());
    const before = await exported();
    expect(await ok('importData', { text })).toEqual({
      events: 0,
      known: 6,
      totalsOnly: 0,
      tallies: 0,
      businesses: 0,
      audit: 0,
      walkthroughs: 0,
      offeredSettings: {},
    });
    expect(withoutTime(await exported())).toEqual(withoutTime(before));
  });

  it('adds up two devices without counting shared events twice', async () => {
    await ok('updateSettings', { region: 'european-region' });
    await observe([
      chatOpened('x1', T0, business(KEY_A, { hosting: 'self' })),
      chatOpened('shared', T0, business(KEY_A, { hosting: 'self' })),
    ]);
    const other = await exported();
    await ok('clearAll', {});
    await ok('updateSettings', { region: 'european-region' });
    await observe([
      chatOpened('y1', T0, business(KEY_A, { hosting: 'self' })),
      chatOpened('shared', T0, business(KEY_A, { hosting: 'self' })),
    ]);
    expect((await ok('importData', { text: JSON.stringify(other) })).events).toBe(1);
    const merged = await exported();
    expect(merged.events.map((e) => e.id).sort()).toEqual(['shared', 'x1', 'y1']);
    expect(merged.days).toEqual([{ day: '2026-01-15', events: 3, businessEvents: 3 }]);
    expect(merged.businesses[0]!.interactions).toBe(3);
    expect(merged.tallies.find((t) => t.scope === '*' && t.category === 'phone-number')!.count).toBe(3);
  });

  it('keeps history from both sides without adding what one side already holds', async () => {
    await ok('updateSettings', { retentionDays: 7 });
    await observe([session('old', T0 - 20 * DAY), session('new', T0)]);
    await pruneEvents(await getDb(), await loadSettings(), T0);
    const file = await exported();
    // Same history, more recent activity here: the file adds nothing.
    await observe([session('newer', T0 + HOUR)]);
    const before = await exported();
    await ok('importData', { text: JSON.stringify(file) });
    expect(withoutTime(await exported())).toEqual(withoutTime(before));
  });

  it('never deletes and never changes a setting: a file asking for 7 days, no names and a pause only offers them', async () => {
    await populate();
    const file = await exported();
    const mine = { data: withoutSettings(structuredClone(file)), settings: await loadSettings() };
    file.settings = { ...file.settings, retentionDays: 7, labels: false, paused: true };
    file.events.push({ ...file.events.at(-1)!, id: 'from-the-file', at: T0 + 2 * HOUR });
    const report = await ok('importData', { text: JSON.stringify(file) });
    expect(report).toMatchObject({ events: 1, known: 6, totalsOnly: 0 });
    expect(report.offeredSettings).toEqual({ retentionDays: 7, labels: false, paused: true });
    const after = await exported();
    expect(await loadSettings()).toEqual(mine.settings);
    expect(after.events.map((e) => e.id)).toEqual([...mine.data.events.map((e) => e.id), 'from-the-file']);
    expect(after.businesses.map((b) => b.label)).toEqual(mine.data.businesses.map((b) => b.label));
    expect(after.audit).toEqual(mine.data.audit);
  });

  it('counts what it did: events added, already there, and kept in the totals only', async () => {
    // Another device, which keeps everything.
    await ok('updateSettings', { region: 'elsewhere', retentionDays: 0 });
    await observe([session('known', T0 - DAY), session('new', T0), session('too-old', T0 - 200 * DAY)]);
    const file = await exported();
    // This one keeps 90 days, and has one of the events already.
    await ok('clearAll', {});
    await ok('updateSettings', { region: 'elsewhere' });
    await observe([session('known', T0 - DAY)]);
    const report = await ok('importData', { text: JSON.stringify(file) });
    expect(report).toMatchObject({ events: 1, known: 1, totalsOnly: 1 });
    const after = await exported();
    expect(after.events.map((e) => e.id).sort()).toEqual(['known', 'new']);
    // The event older than the retention setting is in the totals, as pruned events are.
    expect(after.days).toEqual(file.days);
    expect(after.tallies).toEqual(file.tallies);
  });

  it('makes room under the event cap by keeping the newest of the file, never by deleting', async () => {
    await observe([session('a', T0 - 3 * HOUR), session('b', T0 - 2 * HOUR)]);
    const file = await exported();
    file.events = ['x', 'y', 'z'].map((id, i) => ({ ...file.events[0]!, id, at: T0 - 10 * HOUR + i * HOUR }));
    file.days = [{ day: '2026-01-15', events: 3, businessEvents: 0 }];
    const settings = await loadSettings();
    const report = await mergeExport(await getDb(), parseExport(JSON.stringify(file)), settings, T0, 3);
    expect(report).toMatchObject({ events: 1, totalsOnly: 2 });
    expect((await exported()).events.map((e) => e.id).sort()).toEqual(['a', 'b', 'z']);
    // Both sides' events are in the day's total: a, b, z kept, x and y as history.
    expect((await exported()).days).toEqual([{ day: '2026-01-15', events: 5, businessEvents: 0 }]);
  });
});

describe('import and the rollup of old tallies', () => {
  it('counts a file from before a month rolled up once, not twice', async () => {
    await ok('updateSettings', { region: 'elsewhere', retentionDays: 7 });
    await observe([session('old', T0 - 420 * DAY), session('new', T0)]);
    const db = await getDb();
    await pruneEvents(db, await loadSettings(), T0); // the old event goes; its tallies stay daily for now
    const beforeRollup = await exported();
    expect(beforeRollup.months).toEqual([]);
    // Two months later the old event's month is past the horizon, and the new event past retention.
    const later = testLedger(T0 + 60 * DAY);
    const importLater = async (file: LedgerExport) =>
      expect(await handleMessage({ type: 'importData', payload: { text: JSON.stringify(file) } }, POPUP_SENDER, later)).toMatchObject({
        ok: true,
      });
    await pruneLedger(db, await loadSettings(), T0 + 60 * DAY);
    const rolled = await exported();
    expect(rolled.months?.length).toBeGreaterThan(0);
    await importLater(beforeRollup);
    expect(withoutTime(await exported())).toEqual(withoutTime(rolled));
    // And the other way round: a rolled-up file into a ledger that still has the days.
    await ok('clearAll', {});
    await ok('updateSettings', { region: 'elsewhere', retentionDays: 7 });
    await ok('importData', { text: JSON.stringify(beforeRollup) });
    await importLater(rolled);
    const both = await exported();
    const total = (file: LedgerExport) =>
      [...file.tallies, ...(file.months ?? [])].filter((t) => t.scope === '*').reduce((n, t) => n + t.count, 0);
    expect(total(both)).toBe(total(rolled));
    expect(both.months).toEqual(rolled.months);
  });
});

describe('the dashboard export', () => {
  it('builds the same files in the page, from IndexedDB, without a message', async () => {
    await populate();
    const sendMessage = vi.spyOn(fakeBrowser.runtime, 'sendMessage');
    const json = await buildExport('json', T0);
    const csv = await buildExport('csv', T0);
    expect(sendMessage).not.toHaveBeenCalled();
    expect(json.filename).toBe('metadata-ledger-2026-01-15.json');
    expect(json.blob.type).toBe('application/json');
    expect(JSON.parse(await json.blob.text())).toEqual(await exported());
    expect(await csv.blob.text()).toBe((await ok('exportData', { format: 'csv' })).text);
  });

  it('writes rolled-up months into the CSV before the days, oldest first', async () => {
    await ok('updateSettings', { region: 'elsewhere', retentionDays: 7 });
    await observe([session('old', T0 - 500 * DAY), session('new', T0)]);
    await pruneLedger(await getDb(), await loadSettings(), T0);
    const lines = (await (await buildExport('csv', T0)).blob.text()).trimEnd().split('\r\n');
    expect(lines[0]).toBe('day,category,audience,count');
    expect([...new Set(lines.slice(1).map((l) => l.split(',')[0]))]).toEqual(['2024-09', '2026-01-15']);
  });

  it('creates no database when there is no ledger yet', async () => {
    const json = JSON.parse(await (await buildExport('json', T0)).blob.text()) as LedgerExport;
    expect(json.events).toEqual([]);
    expect(await indexedDB.databases()).toEqual([]);
  });
});

describe('the dashboard import', () => {
  it('round-trips a file the dashboard exported', async () => {
    await populate();
    connectPages();
    const file = await buildExport('json', T0);
    const before = await exported();
    await ok('clearAll', {});
    await ok('updateSettings', { labels: true, region: 'elsewhere', retentionDays: 30, ignoredBusinesses: [KEY_C] });
    const report = await importFile(new File([file.blob], file.filename));
    expect(report).toMatchObject({ events: 6, known: 0, offeredSettings: {} });
    expect(withoutTime(await exported())).toEqual(withoutTime(before));
  });

  it('checks the size before reading the file', async () => {
    const text = vi.fn(async () => '{}');
    const huge = { size: MAX_IMPORT_BYTES + 1, name: 'huge.json', text } as unknown as File;
    await expect(importFile(huge, {})).rejects.toThrow(/Nothing was imported: this file is 257 MB, larger than any export/);
    const over = { size: CHROMIUM_MESSAGE_BYTES + 1, name: 'big.json', text } as unknown as File;
    await expect(importFile(over)).rejects.toThrow(/this browser hands at most 64 MB at once/);
    expect(text).not.toHaveBeenCalled();
  });

  it('says clearly when the message would be too large for the browser, before sending it', async () => {
    connectPages();
    // 600 quotes: 600 bytes in the file, 1,200 once escaped inside the message.
    const quotes = fileOf('"'.repeat(600));
    await expect(importFile(quotes, { messageLimit: 1_000 })).rejects.toThrow(ImportFailure);
    await expect(importFile(quotes, { messageLimit: 1_000 })).rejects.toThrow(/hands at most 1 MB at once/);
    expect(fakeBrowser.runtime.sendMessage).not.toHaveBeenCalled();
  });

  it('says an interrupted import may simply be repeated, not that a message channel closed', async () => {
    vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockRejectedValue(
      new Error(
        'A listener indicated an asynchronous response by returning true, but the message channel closed before a response was received',
      ),
    );
    const failure = importFile(fileOf('{}'));
    await expect(failure).rejects.toThrow(/interrupted.*Import the same file again/);
    await expect(failure).rejects.not.toThrow(/channel/);
  });

  it("passes on the background's reason when it refuses the file", async () => {
    connectPages();
    await expect(importFile(fileOf('[]'))).rejects.toThrow(/^Nothing was imported: This is not a Metadata Ledger export/);
  });
});

describe('invalid imports', () => {
  const corrupt: Array<[string, (file: LedgerExport, text: string) => string]> = [
    ['a truncated file', (_f, text) => text.slice(0, Math.floor(text.length / 2))],
    ['an empty file', () => ''],
    ['not an object', () => '[]'],
    ['another format', (f) => JSON.stringify({ ...f, format: 'metadata-ledger/2' })],
    ['a count given as text', (f) => JSON.stringify({ ...f, tallies: [{ ...f.tallies[0], count: '3' }] })],
    ['a negative count', (f) => JSON.stringify({ ...f, days: [{ ...f.days[0], events: -1 }] })],
    [
      'a category outside the taxonomy',
      (f) => JSON.stringify({ ...f, events: [{ ...f.events[0], exposures: [{ category: 'dna', audience: 'meta' }] }] }),
    ],
    ['an audience outside the taxonomy', (f) => JSON.stringify({ ...f, tallies: [{ ...f.tallies[0], audience: 'police' }] })],
    ['an unknown rule', (f) => JSON.stringify({ ...f, events: [{ ...f.events[0], rules: ['made-up'] }] })],
    [
      'a phone number where a business key belongs',
      (f) => JSON.stringify({ ...f, businesses: [{ ...f.businesses[0], key: '+4915112345678' }] }),
    ],
    ['a malformed event id', (f) => JSON.stringify({ ...f, events: [{ ...f.events[0], id: 'has spaces' }] })],
    ['an impossible day', (f) => JSON.stringify({ ...f, days: [{ ...f.days[0], day: '2026-02-30' }] })],
    ['the same event twice', (f) => JSON.stringify({ ...f, events: [f.events[0], f.events[0]] })],
    ['a value the control does not have', (f) => JSON.stringify({ ...f, audit: [{ control: 'last-seen', value: 'on', observedAt: T0 }] })],
    ['settings with a field missing', (f) => JSON.stringify({ ...f, settings: { ...f.settings, badge: undefined } })],
    ['a missing list', (f) => JSON.stringify({ ...f, walkthroughs: undefined })],
  ];

  it.each(corrupt)('rejects %s and changes nothing', async (_name, make) => {
    await populate();
    const file = await exported();
    const text = make(structuredClone(file), JSON.stringify(file));
    // Something to overwrite, so "nothing changed" means something.
    await ok('clearAll', {});
    await observe([session('keep', T0)]);
    const before = { data: await exported(), settings: await loadSettings(), salt: await getSalt() };
    const reply = await send('importData', { text });
    expect(reply.ok).toBe(false);
    if (reply.ok) return;
    expect(reply.error.code).toBe('import-invalid');
    expect(reply.error.message.length).toBeGreaterThan(10);
    expect({ data: await exported(), settings: await loadSettings(), salt: await getSalt() }).toEqual(before);
  });

  it('says where the problem is', () => {
    const text = JSON.stringify({ format: EXPORT_FORMAT, settings: {} });
    expect(() => parseExport(text)).toThrow(ImportError);
    expect(() => parseExport(text)).toThrow(/settings\.retentionDays/);
  });

  it('is refused from a content script', async () => {
    const reply = await handleMessage({ type: 'importData', payload: { text: '{}' } }, CONTENT_SENDER, ledger);
    expect(reply).toMatchObject({ ok: false, error: { code: 'bad-sender' } });
    expect(fakeBrowser.runtime.id).toBe('test-extension-id');
  });
});
