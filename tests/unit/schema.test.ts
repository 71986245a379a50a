// The schemas in lib/schema: what they accept, what they refuse and how the refusal reads, and (checked
// by tsc) that the types inferred from them are the model's types.
import * as v from 'valibot';
import { describe, expect, expectTypeOf, it } from 'vitest';
import type { AuditRecord, BusinessRecord, DayRecord, EventRecord, TallyRecord, WalkthroughRecord } from '@/lib/background/db/schema';
import type { BusinessFacts, Observation } from '@/lib/model/observation';
import type { Settings } from '@/lib/model/preferences';
import type { WalkthroughStatus } from '@/lib/model/walkthrough-status';
import type { Protocol } from '@/lib/protocol/contract';
import { calendarDay, timestamp } from '@/lib/schema/common';
import { EXPORT_FORMAT, ledgerExportSchema, type LedgerExport } from '@/lib/schema/export-file';
import { MESSAGE_TYPES, PAYLOADS, type Payloads } from '@/lib/schema/messages';
import { businessFactsSchema, observationSchema } from '@/lib/schema/observation';
import { parse, ValidationError } from '@/lib/schema/parse';
import { MAX_KEY_LIST, settingsPatchSchema, settingsSchema } from '@/lib/schema/preferences';
import { DEFAULT_SETTINGS } from '@/lib/storage/preferences';
import { business, chatOpened, DAY, KEY_A, KEY_B, session, T0 } from './ledger-fixtures';

const PHONE = '+4915112345678';

/** The error message parse() throws, or 'accepted'. */
function refusal(schema: v.GenericSchema, input: unknown, root = ''): string {
  try {
    parse(schema, input, root);
    return 'accepted';
  } catch (error) {
    expect(error).toBeInstanceOf(ValidationError);
    return (error as Error).message;
  }
}

describe('parse', () => {
  it('returns a fresh value without the fields it does not know', () => {
    const input = { ...chatOpened('c1', T0, business(KEY_A)), text: 'hello', phone: PHONE };
    const parsed = parse(observationSchema, input);
    expect(parsed).toEqual(chatOpened('c1', T0, business(KEY_A)));
    expect(parsed).not.toBe(input);
  });

  it.each([
    ['no object', PAYLOADS.observe, undefined, 'payload: expected an object'],
    ['a list for an object', PAYLOADS.hello, [], 'payload: expected an object'],
    ['a missing list', PAYLOADS.observe, {}, 'payload.observations: is missing'],
    ['too many items', PAYLOADS.observe, { observations: Array(501).fill(session('s', T0)) }, 'payload.observations: more than 500 items'],
    [
      'an unknown type',
      PAYLOADS.observe,
      { observations: [{ ...session('s', T0), type: 'keylogger' }] },
      'payload.observations[0].type: expected one of',
    ],
    ['a bad id', PAYLOADS.observe, { observations: [session('a b', T0)] }, 'payload.observations[0].id: has the wrong format'],
    [
      'an overlong id',
      PAYLOADS.observe,
      { observations: [session('x'.repeat(129), T0)] },
      'payload.observations[0].id: longer than 128 characters',
    ],
    [
      'a time as text',
      PAYLOADS.observe,
      { observations: [{ ...session('s', T0), at: String(T0) }] },
      'payload.observations[0].at: expected a number',
    ],
    [
      'a fractional time',
      PAYLOADS.observe,
      { observations: [session('s', T0 + 0.5)] },
      'payload.observations[0].at: expected a whole number',
    ],
    [
      'a key that is not a hash',
      PAYLOADS.observe,
      { observations: [chatOpened('c', T0, business('A'.repeat(64)))] },
      'payload.observations[0].business.key: has the wrong format',
    ],
    [
      'an unknown hosting',
      PAYLOADS.observe,
      { observations: [chatOpened('c', T0, business(KEY_A, { hosting: 'cloud' as never }))] },
      'payload.observations[0].business.hosting: expected one of "meta" | "vendor" | "self" | "unknown"',
    ],
    [
      'a value its control lacks',
      PAYLOADS.observe,
      { observations: [{ type: 'privacy-value', id: 'p', at: T0, control: 'groups', value: 'nobody' }] },
      'payload.observations[0].value: not a value of groups',
    ],
    ['a wrong range', PAYLOADS.getSnapshot, { days: 14 }, 'payload.days: expected one of 7 | 30 | 90 | 365'],
    ['too many evidence rows', PAYLOADS.getEvidence, { category: 'presence', limit: 501 }, 'payload.limit: expected at most 500'],
    [
      'a negative step',
      PAYLOADS.guideProgress,
      { walkthroughId: 'hide-about', step: -1, status: 'done' },
      'payload.step: expected at least 0',
    ],
    ['text for a switch', PAYLOADS.setBusinessIgnored, { key: KEY_A, ignored: 'yes' }, 'payload.ignored: expected true or false'],
    ['a path for a walkthrough id', PAYLOADS.openWhatsApp, { walkthroughId: '../../etc' }, 'payload.walkthroughId: has the wrong format'],
    [
      'an unknown walkthrough status',
      PAYLOADS.setWalkthroughStatus,
      { walkthroughId: 'hide-about', status: 'finished' },
      'payload.status: expected one of',
    ],
  ] as const)('refuses %s with the path of the bad field', (_name, schema, input, message) => {
    expect(refusal(schema, input, 'payload')).toContain(message);
  });

  it('never repeats the value that failed (it may be a phone number)', () => {
    const inputs: Array<[v.GenericSchema, unknown]> = [
      [PAYLOADS.dismissNotice, { key: PHONE }],
      [PAYLOADS.setBusinessIgnored, { key: KEY_A, ignored: PHONE }],
      [PAYLOADS.getEvidence, { category: PHONE }],
      [PAYLOADS.observe, { observations: [PHONE] }],
      [PAYLOADS.observe, { observations: [{ ...session('s', T0), type: PHONE }] }],
      [settingsPatchSchema, { ignoredBusinesses: [PHONE] }],
    ];
    for (const [schema, input] of inputs) {
      const message = refusal(schema, input);
      expect(message).not.toBe('accepted');
      expect(message).not.toContain('4915112345678');
    }
  });
});

