// What the user can do about one business: forget it, and the label rule (a display name is kept only
// while labels are on). Not logging it is a preference (settings.ignoredBusinesses), read where events
// are recorded (./record.ts) and where rows are shown (./snapshot.ts).
import { abortQuietly } from '../db/abort';
import { type BusinessRecord, type LedgerDb } from '../db/schema';

/** The business facts added in 2026 (docs/research/ai-2026.md §5, §6, §8), as a row and an observation carry them. */
export type LaterBusinessFacts = Pick<BusinessRecord, 'ai' | 'dataSharing' | 'phoneNumberShared' | 'advancedChatPrivacy'>;

/**
 * Merges those facts from two sightings of one business, `newer` being the later: what was seen wins
 * over 'none' or absent (which only say nothing was seen); switches keep their latest state; a phone
 * number, once shared, stays shared.
 */
export function mergeLaterFacts(newer: LaterBusinessFacts, older: LaterBusinessFacts | undefined): LaterBusinessFacts {
  const dataSharing = newer.dataSharing ?? older?.dataSharing;
  const advancedChatPrivacy = newer.advancedChatPrivacy ?? older?.advancedChatPrivacy;
  return {
    ai: newer.ai !== 'none' ? newer.ai : (older?.ai ?? 'none'),
    ...(dataSharing && { dataSharing }),
    ...((newer.phoneNumberShared || older?.phoneNumberShared) && { phoneNumberShared: true }),
    ...(advancedChatPrivacy && { advancedChatPrivacy }),
  };
}

/** "Business 1, 2…": 1-based, in the order businesses were first seen. */
export function businessOrdinals(rows: BusinessRecord[]): Map<string, number> {
  const sorted = [...rows].sort((a, b) => a.firstSeen - b.firstSeen || (a.key < b.key ? -1 : 1));
  return new Map(sorted.map((row, i) => [row.key, i + 1]));
}

/**
 * Removes a business's row, its events and its own tallies. The all-business tallies keep their
 * counts: they are anonymous totals, kept until the user clears everything.
 */
export async function forgetBusiness(db: LedgerDb, key: string): Promise<void> {
  const tx = db.transaction(['businesses', 'events', 'tallies', 'months'], 'readwrite');
  try {
    await tx.objectStore('businesses').delete(key);
    let cursor = await tx.objectStore('events').index('by-business').openCursor(IDBKeyRange.only(key));
    while (cursor) {
      await cursor.delete();
      cursor = await cursor.continue();
    }
    await tx.objectStore('tallies').delete(IDBKeyRange.bound([key], [key, '\uffff']));
    await tx.objectStore('months').delete(IDBKeyRange.bound([key], [key, '\uffff']));
    await tx.done;
  } catch (error) {
    abortQuietly(tx);
    throw error;
  }
}

/** Labels were turned off: no display name stays at rest. */
export async function dropLabels(db: LedgerDb): Promise<void> {
  const tx = db.transaction('businesses', 'readwrite');
  let cursor = await tx.store.openCursor();
  while (cursor) {
    if (cursor.value.label !== undefined) {
      const { label: _label, ...rest } = cursor.value;
      await cursor.update(rest);
    }
    cursor = await cursor.continue();
  }
  await tx.done;
}
