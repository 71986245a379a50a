// The privacy values the open settings step shows, and whether strict account settings lock them: each reported once,
// then only when it changes.
// Sources: docs/research/whatsapp-dom.md §d (settings drawers), ai-2026.md §9.2 (strict account settings).
import type { PrivacyControlId, PrivacyValue } from '../model/privacy-controls';
import { detectStrictAccount } from '../whatsapp/detect/account-lock';
import { detectPrivacyValues } from '../whatsapp/detect/privacy';
import type { ObservationSink } from './sink';

export class PrivacyTracker {
  private readonly values = new Map<PrivacyControlId, PrivacyValue>();
  private strict: boolean | null = null;

  constructor(private readonly sink: ObservationSink) {}

  /** Reads the settings step in `left` (the left drawer's scope); the strict-mode interstitial may open anywhere on its page. */
  update(left: ParentNode): void {
    for (const { control, value } of detectPrivacyValues(left)) {
      if (this.values.get(control) === value) continue;
      this.values.set(control, value);
      this.sink.emit({ type: 'privacy-value', id: this.sink.newId('privacy'), at: this.sink.now(), control, value });
    }
    const page = (left as Node).ownerDocument ?? left;
    const strict = detectStrictAccount(left, page);
    if (strict === null || strict === this.strict) return;
    this.strict = strict;
    this.sink.emit({ type: 'account-lock', id: this.sink.newId('account-lock'), at: this.sink.now(), strict });
  }
}
