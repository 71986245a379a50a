import { beforeEach, describe, expect, it } from 'vitest';
import { getDb } from '@/lib/background/db/connection';
import { recentEvidence } from '@/lib/background/ledger/evidence';
import { recordObservations } from '@/lib/background/ledger/record';
import { buildSnapshot } from '@/lib/background/ledger/snapshot';
import { PRIVACY_CONTROL_IDS } from '@/lib/model/privacy-controls';
import { DEFAULT_SETTINGS } from '@/lib/storage/preferences';
import type { Settings } from '@/lib/model/preferences';
import type { Observation } from '@/lib/model/observation';
import {
  accountLock,
  business,
  chatOpened,
  DAY,
  freshLedger,
  HOUR,
  inChatWithAi,
  KEY_A,
  KEY_B,
  KEY_C,
  messageSent,
  session,
  T0,
  toMetaAi,
} from './ledger-fixtures';
import { STRICT_ACCOUNT_CONTROLS } from '@/lib/taxonomy/strict-account';

const SETTINGS: Settings = { ...DEFAULT_SETTINGS, region: 'european-region', labels: true };

async function record(observations: Observation[], settings: Settings = SETTINGS) {
  await recordObservations(await getDb(), observations, settings);
}

async function scenario() {
  await record([
    // Ten days ago: outside a 7-day range, inside 30 days.
    chatOpened('old', T0 - 10 * DAY, business(KEY_B, { hosting: 'vendor', label: 'Bee' })),
    session('s-yesterday', T0 - DAY),
    chatOpened('a1', T0 - DAY, business(KEY_A, { hosting: 'meta', label: 'Ay' })),
    messageSent('a2', T0, business(KEY_A, { hosting: 'meta' }), 'text'),
    messageSent('a3', T0 + HOUR, business(KEY_A, { hosting: 'meta' }), 'location'),
    { type: 'privacy-value', id: 'p1', at: T0, control: 'last-seen', value: 'nobody' },
    { type: 'privacy-value', id: 'p2', at: T0, control: 'profile-photo', value: 'everyone' },
    { type: 'health', id: 'h', at: T0, status: 'degraded', failed: ['chatHeader'] },
  ]);
}

/** What went to AI: today, and ten days ago (outside a 7-day range). */
async function aiScenario() {
  await record([
    toMetaAi('m-old', T0 - 10 * DAY),
    toMetaAi('m1', T0, 'text'),
    toMetaAi('m2', T0 + HOUR, 'media'),
    inChatWithAi('g-open', T0, 'open'),
    inChatWithAi('g-pp', T0, 'private-processing'),
    inChatWithAi('g-mention', T0, 'mention'),
    messageSent('b-meta', T0, business(KEY_A, { hosting: 'self', ai: 'meta', advancedChatPrivacy: 'off', phoneNumberShared: true })),
    chatOpened('b-3p', T0 - 10 * DAY, business(KEY_B, { hosting: 'vendor', ai: 'third-party', adsReferral: true, dataSharing: 'on' })),
    chatOpened('b-none', T0, business(KEY_C, { hosting: 'meta' })),
  ]);
}

beforeEach(freshLedger);

