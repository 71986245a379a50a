import { beforeEach, describe, expect, it, vi } from 'vitest';
import { getDb } from '@/lib/background/db/connection';
import { ACCOUNT_LOCK_KEY, HEALTH_KEY, type LedgerDb } from '@/lib/background/db/schema';
import { recordObservations } from '@/lib/background/ledger/record';
import { DEFAULT_SETTINGS } from '@/lib/storage/preferences';
import type { Settings } from '@/lib/model/preferences';
import type { Observation } from '@/lib/model/observation';
import type { AudienceId, CategoryId } from '@/lib/model/ids';
import {
  accountLock,
  business,
  chatOpened,
  freshLedger,
  HOUR,
  inChatWithAi,
  KEY_A,
  KEY_B,
  messageSent,
  session,
  T0,
  toMetaAi,
} from './ledger-fixtures';

// Walkthrough rules belong to lib/walkthroughs (a black box here): a stand-in where "hide-last-seen"
// is done when last seen is Nobody and loosened when it changes afterwards; "about" fails, to
// interrupt a batch half-way.
vi.mock('@/lib/walkthroughs/progress', () => ({
  walkthroughsForControl: (control: string) => {
    if (control === 'about') throw new Error('simulated failure inside the transaction');
    return control === 'last-seen' ? ['hide-last-seen'] : [];
  },
  statusAfterAudit: (_id: string, _control: string, value: string, previous: string) =>
    value === 'nobody' ? 'done' : previous === 'done' ? 'loosened' : previous,
}));

const SETTINGS: Settings = { ...DEFAULT_SETTINGS, region: 'elsewhere' };
const record = async (observations: Observation[], settings: Partial<Settings> = {}) =>
  recordObservations(await getDb(), observations, { ...SETTINGS, ...settings });

async function everything(db: LedgerDb) {
  return {
    events: await db.getAll('events'),
    tallies: await db.getAll('tallies'),
    days: await db.getAll('days'),
    businesses: await db.getAll('businesses'),
    audit: await db.getAll('audit'),
    account: await db.getAll('account'),
    walkthroughs: await db.getAll('walkthroughs'),
  };
}

beforeEach(freshLedger);

