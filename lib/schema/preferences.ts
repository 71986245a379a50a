// The user's settings (lib/model/preferences.ts) as a schema, for settings arriving from an extension
// page, an imported file, or storage that may be corrupted or written by an older build.
import * as v from 'valibot';
import { REGIONS, type Region } from '../model/ids';
import { RETENTION_DAYS, type Settings } from '../model/preferences';
import { businessKey, isRecord, listOf, objectOf, type Same } from './common';

/** More keys than anyone plausibly ignores; keeps a hostile or broken sender from bloating storage. */
export const MAX_KEY_LIST = 10_000;

/** Business keys, each kept once. */
const keyList = v.pipe(
  listOf(businessKey, MAX_KEY_LIST),
  v.transform((keys) => [...new Set(keys)]),
);

const FIELDS = {
  retentionDays: v.picklist(RETENTION_DAYS),
  paused: v.boolean(),
  region: v.picklist(REGIONS),
  regionChosen: v.boolean(),
  labels: v.boolean(),
  inPageNotices: v.boolean(),
  badge: v.boolean(),
  ignoredBusinesses: keyList,
  dismissedNotices: keyList,
};

/** A whole settings object; unknown fields are dropped. */
export const settingsSchema = objectOf(FIELDS);

/** A partial update: every given field must be valid, and an unknown one is an error (a typo would be lost silently). */
export const settingsPatchSchema = v.pipe(
  v.custom<Record<string, unknown>>(isRecord, 'expected an object'),
  v.partial(v.strictObject(FIELDS, 'is not a setting')),
);

true satisfies Same<v.InferOutput<typeof settingsSchema>, Settings>;
true satisfies Same<v.InferOutput<typeof settingsPatchSchema>, Partial<Settings>>;

/** The settings of a fresh install, in `region` (derived from the time zone until the user chooses). */
export function defaultSettings(region: Region): Settings {
  return {
    retentionDays: 90,
    paused: false,
    region,
    regionChosen: false,
    labels: false,
    inPageNotices: true,
    badge: true,
    ignoredBusinesses: [],
    dismissedNotices: [],
  };
}

/** Stored settings field by field: a bad or missing field falls back to its default, the rest survive.
 *  Only own fields count: a value reached through a prototype was never stored. */
export function repairSettings(stored: unknown, defaults: Settings): Settings {
  const input = isRecord(stored) ? stored : {};
  const repaired = { ...defaults };
  for (const [key, field] of Object.entries(FIELDS)) {
    if (!Object.hasOwn(input, key)) continue;
    const result = v.safeParse(field, input[key]);
    if (result.success) Object.assign(repaired, { [key]: result.output });
  }
  return repaired;
}