describe('common pieces', () => {
  it('takes times from 2000 up to a day ahead of this clock', () => {
    expect(refusal(timestamp, Date.now() + DAY - 60_000)).toBe('accepted');
    expect(refusal(timestamp, Date.now() + DAY + 60_000)).toBe('is in the future');
    expect(refusal(timestamp, Date.UTC(1999, 11, 31))).toBe('is before the year 2000');
    expect(refusal(timestamp, Number.POSITIVE_INFINITY)).toBe('expected a whole number');
    expect(refusal(timestamp, Number.NaN)).toBe('expected a number');
  });

  it('takes calendar days that exist', () => {
    expect(refusal(calendarDay, '2024-02-29')).toBe('accepted');
    expect(refusal(calendarDay, '2026-02-29')).toBe('is not a calendar day');
    expect(refusal(calendarDay, '2026-1-5')).toBe('has the wrong format');
  });
});

describe('observations', () => {
  it.each([
    session('s', T0),
    chatOpened('c', T0),
    chatOpened('c', T0, business(KEY_A, { label: 'Shop', adsReferral: true })),
    { type: 'message-sent', id: 'm', at: T0, chat: 'business', message: 'location', business: business(KEY_A) },
    { type: 'business-updated', id: 'b', at: T0, business: business(KEY_A, { verification: 'unknown' }) },
    { type: 'privacy-value', id: 'p', at: T0, control: 'groups', value: 'contacts-except' },
    { type: 'health', id: 'h', at: T0, status: 'degraded', failed: ['chatHeader'] },
  ] satisfies Observation[])('accepts a %s observation', (observation) => {
    expect(parse(observationSchema, observation)).toEqual(observation);
  });

  it('refuses a business-updated without its business and a raw label of any length', () => {
    expect(refusal(observationSchema, { type: 'business-updated', id: 'b', at: T0 })).toBe('business: is missing');
    expect(refusal(businessFactsSchema, business(KEY_A, { label: 'x'.repeat(4_097) }))).toBe('label: longer than 4096 characters');
  });
});

describe('settings', () => {
  it('drops unknown fields from whole settings but refuses them in a patch', () => {
    expect(parse(settingsSchema, { ...DEFAULT_SETTINGS, theme: 'dark' })).toEqual(DEFAULT_SETTINGS);
    expect(refusal(settingsPatchSchema, { theme: 'dark' }, 'p')).toBe('p.theme: is not a setting');
    expect(refusal(settingsPatchSchema, { region: 'eu' }, 'p')).toBe('p.region: expected one of "european-region" | "elsewhere"');
  });

  it('keeps each key once and at most MAX_KEY_LIST of them', () => {
    expect(parse(settingsPatchSchema, { dismissedNotices: [KEY_B, KEY_A, KEY_B] })).toEqual({ dismissedNotices: [KEY_B, KEY_A] });
    expect(refusal(settingsPatchSchema, { ignoredBusinesses: Array(MAX_KEY_LIST + 1).fill(KEY_A) })).toBe(
      `ignoredBusinesses: more than ${MAX_KEY_LIST} items`,
    );
  });
});

