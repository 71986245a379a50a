// What content scripts may know of the extension's state, and how they learn that it changed. Extension storage is
// closed to them where the browser allows it (lib/storage/access.ts); they ask `hello` instead, and the background
// tells every WhatsApp Web tab when the salt, the settings or the guided walkthrough changed, so they ask again.
// tabs.query by URL and tabs.sendMessage need no permission beyond our host permission for web.whatsapp.com.
import { browser } from 'wxt/browser';
import { isWhatsAppUrl, WHATSAPP_TABS } from '../model/origin';
import { STATE_CHANGED } from '../protocol/contract';
import { closeStorageToContentScripts } from '../storage/access';
import { STORAGE_KEYS } from '../storage/keys';
import { onSaltChanged } from '../storage/salt';

/** The storage.local keys content scripts are told about (without WXT's "local:" prefix). */
const WATCHED = new Set<string>([STORAGE_KEYS.settings, STORAGE_KEYS.activeGuide].map((key) => key.replace(/^local:/, '')));

/** Tells every WhatsApp Web tab to ask `hello` again. A tab without our content script (still loading) just fails. */
export async function notifyWhatsAppTabs(): Promise<void> {
  const tabs = await browser.tabs.query({ url: WHATSAPP_TABS });
  await Promise.all(
    tabs
      .filter((tab) => tab.id !== undefined && isWhatsAppUrl(tab.url))
      .map((tab) => browser.tabs.sendMessage(tab.id!, STATE_CHANGED).catch(() => undefined)),
  );
}

/** Registers the change listeners (synchronously, as a waking worker must) and closes storage to content scripts. */
export function startContentAccess(report: (error: unknown) => void): void {
  const notify = () => void notifyWhatsAppTabs().catch(report);
  browser.storage.onChanged.addListener((changes, area) => {
    if (area === 'local' && Object.keys(changes).some((key) => WATCHED.has(key))) notify();
  });
  onSaltChanged(notify);
  void closeStorageToContentScripts().catch(report);
}
