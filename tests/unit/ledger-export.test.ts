import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { getDb } from '@/lib/background/db/connection';
import { EXPORT_FORMAT, type LedgerExport } from '@/lib/schema/export-file';
import { MAX_IMPORT_CHARS, parseExport, ImportError } from '@/lib/background/ledger/import';
import { EVENT_CAP, pruneEvents } from '@/lib/background/ledger/prune';
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

beforeEach(freshLedger);

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

  it('stays importable at the event cap', () => {
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
    expect((JSON.stringify(biggest).length + 1) * EVENT_CAP).toBeLessThan(MAX_IMPORT_CHARS * 0.85);
  });
});

describe('import', () => {
  it('gives back the same ledger after export → clear → import', async () => {
    await populate();
    const before = await exported();
    const text = JSON.stringify(before);
    await ok('clearAll', {});
    expect((await exported()).events).toEqual([]);
    const counts = await ok('importData', { text });
    expect(counts).toEqual({ events: 6, tallies: before.tallies.length, audit: 2 });
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
    expect(await ok('importData', { text })).toEqual({ events: 0, tallies: 0, audit: 0 });
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

  it('drops display names when the imported settings turn labels off', async () => {
    await populate();
    const file = await exported();
    file.settings.labels = false;
    await ok('importData', { text: JSON.stringify(file) });
    const after = await exported();
    expect(after.settings.labels).toBe(false);
    expect(after.businesses.every((b) => b.label === undefined)).toBe(true);
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
    ['a file over 50 MB', (_f, text) => text + ' '.repeat(MAX_IMPORT_CHARS + 1 - text.length)],
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
