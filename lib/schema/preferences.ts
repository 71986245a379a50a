// Checks for settings arriving from an extension page, an imported file, or storage that may be
// corrupted or written by an older build.
import { REGIONS } from '../model/ids';
import { arrayOf, boolean, BUSINESS_KEY, type Check, isRecord, object, oneOf, text, ValidationError } from './check';
import { RETENTION_DAYS, type Settings } from '../model/preferences';

/** More keys than anyone plausibly ignores; keeps a hostile or broken sender from bloating storage. */
export const MAX_KEY_LIST = 10_000;

const keyList = arrayOf(text(64, BUSINESS_KEY), MAX_KEY_LIST);

const FIELDS: { [K in keyof Settings]-?: Check<Settings[K]> } = {
  retentionDays: oneOf(RETENTION_DAYS),
  paused: boolean,
  region: oneOf(REGIONS),
  regionChosen: boolean,
  labels: boolean,
  inPageNotices: boolean,
  badge: boolean,
  ignoredBusinesses: (value, path) => [...new Set(keyList(value, path))],
  dismissedNotices: (value, path) => [...new Set(keyList(value, path))],
};

export const parseSettings: Check<Settings> = object(FIELDS);

/** A partial update: every given field must be valid, unknown fields are an error (a typo would be lost silently). */
export const parseSettingsPatch: Check<Partial<Settings>> = (value, path) => {
  if (!isRecord(value)) throw new ValidationError(path, 'expected an object');
  const out: Partial<Record<keyof Settings, unknown>> = {};
  for (const [key, field] of Object.entries(value)) {
    if (!(key in FIELDS)) throw new ValidationError(path ? `${path}.${key}` : key, 'is not a setting');
    out[key as keyof Settings] = FIELDS[key as keyof Settings](field, path ? `${path}.${key}` : key);
  }
  return out as Partial<Settings>;
};

/** Stored settings field by field: a bad or missing field falls back to its default, the rest survive. */
export function repairSettings(stored: unknown, defaults: Settings): Settings {
  const input = isRecord(stored) ? stored : {};
  const out = { ...defaults } as Record<keyof Settings, unknown>;
  for (const key of Object.keys(FIELDS) as Array<keyof Settings>) {
    try {
      if (input[key] !== undefined) out[key] = FIELDS[key](input[key], key);
    } catch {
      // keep the default for this field
    }
  }
  return out as Settings;
}
