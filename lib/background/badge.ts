// The toolbar badge: today's business-chat events, or nothing when the user turned it off.
// Chrome MV3 has `action`; Firefox's MV2 build has `browserAction`.
import { browser } from 'wxt/browser';
import type { LedgerDb } from './db/schema';
import { businessEventsToday } from './ledger/snapshot';
import type { Settings } from '../model/preferences';

export function badgeText(count: number): string {
  if (count <= 0) return '';
  return count > 999 ? '999+' : String(count);
}

export async function updateBadge(db: LedgerDb, settings: Settings, now: number): Promise<void> {
  const action = browser.action ?? browser.browserAction;
  const count = settings.badge ? await businessEventsToday(db, now) : 0;
  await action.setBadgeText({ text: badgeText(count) });
}
