// The shape of a walkthrough: opt-out guides are data, checked by tests
// (tests/unit/walkthrough-catalog.test.ts), rendered by components/walkthroughs and followed by lib/guide.
import type { MessageKey } from '../i18n/keys';
import type { PrivacyControlId, PrivacyValue } from '../model/privacy-controls';
import type { AudienceId, CategoryId, Region } from '../model/ids';
import type { SourceId } from '../taxonomy/sources';
import type { SelectorKey } from '../whatsapp/selectors';

export type Platform = 'web' | 'android' | 'iphone';

/** One click on WhatsApp Web. The guide highlights `target` and knows the step is reached when `within` is on the page. */
export interface WebStep {
  /** The element to click (a key of the selector table). */
  readonly target: SelectorKey;
  /** For a radio choice: the option to pick (the guide finds it with findOption(control, option)). */
  readonly option?: PrivacyValue;
  /** The container that shows the user has reached this step, even if the target itself is missing. */
  readonly within: SelectorKey;
  readonly text: MessageKey;
}

/** Written steps on the phone apps, one whole sentence per step. */
export interface PhoneSteps {
  readonly android: readonly MessageKey[];
  readonly iphone: readonly MessageKey[];
}

export interface WhyItMatters {
  readonly text: MessageKey;
  /** Metadata categories this opt-out reduces (lib/taxonomy/ids.ts). */
  readonly categories: readonly CategoryId[];
  /** Who it stops seeing them. */
  readonly audiences: readonly AudienceId[];
}

/** The privacy value that marks a walkthrough done: `recommended` or anything stricter (controls.ts order). */
export interface ControlCheck {
  readonly control: PrivacyControlId;
  readonly recommended: PrivacyValue;
  /** Whole sentence naming the recommended setting. */
  readonly text: MessageKey;
}

/** Where a walkthrough's path and reasons come from. */
export interface Sources {
  /** For developers, never shown: the research notes it rests on, e.g. 'what-whatsapp-shares.md §4'. */
  readonly research: string;
  /** Shown to the user: the public primary sources (lib/taxonomy/sources.ts). */
  readonly links: readonly [SourceId, ...SourceId[]];
}

interface Base {
  readonly id: string;
  readonly title: MessageKey;
  readonly whyItMatters: WhyItMatters;
  /** Where the difference between the European Region and elsewhere matters. */
  readonly regionNotes?: Partial<Record<Region, MessageKey>>;
  /** Caveats, e.g. a control shown only on some accounts. */
  readonly notes?: readonly MessageKey[];
  readonly source: Sources;
}

/** Guided on WhatsApp Web (phone steps too where the control also exists there). */
export interface WebWalkthrough extends Base {
  readonly kind: 'web';
  readonly webSteps: readonly [WebStep, ...WebStep[]];
  readonly phoneSteps?: PhoneSteps;
  readonly check?: ControlCheck;
  readonly availableOn: readonly Platform[];
  /** Higher = more valuable; picks the popup's "most valuable not yet done". */
  readonly value: number;
}

/** Only on the phone (or in Meta's apps): written steps, marked done by hand. */
export interface PhoneWalkthrough extends Base {
  readonly kind: 'phone';
  readonly phoneSteps: PhoneSteps;
  readonly availableOn: readonly Platform[];
  readonly value: number;
}

/** Not actionable: explains history or regional differences. */
export interface BackgroundNote extends Base {
  readonly kind: 'background';
  readonly explanation: readonly [MessageKey, ...MessageKey[]];
}

export type Walkthrough = WebWalkthrough | PhoneWalkthrough | BackgroundNote;
export type ActionableWalkthrough = WebWalkthrough | PhoneWalkthrough;