describe('snapshot', () => {
  it('describes an empty ledger', async () => {
    const snapshot = await buildSnapshot(await getDb(), SETTINGS, 7, T0);
    expect(snapshot).toMatchObject({
      generatedAt: T0,
      days: 7,
      businessChats: 0,
      interactions: 0,
      matrix: [],
      today: 0,
      businesses: [],
      walkthroughs: {},
      empty: true,
    });
    expect(snapshot.timeline.map((d) => d.day)).toEqual([
      '2026-01-09',
      '2026-01-10',
      '2026-01-11',
      '2026-01-12',
      '2026-01-13',
      '2026-01-14',
      '2026-01-15',
    ]);
    expect(snapshot.timeline.every((d) => d.total === 0)).toBe(true);
    expect(snapshot.audit.map((a) => a.control)).toEqual(PRIVACY_CONTROL_IDS);
    expect(snapshot.audit.every((a) => a.value === null && !a.mostPrivate)).toBe(true);
    expect(snapshot.health).toEqual({ status: 'unknown', failed: [], at: null });
  });

  it('sums tallies over the range and counts what the popup shows', async () => {
    await scenario();
    const db = await getDb();
    const week = await buildSnapshot(db, SETTINGS, 7, T0 + 2 * HOUR);
    expect(week.empty).toBe(false);
    expect(week.interactions).toBe(5); // session, a1, a2, a3, privacy p2 (p1 exposes nothing)
    expect(week.businessChats).toBe(1);
    expect(week.today).toBe(2);
    const cell = (s: typeof week, category: string, audience: string) =>
      s.matrix.find((c) => c.category === category && c.audience === audience)?.count;
    expect(cell(week, 'phone-number', 'business')).toBe(3);
    expect(cell(week, 'message-content', 'meta')).toBe(3);
    expect(cell(week, 'message-content', 'vendor')).toBeUndefined();
    expect(cell(week, 'location', 'business')).toBe(1);
    expect(cell(week, 'profile', 'everyone')).toBe(1);
    expect(week.matrix.every((c) => c.count > 0)).toBe(true);
    for (const day of week.timeline) expect(day.total).toBe(Object.values(day.byCategory).reduce((a, b) => a + b, 0));
    expect(week.timeline.at(-1)!.byCategory['location']).toBe(1);

    const month = await buildSnapshot(db, SETTINGS, 30, T0 + 2 * HOUR);
    expect(month.businessChats).toBe(2);
    expect(cell(month, 'message-content', 'vendor')).toBe(1);
    expect(month.timeline).toHaveLength(30);
  });

  it('lists businesses with ordinals, labels only when allowed, and the ignore flag', async () => {
    await scenario();
    const db = await getDb();
    const withLabels = await buildSnapshot(db, { ...SETTINGS, ignoredBusinesses: [KEY_B] }, 30, T0);
    expect(withLabels.businesses.map((b) => [b.key, b.ordinal, b.label, b.interactions, b.ignored])).toEqual([
      [KEY_A, 2, 'Ay', 3, false],
      [KEY_B, 1, 'Bee', 1, true],
    ]);
    const withoutLabels = await buildSnapshot(db, { ...SETTINGS, labels: false }, 30, T0);
    expect(withoutLabels.businesses.every((b) => !('label' in b))).toBe(true);
  });

  it("takes the ignore flag from the preference list only, not from an old database's business record", async () => {
    await scenario();
    const db = await getDb();
    await db.put('businesses', { ...(await db.get('businesses', KEY_A))!, ignored: true });
    const snapshot = await buildSnapshot(db, SETTINGS, 30, T0);
    expect(snapshot.businesses.find((b) => b.key === KEY_A)?.ignored).toBe(false);
  });

  it('reports audit, health and walkthrough progress', async () => {
    await scenario();
    await (await getDb()).put('walkthroughs', { id: 'hide-profile-photo', status: 'in-progress', updatedAt: T0 });
    const snapshot = await buildSnapshot(await getDb(), SETTINGS, 7, T0);
    expect(snapshot.audit.find((a) => a.control === 'last-seen')).toEqual({
      control: 'last-seen',
      value: 'nobody',
      observedAt: T0,
      mostPrivate: true,
      lockedByStrict: false,
    });
    expect(snapshot.audit.find((a) => a.control === 'profile-photo')).toMatchObject({ value: 'everyone', mostPrivate: false });
    expect(snapshot.health).toEqual({ status: 'degraded', failed: ['chatHeader'], at: T0 });
    expect(snapshot.walkthroughs['hide-profile-photo']).toEqual({ status: 'in-progress', updatedAt: T0 });
  });

  it('says what went to AI in the range: Meta AI messages, messages Meta AI could read, businesses by AI', async () => {
    await aiScenario();
    const db = await getDb();
    const week = await buildSnapshot(db, SETTINGS, 7, T0 + 2 * HOUR);
    expect(week.ai).toEqual({ metaAiMessages: 2, openChatMessages: 1, businesses: { meta: 1, thirdParty: 0 } });
    const month = await buildSnapshot(db, SETTINGS, 30, T0 + 2 * HOUR);
    expect(month.ai).toEqual({ metaAiMessages: 3, openChatMessages: 1, businesses: { meta: 1, thirdParty: 1 } });
    // The matrix counts the business's AI too: 2 Meta AI messages + 1 to the business.
    expect(week.matrix).toContainEqual({ category: 'ai-conversations', audience: 'meta', count: 3 });
    // The Meta AI chat is no business.
    expect(month.businesses.map((b) => b.key).sort()).toEqual([KEY_A, KEY_B, KEY_C]);
  });

  it("carries each business's AI, advanced chat privacy, data sharing and phone-number share, only when seen", async () => {
    await aiScenario();
    const { businesses } = await buildSnapshot(await getDb(), SETTINGS, 30, T0);
    const row = (key: string) => businesses.find((b) => b.key === key)!;
    expect(row(KEY_A)).toMatchObject({ ai: 'meta', advancedChatPrivacy: 'off', phoneNumberShared: true });
    expect(row(KEY_B)).toMatchObject({ ai: 'third-party', dataSharing: 'on', adsReferral: true });
    expect(row(KEY_C).ai).toBe('none');
    for (const absent of ['advancedChatPrivacy', 'dataSharing', 'phoneNumberShared']) expect(row(KEY_C)).not.toHaveProperty(absent);
  });

  it('marks the controls strict account settings lock while they are on', async () => {
    const db = await getDb();
    expect((await buildSnapshot(db, SETTINGS, 7, T0)).strictAccount).toBeNull();
    await record([accountLock('k1', T0, true), { type: 'privacy-value', id: 'p', at: T0, control: 'last-seen', value: 'contacts' }]);
    const on = await buildSnapshot(db, SETTINGS, 7, T0);
    expect(on.strictAccount).toEqual({ on: true, observedAt: T0 });
    expect(on.audit.filter((a) => a.lockedByStrict).map((a) => a.control)).toEqual(
      PRIVACY_CONTROL_IDS.filter((id) => STRICT_ACCOUNT_CONTROLS.includes(id)),
    );
    expect(on.audit.find((a) => a.control === 'status')?.lockedByStrict).toBe(false);
    // What was read stays what was read: locked is said beside the value, not instead of it.
    expect(on.audit.find((a) => a.control === 'last-seen')).toMatchObject({ value: 'contacts', lockedByStrict: true });
    await record([accountLock('k2', T0 + 1, false)]);
    const off = await buildSnapshot(db, SETTINGS, 7, T0);
    expect(off.strictAccount).toEqual({ on: false, observedAt: T0 + 1 });
    expect(off.audit.some((a) => a.lockedByStrict)).toBe(false);
  });

  it('is built without reading raw events', async () => {
    await scenario();
    await aiScenario();
    await record([accountLock('k', T0, true)]);
    const db = await getDb();
    const before = await buildSnapshot(db, SETTINGS, 30, T0);
    await db.clear('events');
    expect(await buildSnapshot(db, SETTINGS, 30, T0)).toEqual(before);
  });
});

