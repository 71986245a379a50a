// Requests a single component makes for itself, outside the page's snapshot store (./store.ts): the
// answer, or the failure, belongs to that component (an evidence list, a walkthrough's error line),
// not to the page's notice. Failures are thrown.
import { send } from '@/lib/protocol/client';
import type { CategoryId } from '@/lib/model/ids';
import type { EvidenceItem } from '@/lib/model/snapshot';
import type { WalkthroughStatus } from '@/lib/model/walkthrough-status';

/** Most evidence items one "why?" lists. */
export const EVIDENCE_LIMIT = 20;

/** The latest interactions that exposed `category`, newest first. */
export function loadEvidence(category: CategoryId): Promise<EvidenceItem[]> {
  return send('getEvidence', { category, limit: EVIDENCE_LIMIT });
}

/** Stores a walkthrough's status as the user set it (done, or not done after all). */
export async function setWalkthroughStatus(walkthroughId: string, status: WalkthroughStatus): Promise<void> {
  await send('setWalkthroughStatus', { walkthroughId, status });
}
