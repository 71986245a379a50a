// Extension storage is for the extension's own pages and background only. Chrome can close storage.local to content
// scripts (TRUSTED_CONTEXTS): then a content script, which runs on a page we do not control, can neither read nor
// plant settings or the guide request. Firefox has no such switch (setAccessLevel exists there for storage.session
// only), so there everything the background reads from storage is checked before use (./preferences.ts,
// ./active-guide.ts) and the salt lives where no content script reaches (./salt.ts). Content scripts get what they
// need by message in both browsers (lib/protocol/contract.ts `hello`).
import { browser } from 'wxt/browser';

type AccessLevel = 'TRUSTED_CONTEXTS' | 'TRUSTED_AND_UNTRUSTED_CONTEXTS';
type RestrictableArea = { setAccessLevel?: (options: { accessLevel: AccessLevel }) => Promise<void> };

/** Closes storage.local to content scripts where the browser can; true when it did. Run at every background start
 *  (Chrome keeps the level, but an update or a reinstall must not leave a window open). */
export async function closeStorageToContentScripts(): Promise<boolean> {
  const local = browser.storage.local as typeof browser.storage.local & RestrictableArea;
  if (typeof local.setAccessLevel !== 'function') return false;
  await local.setAccessLevel({ accessLevel: 'TRUSTED_CONTEXTS' });
  return true;
}
