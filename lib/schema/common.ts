// The pieces the schemas share: ids, keys, times, days, bounded text and lists. Each pattern and
// limit is written once here; the messages, observation, preference and export-file schemas build on them.
import * as v from 'valibot';
import { privacyControl, type PrivacyControlId, type PrivacyValue } from '../model/privacy-controls';

/** True when A and B admit the same values: pins a model type to the schema that checks it. */
export type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** An object with these fields, unknown fields dropped. Unlike plain v.object, a list is not an object. */
export function objectOf<const E extends v.ObjectEntries>(entries: E) {
  return v.pipe(v.custom<Record<string, unknown>>(isRecord, 'expected an object'), v.object(entries));
}

/** A list of at most `maxItems` items. */
export function listOf<const S extends v.GenericSchema>(item: S, maxItems: number) {
  return v.pipe(v.array(item), v.maxLength(maxItems));
}

/** Text of at most `maxLength` characters. */
export function boundedText(maxLength: number) {
  return v.pipe(v.string(), v.maxLength(maxLength));
}

/** A whole number from `min` to `max`. */
export function wholeNumber(min: number, max: number) {
  return v.pipe(v.number(), v.safeInteger(), v.minValue(min), v.maxValue(max));
}

/** Salted SHA-256 hex of a chat id (computed in the content script); never the chat id itself. */
export const businessKey = v.pipe(v.string(), v.regex(/^[0-9a-f]{64}$/));

/** The per-install salt for business keys: 32 random bytes as lowercase hex (lib/storage/salt.ts). Anything else,
 *  e.g. a damaged or planted value, would make keys that can be computed from a phone number, so it is never used. */
export const salt = v.pipe(v.string(), v.regex(/^[0-9a-f]{64}$/));

/** Unique per observation and stable across retries: 1–128 characters of [A-Za-z0-9_.:-]. */
export const observationId = v.pipe(boundedText(128), v.regex(/^[A-Za-z0-9_.:-]+$/));

export const walkthroughId = v.pipe(boundedText(64), v.regex(/^[a-z0-9][a-z0-9-]*$/));

const YEAR_2000 = 946_684_800_000;
const ONE_DAY = 86_400_000;

/** Epoch milliseconds after 2000 and not more than a day ahead of this device's clock. */
export const timestamp = v.pipe(
  v.number(),
  v.safeInteger(),
  v.minValue(YEAR_2000, 'is before the year 2000'),
  v.check((at) => at <= Date.now() + ONE_DAY, 'is in the future'),
);

function isCalendarDay(day: string): boolean {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

/** A local calendar day, YYYY-MM-DD, that exists. */
export const calendarDay = v.pipe(v.string(), v.regex(/^\d{4}-\d{2}-\d{2}$/), v.check(isCalendarDay, 'is not a calendar day'));

/**
 * A privacy reading's value must be one its control offers (groups has no "nobody"); the issue points
 * at `value`. Objects without a `control` (other observation types) pass.
 */
export function valueOfItsControl<T extends object>() {
  return v.rawCheck<T>(({ dataset, addIssue }) => {
    if (!dataset.typed) return;
    const { control, value }: { control?: PrivacyControlId; value?: PrivacyValue } = dataset.value;
    if (control === undefined || value === undefined || privacyControl(control).values.includes(value)) return;
    addIssue({
      message: `not a value of ${control}`,
      path: [{ type: 'unknown', origin: 'value', input: dataset.value, key: 'value', value }],
    });
  });
}