describe('export file', () => {
  const schema = ledgerExportSchema({ ruleIds: ['rule-a', 'rule-b'], eventCap: 2 });
  const event = {
    id: 'e1',
    at: T0,
    day: '2026-01-15',
    type: 'session',
    exposures: [{ category: 'device-network', audience: 'whatsapp' }],
    rules: ['rule-a'],
  };
  const file = {
    format: EXPORT_FORMAT,
    exportedAt: T0,
    settings: DEFAULT_SETTINGS,
    tallies: [{ scope: '*', day: '2026-01-15', category: 'device-network', audience: 'whatsapp', count: 1 }],
    days: [{ day: '2026-01-15', events: 1, businessEvents: 0 }],
    events: [event],
    audit: [{ control: 'about', value: 'nobody', observedAt: T0 }],
    businesses: [
      {
        key: KEY_A,
        label: 'Shop',
        verification: 'verified',
        hosting: 'meta',
        adsReferral: false,
        ai: 'meta',
        firstSeen: T0,
        lastSeen: T0,
        interactions: 0,
        ignored: false,
      },
    ],
    walkthroughs: [{ id: 'hide-about', status: 'done', updatedAt: T0 }],
  };

  it('accepts a whole file and cleans business labels like fresh page text', () => {
    expect(parse(schema, file)).toEqual(file);
    const labelled = (label: string) => parse(schema, { ...file, businesses: [{ ...file.businesses[0], label }] }).businesses[0]!.label;
    expect(labelled('Shop\u202e \u0007Name')).toBe('Shop Name');
    expect(labelled('\u200e\u200f')).toBeUndefined();
  });

  it('treats a missing or odd export time as unknown', () => {
    expect(parse(schema, { ...file, exportedAt: 'yesterday' }).exportedAt).toBe(0);
  });

  it.each([
    ['another format', { format: 'metadata-ledger/2' }, 'format: expected "metadata-ledger/1"'],
    ['an event twice', { events: [event, event] }, 'events[1]: appears twice'],
    ['more events than the cap', { events: [event, { ...event, id: 'e2' }, { ...event, id: 'e3' }] }, 'events: more than 2 items'],
    ['an unknown rule', { events: [{ ...event, rules: ['made-up'] }] }, 'events[0].rules[0]: expected one of "rule-a" | "rule-b"'],
    ['an event type that is not logged', { events: [{ ...event, type: 'health' }] }, 'events[0].type: expected one of'],
    ['an impossible day', { days: [{ day: '2026-02-30', events: 1, businessEvents: 0 }] }, 'days[0].day: is not a calendar day'],
    [
      'a tally scope that is neither * nor a key',
      { tallies: [{ ...file.tallies[0], scope: PHONE }] },
      'tallies[0].scope: has the wrong format',
    ],
    ['a negative count', { days: [{ day: '2026-01-15', events: -1, businessEvents: 0 }] }, 'days[0].events: expected at least 0'],
    [
      'an audited value its control lacks',
      { audit: [{ control: 'groups', value: 'nobody', observedAt: T0 }] },
      'audit[0].value: not a value of groups',
    ],
    ['a control audited twice', { audit: [file.audit[0], file.audit[0]] }, 'audit[1]: appears twice'],
    ['settings with a field missing', { settings: { ...DEFAULT_SETTINGS, badge: undefined } }, 'settings.badge'],
  ])('refuses %s', (_name, change, message) => {
    expect(refusal(schema, { ...file, ...change })).toContain(message);
  });
});

describe('types come from the schemas', () => {
  it('the model types equal what the schemas infer', () => {
    expectTypeOf<v.InferOutput<typeof observationSchema>>().toEqualTypeOf<Observation>();
    expectTypeOf<v.InferOutput<typeof businessFactsSchema>>().toEqualTypeOf<BusinessFacts>();
    expectTypeOf<v.InferOutput<typeof settingsSchema>>().toEqualTypeOf<Settings>();
    expectTypeOf<v.InferOutput<typeof settingsPatchSchema>>().toEqualTypeOf<Partial<Settings>>();
    expectTypeOf<Payloads['setWalkthroughStatus']['status']>().toEqualTypeOf<WalkthroughStatus>();
  });

  it('the protocol takes its payloads from the schemas, one per message type', () => {
    expectTypeOf<{ [K in keyof Protocol]: Protocol[K]['payload'] }>().toEqualTypeOf<Payloads>();
    expect([...MESSAGE_TYPES].sort()).toEqual(Object.keys(PAYLOADS).sort());
  });

  it("the export file's rows are the database's rows", () => {
    expectTypeOf<LedgerExport['events'][number]>().toEqualTypeOf<EventRecord>();
    expectTypeOf<LedgerExport['tallies'][number]>().toEqualTypeOf<TallyRecord>();
    expectTypeOf<LedgerExport['days'][number]>().toEqualTypeOf<DayRecord>();
    expectTypeOf<LedgerExport['audit'][number]>().toEqualTypeOf<AuditRecord>();
    expectTypeOf<LedgerExport['businesses'][number]>().toEqualTypeOf<BusinessRecord>();
    expectTypeOf<LedgerExport['walkthroughs'][number]>().toEqualTypeOf<WalkthroughRecord>();
  });
});
