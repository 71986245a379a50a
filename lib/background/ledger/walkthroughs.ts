// Walkthrough progress: set from the pages, advanced by the guide on WhatsApp Web. (Audited privacy
// values move it too, inside the observation batch: ./record.ts.)
import type { LedgerDb } from '../db/schema';
import { activeGuideItem, loadActiveGuide, type ActiveGuide } from '../../storage/active-guide';
import type { Protocol } from '../../protocol/contract';
import { RequestError } from '../../protocol/dispatch';
import type { WalkthroughStatus } from '../../model/walkthrough-status';
import { isWebWalkthrough, walkthroughById } from '../../walkthroughs/index';

export async function setWalkthroughStatus(db: LedgerDb, id: string, status: WalkthroughStatus, at: number): Promise<void> {
  await db.put('walkthroughs', { id, status, updatedAt: at });
}

/** The guide the user asked for, or null: none, or one of a walkthrough that cannot be guided on the Web. */
export async function activeWebGuide(): Promise<ActiveGuide | null> {
  const active = await loadActiveGuide();
  return active && isWebWalkthrough(walkthroughById(active.walkthroughId)) ? active : null;
}

/**
 * The guide overlay reported progress. Only the guide the user started may report, only for a walkthrough guided on
 * the Web, and only for one of its steps: a content script can neither finish a phone-only walkthrough nor leave
 * rows for ids that do not exist. Anything else is refused and stores nothing.
 */
export async function applyGuideProgress(db: LedgerDb, progress: Protocol['guideProgress']['payload'], at: number): Promise<void> {
  const { walkthroughId, step, status } = progress;
  const active = await activeWebGuide();
  if (active?.walkthroughId !== walkthroughId) throw new RequestError('bad-request', `no guide for ${walkthroughId} is running`);
  const walkthrough = walkthroughById(walkthroughId);
  if (!isWebWalkthrough(walkthrough) || step >= walkthrough.webSteps.length) {
    throw new RequestError('bad-request', `${walkthroughId} has no step ${step} on the Web`);
  }
  if (status === 'active') {
    const tx = db.transaction('walkthroughs', 'readwrite');
    const current = await tx.store.get(walkthroughId);
    // Re-running a finished walkthrough to look again does not undo it.
    if (current?.status !== 'done' && current?.status !== 'in-progress') {
      await tx.store.put({ id: walkthroughId, status: 'in-progress', updatedAt: at });
    }
    await tx.done;
    await setPosition(active, { step, status });
  } else if (status === 'target-missing') {
    // The overlay tells the user itself; the status stays as it is.
    await setPosition(active, { step, status });
  } else {
    if (status === 'done') await setWalkthroughStatus(db, walkthroughId, 'done', at);
    await endGuide(walkthroughId);
  }
}

/** Remembers where the guide is, for the extension's pages; only while the same guide is still the active one. */
async function setPosition(active: ActiveGuide, position: NonNullable<ActiveGuide['position']>): Promise<void> {
  const now = await activeWebGuide();
  if (now?.walkthroughId !== active.walkthroughId || now.startedAt !== active.startedAt) return;
  await activeGuideItem.setValue({ ...now, position });
}

async function endGuide(walkthroughId: string): Promise<void> {
  if ((await activeWebGuide())?.walkthroughId === walkthroughId) await activeGuideItem.setValue(null);
}
