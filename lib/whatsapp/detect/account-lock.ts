// Strict account settings as WhatsApp Web shows them (docs/research/ai-2026.md §9.1–9.2): defense mode locks the
// Privacy list's toggles, and clicking a locked one opens an interstitial. The setting itself is changed only on the
// primary phone, so the page can only tell whether it is on.
import { findFirst } from '../query';

/**
 * True when the interstitial is open (anywhere on `page`) or the Privacy list in `drawers` shows a locked toggle;
 * false when that list shows its toggles and none is locked; null when neither is on screen.
 */
export function detectStrictAccount(drawers: ParentNode, page: ParentNode): boolean | null {
  if (findFirst(page, 'defenseModeModal')) return true;
  const list = findFirst(drawers, 'privacyDrawer');
  if (!list) return null;
  if (findFirst(list, 'privacyLockedSwitch')) return true;
  return findFirst(list, 'switchInput') ? false : null;
}
