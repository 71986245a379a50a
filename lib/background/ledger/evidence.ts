// Why a category was counted: the most recent events that exposed it, newest first. Reads the `by-at`
// index backwards and stops after a bounded number of events, so a rare category costs no full scan.
import type { LedgerDb } from '../db/schema';
import type { EvidenceItem } from '../../model/snapshot';
import type { CategoryId } from '../../model/ids';
import { ruleById } from '../../taxonomy/rules';
import { businessOrdinals } from './businesses';

export const DEFAULT_EVIDENCE_LIMIT = 50;
/** Most events looked at per request. */
export const EVIDENCE_SCAN = 5_000;

export async function recentEvidence(db: LedgerDb, category: CategoryId, limit: number = DEFAULT_EVIDENCE_LIMIT): Promise<EvidenceItem[]> {
  const ordinals = businessOrdinals(await db.getAll('businesses'));
  const tx = db.transaction('events', 'readonly');
  const items: EvidenceItem[] = [];
  let cursor = await tx.store.index('by-at').openCursor(null, 'prev');
  for (let scanned = 0; cursor && items.length < limit && scanned < EVIDENCE_SCAN; scanned++) {
    const event = cursor.value;
    const audiences = event.exposures.filter((e) => e.category === category).map((e) => e.audience);
    if (audiences.length > 0) {
      const rule = event.rules.find((id) => ruleById(id)?.exposes.some((e) => e.category === category)) ?? event.rules[0] ?? '';
      items.push({
        at: event.at,
        event: event.type,
        ...(event.chat !== undefined && { chat: event.chat }),
        ...(event.message !== undefined && { message: event.message }),
        ...(event.businessKey !== undefined && ordinals.has(event.businessKey) && { businessOrdinal: ordinals.get(event.businessKey) }),
        audiences,
        rule,
      });
    }
    cursor = await cursor.continue();
  }
  await tx.done;
  return items;
}
