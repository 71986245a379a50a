// Businesses follow their events (docs/data.md, "How long"): once none of a business's events is left —
// retention or the event cap took them — the business goes too, with its own tallies; the all-business
// totals keep their counts. And at most BUSINESS_CAP businesses: past it, the least recently seen go
// first, with their events. Without this, every business ever seen (or made up by a page) stays forever.
import type { LedgerDb } from '../db/schema';
import type { Settings } from '../../model/preferences';
import { forgetBusiness } from './businesses';

/** The most businesses kept. */
export const BUSINESS_CAP = 5_000;
const DAY_MS = 86_400_000;

/** Before this time no event is left: the oldest event's time, or with none, the retention cut-off. */
async function eventsStart(db: LedgerDb, settings: Settings, now: number): Promise<number> {
  const oldest = await db.transaction('events').store.index('by-at').openKeyCursor();
  if (oldest) return oldest.key;
  return settings.retentionDays === 0 ? -Infinity : now - settings.retentionDays * DAY_MS;
}

/** Drops businesses last seen before any event left, then the least recently seen beyond `cap`. Returns how many remain. */
export async function pruneBusinesses(db: LedgerDb, settings: Settings, now: number, cap: number = BUSINESS_CAP): Promise<number> {
  // A business's events all happened by its lastSeen, so one last seen before the oldest event has none left.
  const start = await eventsStart(db, settings, now);
  const stale = start === -Infinity ? [] : await db.getAllKeysFromIndex('businesses', 'by-last-seen', IDBKeyRange.upperBound(start, true));
  for (const key of stale) await forgetBusiness(db, key);
  const count = await db.count('businesses');
  if (count <= cap) return count;
  const beyond = await db.getAllKeysFromIndex('businesses', 'by-last-seen', null, count - cap);
  for (const key of beyond) await forgetBusiness(db, key);
  return count - beyond.length;
}
