// "Clear everything": every store, the salt (so old business keys can never be linked to new chats),
// the guided walkthrough in progress, and the settings back to their defaults.
import { abortQuietly } from '../db/abort';
import { ALL_STORES, type LedgerDb } from '../db/schema';
import { activeGuideItem } from '../../storage/active-guide';
import { resetSettings } from '../../storage/preferences';
import { resetSalt } from '../../storage/salt';

export async function clearLedger(db: LedgerDb): Promise<void> {
  const tx = db.transaction(ALL_STORES, 'readwrite');
  try {
    await Promise.all(ALL_STORES.map((name) => tx.objectStore(name).clear()));
    await tx.done;
  } catch (error) {
    abortQuietly(tx);
    throw error;
  }
  await resetSalt();
  await activeGuideItem.removeValue();
  await resetSettings();
}