describe('recording observations', () => {
  it('stores a business chat as an event with its exposures, tallies, day totals and business row', async () => {
    const result = await record([chatOpened('o1', T0, business(KEY_A, { hosting: 'meta' }))]);
    expect(result).toEqual({ stored: ['o1'], added: 1 });
    const db = await getDb();
    const [event] = await db.getAll('events');
    expect(event).toMatchObject({ id: 'o1', type: 'chat-opened', at: T0, day: '2026-01-15', chat: 'business', businessKey: KEY_A });
    expect(event!.exposures).toContainEqual({ category: 'message-content', audience: 'meta' });
    expect(event!.rules).toContain('meta-hosted-content');
    const cells = await db.getAll('tallies');
    // Five exposures, counted for all businesses and for this one.
    expect(cells).toHaveLength(10);
    expect(cells.every((c) => c.count === 1)).toBe(true);
    expect(new Set(cells.map((c) => c.scope))).toEqual(new Set(['*', KEY_A]));
    expect(await db.get('days', '2026-01-15')).toEqual({ day: '2026-01-15', events: 1, businessEvents: 1 });
    expect(await db.get('businesses', KEY_A)).toEqual({
      key: KEY_A,
      verification: 'verified',
      hosting: 'meta',
      adsReferral: false,
      ai: 'none',
      firstSeen: T0,
      lastSeen: T0,
      interactions: 1,
      ignored: false,
    });
  });

  it('counts an observation once, however often it is sent', async () => {
    const o = messageSent('dup', T0, business(KEY_A));
    expect((await record([o, o])).added).toBe(1);
    expect(await record([o])).toEqual({ stored: ['dup'], added: 0 });
    const db = await getDb();
    expect(await db.count('events')).toBe(1);
    expect((await db.get('tallies', ['*', '2026-01-15', 'phone-number', 'business']))?.count).toBe(1);
    expect((await db.get('days', '2026-01-15'))?.events).toBe(1);
    expect((await db.get('businesses', KEY_A))?.interactions).toBe(1);
  });

  it('acknowledges but leaves no trace of interactions that expose nothing', async () => {
    const result = await record([chatOpened('p1', T0), chatOpened('g1', T0, undefined, 'group')]);
    expect(result).toEqual({ stored: ['p1', 'g1'], added: 0 });
    expect(await everything(await getDb())).toEqual({
      events: [],
      tallies: [],
      days: [],
      businesses: [],
      audit: [],
      account: [],
      walkthroughs: [],
    });
  });

  it('logs nothing while paused except detection health', async () => {
    const result = await record(
      [
        session('s1', T0),
        chatOpened('c1', T0, business(KEY_A)),
        { type: 'health', id: 'h1', at: T0, status: 'degraded', failed: ['chatHeader'] },
      ],
      { paused: true },
    );
    expect(result.stored).toEqual(['s1', 'c1', 'h1']);
    const db = await getDb();
    expect(await db.count('events')).toBe(0);
    expect(await db.count('businesses')).toBe(0);
    expect(await db.get('health', HEALTH_KEY)).toEqual({ status: 'degraded', failed: ['chatHeader'], at: T0 });
  });

  it('acknowledges but does not log businesses the user asked to ignore', async () => {
    const result = await record(
      [
        chatOpened('a', T0, business(KEY_A)),
        chatOpened('b', T0, business(KEY_B)),
        { type: 'business-updated', id: 'u', at: T0, business: business(KEY_A, { hosting: 'vendor' }) },
      ],
      { ignoredBusinesses: [KEY_A] },
    );
    expect(result).toEqual({ stored: ['a', 'b', 'u'], added: 1 });
    const db = await getDb();
    expect(await db.getAllKeys('events')).toEqual(['b']);
    expect(await db.getAllKeys('businesses')).toEqual([KEY_B]);
  });

  it('keeps labels only when allowed, cleaned of control characters and cut to 80 characters', async () => {
    const hostile = `\u202eEvil\u0000 Shop\n${'x'.repeat(200)}`;
    await record([chatOpened('l1', T0, business(KEY_A, { label: hostile }))]);
    const db = await getDb();
    expect((await db.get('businesses', KEY_A))?.label).toBeUndefined();
    await record([chatOpened('l2', T0 + 1, business(KEY_A, { label: hostile }))], { labels: true });
    const label = (await db.get('businesses', KEY_A))?.label;
    expect(label).toBe(`Evil Shop ${'x'.repeat(70)}`);
    expect(label).toHaveLength(80);
    // A later observation without a label keeps the one we have.
    await record([chatOpened('l3', T0 + 2, business(KEY_A))], { labels: true });
    expect((await db.get('businesses', KEY_A))?.label).toBe(label);
  });

  it('merges business facts: known beats unknown, an ad referral sticks, first and last seen widen', async () => {
    await record([chatOpened('f1', T0, business(KEY_A, { hosting: 'vendor', verification: 'verified', adsReferral: true }))]);
    await record([
      {
        type: 'business-updated',
        id: 'f2',
        at: T0 + HOUR,
        business: business(KEY_A, { hosting: 'unknown', verification: 'unknown', adsReferral: false }),
      },
      chatOpened('f3', T0 - HOUR, business(KEY_A, { hosting: 'meta', verification: 'unknown' })),
    ]);
    expect(await (await getDb()).get('businesses', KEY_A)).toMatchObject({
      hosting: 'meta',
      verification: 'verified',
      adsReferral: true,
      firstSeen: T0 - HOUR,
      lastSeen: T0 + HOUR,
      interactions: 2,
    });
  });

  it('keeps the latest detection health', async () => {
    await record([{ type: 'health', id: 'h2', at: T0 + 1, status: 'ok', failed: [] }]);
    await record([{ type: 'health', id: 'h1', at: T0, status: 'degraded', failed: ['x'] }]);
    expect(await (await getDb()).get('health', HEALTH_KEY)).toEqual({ status: 'ok', failed: [], at: T0 + 1 });
  });
});