describe('evidence', () => {
  it('lists the latest events behind a category, newest first, with audiences and rule', async () => {
    await scenario();
    const items = await recentEvidence(await getDb(), 'message-content');
    expect(items.map((i) => i.at)).toEqual([T0 + HOUR, T0, T0 - DAY, T0 - 10 * DAY]);
    expect(items[0]).toEqual({
      at: T0 + HOUR,
      event: 'message-sent',
      chat: 'business',
      message: 'location',
      businessOrdinal: 2,
      audiences: ['meta'],
      rule: 'meta-hosted-content',
    });
    expect(items[3]).toMatchObject({ audiences: ['vendor'], rule: 'vendor-hosted-content', businessOrdinal: 1 });
  });

  it('shows a message to Meta AI as such, with no business', async () => {
    await aiScenario();
    const items = await recentEvidence(await getDb(), 'ai-conversations');
    expect(items[0]).toEqual({
      at: T0 + HOUR,
      event: 'message-sent',
      chat: 'meta-ai',
      message: 'media',
      audiences: ['meta'],
      rule: 'meta-ai-chat',
    });
    expect(items.find((i) => i.chat === 'business')).toMatchObject({ audiences: ['meta'], rule: 'business-ai-meta', businessOrdinal: 2 });
  });

  it('respects the limit and finds privacy-setting evidence', async () => {
    await scenario();
    const db = await getDb();
    expect(await recentEvidence(db, 'phone-number', 2)).toHaveLength(2);
    expect(await recentEvidence(db, 'profile')).toContainEqual({
      at: T0,
      event: 'privacy-value',
      audiences: ['everyone'],
      rule: 'profile-photo-everyone',
    });
    expect(await recentEvidence(db, 'transactions')).toEqual([]);
  });
});
