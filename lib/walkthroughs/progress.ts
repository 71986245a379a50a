// PLACEHOLDER (issue 6 owns this file): how an audited privacy value moves a walkthrough's status.
import type { PrivacyControlId, PrivacyValue } from '../privacy/controls';
import type { WalkthroughStatus } from '../messaging/protocol';

/** Walkthrough ids whose result is checked by this control. */
export function walkthroughsForControl(_control: PrivacyControlId): string[] {
  return [];
}

/** The status a walkthrough takes after the detector read `value` for `control`. */
export function statusAfterAudit(
  _walkthroughId: string,
  _control: PrivacyControlId,
  _value: PrivacyValue,
  previous: WalkthroughStatus,
): WalkthroughStatus {
  return previous;
}
