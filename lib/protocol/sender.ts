// Who may send what. The content script runs on a page we do not control, so it may only report
// (CONTENT_SCRIPT_TYPES); reading the ledger and changing anything is for extension pages only.
// Compare Privacy Badger's KNOWN_CONTENT_SCRIPT_MESSAGES allowlist.
import { browser } from 'wxt/browser';
import { isWhatsAppUrl } from '../model/origin';
import { CONTENT_SCRIPT_TYPES, type MessageType } from './contract';

/** The parts of runtime.MessageSender the checks read. */
export interface Sender {
  id?: string;
  url?: string;
  tab?: unknown;
}

/** Our content script in a WhatsApp Web tab. */
export function isOurContentScript(sender: Sender): boolean {
  return sender.id === browser.runtime.id && sender.tab !== undefined && isWhatsAppUrl(sender.url);
}

/** One of our own pages: the popup (no tab) or the dashboard opened in a tab (our origin). */
export function isOurPage(sender: Sender): boolean {
  if (sender.id !== browser.runtime.id) return false;
  if (sender.url !== undefined) return sender.url.startsWith(browser.runtime.getURL('/'));
  return sender.tab === undefined;
}

export function senderAllowed(type: MessageType, sender: Sender): boolean {
  return (CONTENT_SCRIPT_TYPES as readonly string[]).includes(type) ? isOurContentScript(sender) : isOurPage(sender);
}
