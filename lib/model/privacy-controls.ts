// The privacy controls WhatsApp Web shows, as data. Detection reads them, the ledger audits them,
// walkthroughs guide to them and the dashboard scores them: this table is the one list all four share.
// Only what a control IS lives here; where it sits on WhatsApp Web (its item, sub-page, option testids and order) is
// its row in lib/whatsapp/selectors.ts, keyed and typed by these ids and values (model imports nothing from lib).
// Sources: docs/research/whatsapp-dom.md §d.3–d.6 (drawers, testids, value strings),
// docs/research/what-whatsapp-shares.md §4 (what each control does, where it exists).

export const PRIVACY_VALUES = [
  'everyone',
  'contacts',
  'contacts-except',
  'nobody',
  'same-as-last-seen',
  'only-share-with',
  'on',
  'off',
  'timer-24h',
  'timer-7d',
  'timer-90d',
] as const;
export type PrivacyValue = (typeof PRIVACY_VALUES)[number];

export interface PrivacyControl {
  /** Stable id used in storage, exports, walkthroughs and tests. */
  readonly id: string;
  /** Values this control can take, least private first. */
  readonly values: readonly PrivacyValue[];
  /** The most private value WhatsApp offers for it. */
  readonly mostPrivate: PrivacyValue;
  /** One value out of several (a radio sub-page) or on/off (a switch in a list). */
  readonly widget: 'radio' | 'switch';
}

export const PRIVACY_CONTROLS = [
  { id: 'last-seen', values: ['everyone', 'contacts', 'contacts-except', 'nobody'], mostPrivate: 'nobody', widget: 'radio' },
  { id: 'online', values: ['everyone', 'same-as-last-seen'], mostPrivate: 'same-as-last-seen', widget: 'radio' },
  { id: 'profile-photo', values: ['everyone', 'contacts', 'contacts-except', 'nobody'], mostPrivate: 'nobody', widget: 'radio' },
  { id: 'about', values: ['everyone', 'contacts', 'contacts-except', 'nobody'], mostPrivate: 'nobody', widget: 'radio' },
  { id: 'status', values: ['contacts', 'contacts-except', 'only-share-with'], mostPrivate: 'only-share-with', widget: 'radio' },
  // WhatsApp offers no "Nobody" for groups (whatsapp-dom.md §d.4).
  { id: 'groups', values: ['everyone', 'contacts', 'contacts-except'], mostPrivate: 'contacts-except', widget: 'radio' },
  { id: 'default-timer', values: ['off', 'timer-90d', 'timer-7d', 'timer-24h'], mostPrivate: 'timer-24h', widget: 'radio' },
  { id: 'read-receipts', values: ['on', 'off'], mostPrivate: 'off', widget: 'switch' },
  { id: 'block-unknown', values: ['off', 'on'], mostPrivate: 'on', widget: 'switch' },
  { id: 'protect-ip-calls', values: ['off', 'on'], mostPrivate: 'on', widget: 'switch' },
  { id: 'disable-link-previews', values: ['off', 'on'], mostPrivate: 'on', widget: 'switch' },
  { id: 'security-notifications', values: ['off', 'on'], mostPrivate: 'on', widget: 'switch' },
] as const satisfies readonly PrivacyControl[];

export type PrivacyControlId = (typeof PRIVACY_CONTROLS)[number]['id'];
export const PRIVACY_CONTROL_IDS = PRIVACY_CONTROLS.map((c) => c.id) as PrivacyControlId[];

type ControlOf<C extends PrivacyControlId> = Extract<(typeof PRIVACY_CONTROLS)[number], { id: C }>;
/** The values control C can take, as a type (lets other tables be checked against this one at compile time). */
export type ValueOf<C extends PrivacyControlId> = ControlOf<C>['values'][number];
export type WidgetOf<C extends PrivacyControlId> = ControlOf<C>['widget'];

export function privacyControl(id: PrivacyControlId): PrivacyControl {
  const control = PRIVACY_CONTROLS.find((c) => c.id === id);
  if (!control) throw new Error(`unknown privacy control: ${id}`);
  return control;
}

export function isMostPrivate(id: PrivacyControlId, value: PrivacyValue): boolean {
  return privacyControl(id).mostPrivate === value;
}
