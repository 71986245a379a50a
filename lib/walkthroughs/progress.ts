// How an audited privacy value moves a walkthrough's status. Pure; the ledger (background) calls it for every
// privacy value the content script reads, and the guide uses meetsRecommendation to confirm a step on the page.
import { privacyControl, type PrivacyControlId, type PrivacyValue } from '../model/privacy-controls';
import type { WalkthroughStatus } from '../model/walkthrough-status';
import { WALKTHROUGHS, walkthroughById } from './index';

/** True when `value` is `recommended` or stricter, by the control's order (controls.ts lists values least private first). */
export function meetsRecommendation(control: PrivacyControlId, value: PrivacyValue, recommended: PrivacyValue): boolean {
  const values: readonly PrivacyValue[] = privacyControl(control).values;
  const at = values.indexOf(value);
  const wanted = values.indexOf(recommended);
  return at !== -1 && wanted !== -1 && at >= wanted;
}

/** Walkthrough ids whose result is checked by this control. */
export function walkthroughsForControl(control: PrivacyControlId): string[] {
  return WALKTHROUGHS.filter((w) => w.kind === 'web' && w.check?.control === control).map((w) => w.id);
}

/** The status a walkthrough takes after the detector read `value` for `control`. */
export function statusAfterAudit(
  walkthroughId: string,
  control: PrivacyControlId,
  value: PrivacyValue,
  previous: WalkthroughStatus,
): WalkthroughStatus {
  const walkthrough = walkthroughById(walkthroughId);
  const check = walkthrough?.kind === 'web' ? walkthrough.check : undefined;
  if (!check || check.control !== control) return previous;
  if (meetsRecommendation(control, value, check.recommended)) return 'done';
  // Once done, a looser value means the user (or WhatsApp) changed it back; before that, nothing was achieved yet.
  return previous === 'done' || previous === 'loosened' ? 'loosened' : previous;
}
