// The user's settings in extension storage (storage.local, key "settings"), versioned so a later
// shape can migrate. Only the background writes them (through updateSettings); pages and the content
// script read them or watch `settingsItem`.
import { storage } from 'wxt/utils/storage';
import { currentTimeZone, regionFromTimeZone } from '../taxonomy/region';
import type { Settings } from '../model/preferences';
import { repairSettings } from '../schema/preferences';

export const DEFAULT_SETTINGS: Settings = Object.freeze({
  retentionDays: 90,
  paused: false,
  region: regionFromTimeZone(currentTimeZone()),
  regionChosen: false,
  labels: false,
  inPageNotices: true,
  badge: true,
  ignoredBusinesses: [],
  dismissedNotices: [],
});

export const settingsItem = storage.defineItem<Settings>('local:settings', { fallback: DEFAULT_SETTINGS, version: 1 });

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
    await settingsItem.setValue(updated);
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