describe('AI (ai-2026.md §2–§5)', () => {
  const DAY1 = '2026-01-15';
  const tally = async (scope: string, category: CategoryId, audience: AudienceId) =>
    (await (await getDb()).get('tallies', [scope, DAY1, category, audience]))?.count;

  it('logs each message to Meta AI, tallied under the meta-ai scope too, and never makes a business of it', async () => {
    // Even with business facts attached (the content script never sends them for this chat), no business row.
    const withFacts: Observation = { ...toMetaAi('m3', T0 + 2, 'document'), business: business(KEY_A) } as Observation;
    const result = await record([toMetaAi('m1', T0, 'text'), toMetaAi('m2', T0 + 1, 'media'), withFacts]);
    expect(result.added).toBe(3);
    const db = await getDb();
    const events = await db.getAll('events');
    expect(events.map((e) => [e.chat, e.message, e.businessKey, e.rules])).toEqual([
      ['meta-ai', 'text', undefined, ['meta-ai-chat']],
      ['meta-ai', 'media', undefined, ['meta-ai-chat']],
      ['meta-ai', 'document', undefined, ['meta-ai-chat']],
    ]);
    expect(await db.count('businesses')).toBe(0);
    expect(await db.get('days', DAY1)).toEqual({ day: DAY1, events: 3, businessEvents: 0 });
    expect(await tally('*', 'ai-conversations', 'meta')).toBe(3);
    expect(await tally('meta-ai', 'ai-conversations', 'meta')).toBe(3);
    expect(new Set((await db.getAll('tallies')).map((t) => t.scope))).toEqual(new Set(['*', 'meta-ai']));
    // Nor does a business on the "don't log" list silence it.
    const ignoredFacts = { ...toMetaAi('m4', T0 + 3), business: business(KEY_B) } as Observation;
    expect((await record([ignoredFacts], { ignoredBusinesses: [KEY_B] })).added).toBe(1);
  });

  it('logs messages where Meta AI can read them, keeps that on the event, and nothing under Private Processing or a mention', async () => {
    const result = await record([
      inChatWithAi('open', T0, 'open'),
      inChatWithAi('pp', T0, 'private-processing'),
      inChatWithAi('mention', T0, 'mention'),
      { type: 'chat-opened', id: 'opened', at: T0, chat: 'group', metaAi: 'open' },
    ]);
    expect(result).toEqual({ stored: ['open', 'pp', 'mention', 'opened'], added: 1 });
    const db = await getDb();
    expect(await db.getAll('events')).toEqual([
      {
        id: 'open',
        at: T0,
        day: DAY1,
        type: 'message-sent',
        chat: 'group',
        message: 'text',
        metaAi: 'open',
        exposures: [{ category: 'message-content', audience: 'meta' }],
        rules: ['meta-ai-reads-chat'],
      },
    ]);
    expect(await tally('*', 'message-content', 'meta')).toBe(1);
    expect(await tally('meta-ai-open', 'message-content', 'meta')).toBe(1);
    expect(await db.count('businesses')).toBe(0);
  });

  it("records a business's AI on its row and what its messages hand to that AI", async () => {
    await record([
      chatOpened('b0', T0, business(KEY_A, { hosting: 'self', ai: 'meta' })),
      messageSent('b1', T0 + 1, business(KEY_A, { hosting: 'self', ai: 'meta' })),
      messageSent('c1', T0 + 2, business(KEY_B, { hosting: 'vendor', ai: 'third-party' })),
    ]);
    const db = await getDb();
    expect((await db.get('businesses', KEY_A))?.ai).toBe('meta');
    expect((await db.get('businesses', KEY_B))?.ai).toBe('third-party');
    expect(await tally('*', 'ai-conversations', 'meta')).toBe(2);
    expect(await tally(KEY_A, 'ai-conversations', 'meta')).toBe(1);
    expect(await tally(KEY_B, 'ai-conversations', 'vendor')).toBe(1);
    // The usual business exposures still apply, and business events are not AI-scoped.
    expect(await tally(KEY_A, 'phone-number', 'business')).toBe(2);
    expect(await tally('meta-ai', 'ai-conversations', 'meta')).toBeUndefined();
  });

  it("merges a business's 2026 facts: an AI seen beats none, switches keep their latest state, a shared number stays shared", async () => {
    const update = (id: string, at: number, facts: Parameters<typeof business>[1]): Observation => ({
      type: 'business-updated',
      id,
      at,
      business: business(KEY_A, facts),
    });
    await record([
      update('u1', T0, { ai: 'meta', dataSharing: 'on', advancedChatPrivacy: 'on', phoneNumberShared: true }),
      update('u2', T0 + 1, { ai: 'none', dataSharing: 'off' }),
    ]);
    expect(await (await getDb()).get('businesses', KEY_A)).toMatchObject({
      ai: 'meta',
      dataSharing: 'off',
      advancedChatPrivacy: 'on',
      phoneNumberShared: true,
    });
    await record([update('u3', T0 + 2, { ai: 'third-party', advancedChatPrivacy: 'off' })]);
    expect(await (await getDb()).get('businesses', KEY_A)).toMatchObject({
      ai: 'third-party',
      advancedChatPrivacy: 'off',
      dataSharing: 'off',
    });
  });

  it('writes no 2026 fact that was never seen', async () => {
    await record([chatOpened('n1', T0, business(KEY_A))]);
    const row = (await (await getDb()).get('businesses', KEY_A))!;
    expect(row.ai).toBe('none');
    expect('advancedChatPrivacy' in row || 'phoneNumberShared' in row || 'dataSharing' in row).toBe(false);
  });
});

