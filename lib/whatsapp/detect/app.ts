// Which screen WhatsApp Web shows and which view is open (docs/research/whatsapp-dom.md §a.1, §e).
// The URL never changes: views are told apart by the containers present.
import type { ViewId } from '../../model/observation';
import { findFirst, findSubPage } from '../query';

export type AppState = 'unknown' | 'qr' | 'loading' | 'main';

export function detectAppState(root: ParentNode): AppState {
  if (findFirst(root, 'mainScreen')) return 'main';
  if (findFirst(root, 'qrCode')) return 'qr';
  if (findFirst(root, 'loadingScreen')) return 'loading';
  return 'unknown';
}

/** The settings step open in the left drawer, most specific first; null when no settings step is open. */
export function detectSettingsView(root: ParentNode): ViewId | null {
  const sub = findSubPage(root);
  if (sub) return sub.page?.view ?? 'privacy';
  if (findFirst(root, 'privacyDrawer')) return 'privacy';
  if (findFirst(root, 'securityDrawer')) return 'account/security';
  if (findFirst(root, 'requestInfoDrawer')) return 'account/request-info';
  if (findFirst(root, 'accountDrawer')) return 'account';
  if (findFirst(root, 'settingsDrawer')) return 'settings';
  return null;
}

/** Where to look for drawers; the whole root when not given. The content script passes the drawer containers. */
export interface DrawerScopes {
  left?: ParentNode;
  right?: ParentNode;
}

/**
 * The view the user is looking at. A settings step in the left drawer wins over the chat behind it;
 * the contact-info drawer wins over its chat.
 */
export function detectView(root: ParentNode, scopes: DrawerScopes = {}): ViewId {
  if (detectAppState(root) !== 'main') return 'loading';
  const settings = detectSettingsView(scopes.left ?? root);
  if (settings) return settings;
  if (findFirst(scopes.right ?? root, 'contactInfoDrawer')) return 'contact-info';
  if (findFirst(root, 'conversationPanel')) return 'chat';
  return 'main';
}
