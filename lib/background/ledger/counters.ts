// Everything the dashboard counts is a counter derived from events: tally cells (per day, category,
// audience; for all events, per business and per AI scope; per month once rolled up, ./rollup.ts), day
// totals, and a business's interactions. One function says what an event adds; recording and importing
// both go through it, so they cannot disagree.
import type { IDBPTransaction } from 'idb';
import { SCOPE_ALL, type EventRecord, type LedgerSchema, type LedgerStore, type MonthTallyKey, type TallyKey } from '../db/schema';
import { aiScopeOf, type AudienceId, type CategoryId } from '../../model/ids';

/**
 * Counter key → amount. Keys: `t|scope|day|category|audience`, `m|scope|month|category|audience`,
 * `d|day|events|businessEvents`, `b|key`.
 */
export type Counters = Map<string, number>;

type DayField = 'events' | 'businessEvents';

export const tallyCounter = (scope: string, day: string, category: CategoryId, audience: AudienceId) =>
  `t|${scope}|${day}|${category}|${audience}`;
export const monthTallyCounter = (scope: string, month: string, category: CategoryId, audience: AudienceId) =>
  `m|${scope}|${month}|${category}|${audience}`;
export const dayCounter = (day: string, field: DayField) => `d|${day}|${field}`;
export const businessCounter = (key: string) => `b|${key}`;

export function add(counters: Counters, key: string, amount: number): void {
  counters.set(key, (counters.get(key) ?? 0) + amount);
}

/** YYYY-MM of a YYYY-MM-DD day. */
export const monthOf = (day: string) => day.slice(0, 7);

/** The tally counter of one cell on `day`: its month's when days before `rolledBefore` are rolled up. */
export function tallyCounterOn(scope: string, day: string, category: CategoryId, audience: AudienceId, rolledBefore?: string): string {
  return rolledBefore !== undefined && day < rolledBefore
    ? monthTallyCounter(scope, monthOf(day), category, audience)
    : tallyCounter(scope, day, category, audience);
}

/** What one event adds to the counters; `rolledBefore`: the first day whose tallies are still daily (./rollup.ts). */
export function addEvent(counters: Counters, event: EventRecord, rolledBefore?: string): void {
  add(counters, dayCounter(event.day, 'events'), 1);
  if (event.chat === 'business') add(counters, dayCounter(event.day, 'businessEvents'), 1);
  if (event.businessKey) add(counters, businessCounter(event.businessKey), 1);
  const scopes = [SCOPE_ALL, event.businessKey, aiScopeOf(event)].filter((scope) => scope !== undefined);
  for (const { category, audience } of event.exposures) {
    for (const scope of scopes) add(counters, tallyCounterOn(scope, event.day, category, audience, rolledBefore), 1);
  }
}

type Decoded =
  | { kind: 'tally'; key: TallyKey }
  | { kind: 'month'; key: MonthTallyKey }
  | { kind: 'day'; day: string; field: DayField }
  | { kind: 'business'; key: string };

function decode(counter: string): Decoded {
  const parts = counter.split('|');
  if (parts[0] === 't') return { kind: 'tally', key: parts.slice(1) as TallyKey };
  if (parts[0] === 'm') return { kind: 'month', key: parts.slice(1) as MonthTallyKey };
  if (parts[0] === 'd') return { kind: 'day', day: parts[1]!, field: parts[2] as DayField };
  return { kind: 'business', key: parts[1]! };
}

export type CounterTx = IDBPTransaction<LedgerSchema, LedgerStore[], 'readwrite'>;

/** The stored value of one counter (0 when absent). */
export async function readCounter(tx: CounterTx, counter: string): Promise<number> {
  const c = decode(counter);
  if (c.kind === 'tally') return (await tx.objectStore('tallies').get(c.key))?.count ?? 0;
  if (c.kind === 'month') return (await tx.objectStore('months').get(c.key))?.count ?? 0;
  if (c.kind === 'day') return (await tx.objectStore('days').get(c.day))?.[c.field] ?? 0;
  return (await tx.objectStore('businesses').get(c.key))?.interactions ?? 0;
}

/** Sets one counter. A business counter needs its business row to exist already. */
export async function writeCounter(tx: CounterTx, counter: string, value: number): Promise<void> {
  const c = decode(counter);
  if (c.kind === 'tally') {
    const [scope, day, category, audience] = c.key;
    await tx.objectStore('tallies').put({ scope, day, category, audience, count: value });
  } else if (c.kind === 'month') {
    const [scope, month, category, audience] = c.key;
    await tx.objectStore('months').put({ scope, month, category, audience, count: value });
  } else if (c.kind === 'day') {
    const days = tx.objectStore('days');
    const row = (await days.get(c.day)) ?? { day: c.day, events: 0, businessEvents: 0 };
    await days.put({ ...row, [c.field]: value });
  } else {
    const businesses = tx.objectStore('businesses');
    const row = await businesses.get(c.key);
    if (row) await businesses.put({ ...row, interactions: value });
  }
}

/** Adds `counters` to what is stored, inside the caller's transaction. */
export async function applyCounters(tx: CounterTx, counters: Counters): Promise<void> {
  for (const [counter, amount] of counters) {
    if (amount !== 0) await writeCounter(tx, counter, (await readCounter(tx, counter)) + amount);
  }
}