describe('strict account settings', () => {
  it('keeps the latest state seen, ignores a stale one, and logs no event', async () => {
    expect(await record([accountLock('k1', T0, true)])).toEqual({ stored: ['k1'], added: 0 });
    const db = await getDb();
    expect(await db.get('account', ACCOUNT_LOCK_KEY)).toEqual({ strict: true, observedAt: T0 });
    await record([accountLock('k0', T0 - 1, false)]);
    expect(await db.get('account', ACCOUNT_LOCK_KEY)).toEqual({ strict: true, observedAt: T0 });
    await record([accountLock('k2', T0 + 1, false)]);
    expect(await db.get('account', ACCOUNT_LOCK_KEY)).toEqual({ strict: false, observedAt: T0 + 1 });
    expect(await db.count('events')).toBe(0);
  });

  it('records nothing while paused', async () => {
    await record([accountLock('k1', T0, true)], { paused: true });
    expect(await (await getDb()).count('account')).toBe(0);
  });
});

describe('privacy values', () => {
  const lastSeen = (id: string, at: number, value: 'everyone' | 'nobody'): Observation => ({
    type: 'privacy-value',
    id,
    at,
    control: 'last-seen',
    value,
  });

  it('audits the latest value and logs an exposure only when the value is news', async () => {
    await record([lastSeen('p1', T0, 'everyone'), lastSeen('p2', T0 + 1, 'everyone')]);
    const db = await getDb();
    expect(await db.get('audit', 'last-seen')).toEqual({ control: 'last-seen', value: 'everyone', observedAt: T0 + 1 });
    expect(await db.getAllKeys('events')).toEqual(['p1']);
    expect((await db.get('tallies', ['*', '2026-01-15', 'presence', 'everyone']))?.count).toBe(1);
    // A stale reading changes nothing.
    await record([lastSeen('p0', T0 - 1, 'nobody')]);
    expect((await db.get('audit', 'last-seen'))?.value).toBe('everyone');
    expect(await db.count('events')).toBe(1);
  });

  it('moves walkthroughs: done when the setting is most private, loosened when it changes back', async () => {
    await record([lastSeen('w1', T0, 'nobody')]);
    const db = await getDb();
    expect(await db.get('walkthroughs', 'hide-last-seen')).toEqual({ id: 'hide-last-seen', status: 'done', updatedAt: T0 });
    await record([lastSeen('w2', T0 + HOUR, 'everyone')]);
    expect(await db.get('walkthroughs', 'hide-last-seen')).toEqual({ id: 'hide-last-seen', status: 'loosened', updatedAt: T0 + HOUR });
  });
});

describe('interrupted writes', () => {
  it('leaves nothing behind when the batch fails half-way', async () => {
    await record([chatOpened('before', T0, business(KEY_A))]);
    const db = await getDb();
    const before = await everything(db);
    await expect(
      record([
        chatOpened('x1', T0, business(KEY_A)),
        messageSent('x2', T0, business(KEY_B), 'location'),
        accountLock('x2b', T0, true),
        { type: 'privacy-value', id: 'x3', at: T0, control: 'about', value: 'everyone' },
      ]),
    ).rejects.toThrow('simulated failure');
    expect(await everything(db)).toEqual(before);
    // The same batch minus the failing part goes through afterwards: nothing half-written blocks it.
    expect((await record([chatOpened('x1', T0, business(KEY_A))])).added).toBe(1);
    expect((await db.get('businesses', KEY_A))?.interactions).toBe(2);
  });
});
