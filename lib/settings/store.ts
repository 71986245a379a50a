// PLACEHOLDER (issue 4 owns this file): the settings item in extension storage.
import { storage } from 'wxt/utils/storage';
import type { Settings } from './types';

export const DEFAULT_SETTINGS: Settings = {
  retentionDays: 90,
  paused: false,
  region: 'elsewhere',
  regionChosen: false,
  labels: false,
  inPageNotices: true,
  badge: true,
  ignoredBusinesses: [],
  dismissedNotices: [],
};

export const settingsItem = storage.defineItem<Settings>('local:settings', { fallback: DEFAULT_SETTINGS });

export async function loadSettings(): Promise<Settings> {
  return { ...DEFAULT_SETTINGS, ...(await settingsItem.getValue()) };
}
