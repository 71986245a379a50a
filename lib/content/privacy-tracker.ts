// The privacy values the open settings step shows: each reported once, then only when it changes.
// Source: docs/research/whatsapp-dom.md §d (settings drawers).
import type { PrivacyControlId, PrivacyValue } from '../model/privacy-controls';
import { detectPrivacyValues } from '../whatsapp/detect/privacy';
import type { ObservationSink } from './sink';

export class PrivacyTracker {
  private readonly values = new Map<PrivacyControlId, PrivacyValue>();

  constructor(private readonly sink: ObservationSink) {}

  /** Reads the settings step in `left` (the left drawer's scope). */
  update(left: ParentNode): void {
    for (const { control, value } of detectPrivacyValues(left)) {
      if (this.values.get(control) === value) continue;
      this.values.set(control, value);
      this.sink.emit({ type: 'privacy-value', id: this.sink.newId('privacy'), at: this.sink.now(), control, value });
    }
  }
}
