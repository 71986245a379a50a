// The user's settings in extension storage (storage.local, key "settings"), versioned so a later
// shape can migrate. Only the background writes them (through updateSettings); extension pages read them or watch
// `settingsItem`. The content script never imports this file (defining the item reads storage, which is closed to
// it in Chrome): it gets the settings from the background in `hello`.
import { storage } from 'wxt/utils/storage';
import { currentTimeZone, regionFromTimeZone } from '../taxonomy/region';
import type { Region } from '../model/ids';
import type { Settings } from '../model/preferences';
import { isRecord } from '../schema/common';
import { defaultSettings, repairSettings } from '../schema/preferences';
import { STORAGE_KEYS } from './keys';

export const DEFAULT_SETTINGS: Settings = Object.freeze(defaultSettings(regionFromTimeZone(currentTimeZone())));

/** The stored shape (v2): a region only when the user chose it. An unchosen one is derived from the
 *  time zone on every load, so a stored copy could only go stale for whoever reads the raw item. */
export type StoredSettings = Omit<Settings, 'region'> & { region?: Region };

/** v1 stored the region derived from the time zone as if it were a choice; v2 keeps only a chosen one. */
function dropDerivedRegion(v1: unknown): unknown {
  if (!isRecord(v1) || v1.regionChosen === true) return v1;
  const { region: _derived, ...rest } = v1;
  return rest;
}

export const settingsItem = storage.defineItem<StoredSettings>(STORAGE_KEYS.settings, {
  fallback: DEFAULT_SETTINGS,
  version: 2,
  migrations: { 2: dropDerivedRegion },
});

function toStored(settings: Settings): StoredSettings {
  if (settings.regionChosen) return settings;
  const { region: _derived, ...rest } = settings;
  return rest;
}

/** Settings as stored, repaired field by field; an unchosen region follows the current time zone. */
export async function loadSettings(): Promise<Settings> {
  const settings = repairSettings(await settingsItem.getValue(), DEFAULT_SETTINGS);
  return {
    ...settings,
    region: settings.regionChosen ? settings.region : regionFromTimeZone(currentTimeZone()),
    ignoredBusinesses: [...settings.ignoredBusinesses],
    dismissedNotices: [...settings.dismissedNotices],
  };
}

let writing: Promise<unknown> = Promise.resolve();

/** Runs settings writes one at a time: a notice dismissed in one tab and a setting changed in the
 *  popup at the same moment must both survive. */
function serialized<T>(write: () => Promise<T>): Promise<T> {
  const next = writing.then(write);
  writing = next.catch(() => undefined);
  return next;
}

export function updateSettings(change: (current: Settings) => Settings): Promise<Settings> {
  return serialized(async () => {
    const updated = change(await loadSettings());
    await settingsItem.setValue(toStored(updated));
    return updated;
  });
}

/** Back to the defaults (part of "clear everything"): nothing of the old settings stays stored. */
export function resetSettings(): Promise<Settings> {
  return serialized(async () => {
    await settingsItem.removeValue();
    return loadSettings();
  });
}
