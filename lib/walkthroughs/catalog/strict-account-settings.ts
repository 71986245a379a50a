// Strict Account Settings: one switch under Privacy › Advanced that locks the account to its strictest settings;
// only the primary phone can change it (ai-2026.md §9.1). WhatsApp Web shows the locked toggles (§9.2) but can't
// turn it on, so this is a phone walkthrough.
import type { PhoneWalkthrough } from '../types';

export const strictAccountSettings: PhoneWalkthrough = {
  id: 'strict-account-settings',
  kind: 'phone',
  title: 'wt_strict_title',
  whyItMatters: {
    text: 'wt_strict_why',
    categories: ['presence', 'profile', 'device-network', 'phone-number'],
    audiences: ['everyone', 'business'],
  },
  phoneSteps: {
    android: ['wt_strict_android_1', 'wt_strict_phone_2'],
    iphone: ['wt_strict_iphone_1', 'wt_strict_phone_2'],
  },
  availableOn: ['android', 'iphone'],
  notes: ['wt_strict_note_primary', 'wt_strict_note_limits'],
  source: { research: 'ai-2026.md §9.1–9.2', links: ['blog-strict-account-settings'] },
  value: 52,
};
