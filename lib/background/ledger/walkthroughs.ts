// Walkthrough progress: set from the pages, advanced by the guide on WhatsApp Web. (Audited privacy
// values move it too, inside the observation batch: ./record.ts.)
import type { LedgerDb } from '../db/schema';
import { activeGuideItem } from '../../storage/active-guide';
import type { Protocol } from '../../protocol/contract';
import type { WalkthroughStatus } from '../../model/walkthrough-status';

export async function setWalkthroughStatus(db: LedgerDb, id: string, status: WalkthroughStatus, at: number): Promise<void> {
  await db.put('walkthroughs', { id, status, updatedAt: at });
}

/** The guide overlay reported progress for the walkthrough it runs. */
export async function applyGuideProgress(db: LedgerDb, progress: Protocol['guideProgress']['payload'], at: number): Promise<void> {
  const { walkthroughId, status } = progress;
  if (status === 'active') {
    const tx = db.transaction('walkthroughs', 'readwrite');
    const current = await tx.store.get(walkthroughId);
    // Re-running a finished walkthrough to look again does not undo it.
    if (current?.status !== 'done' && current?.status !== 'in-progress') {
      await tx.store.put({ id: walkthroughId, status: 'in-progress', updatedAt: at });
    }
    await tx.done;
  } else if (status === 'done') {
    await setWalkthroughStatus(db, walkthroughId, 'done', at);
    await endGuide(walkthroughId);
  } else if (status === 'cancelled') {
    await endGuide(walkthroughId);
  }
  // 'target-missing': the overlay tells the user itself; the status stays as it is.
}

async function endGuide(walkthroughId: string): Promise<void> {
  if ((await activeGuideItem.getValue())?.walkthroughId === walkthroughId) await activeGuideItem.setValue(null);
}
