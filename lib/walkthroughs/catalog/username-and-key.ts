// A username and a username key hide your number from new contacts (ai-2026.md §8.1; phone only for now, the Web
// code has the "Contact me by username" choice, §8.2). Businesses still learn your country from the business-scoped
// user ID and may keep your number (§8.3).
import type { PhoneWalkthrough } from '../types';

export const usernameAndKey: PhoneWalkthrough = {
  id: 'username-and-key',
  kind: 'phone',
  title: 'wt_username_title',
  whyItMatters: { text: 'wt_username_why', categories: ['phone-number'], audiences: ['business', 'everyone'] },
  phoneSteps: {
    android: ['wt_username_android_1', 'wt_username_phone_2', 'wt_username_phone_3', 'wt_username_phone_4'],
    iphone: ['wt_username_iphone_1', 'wt_username_phone_2', 'wt_username_phone_3', 'wt_username_phone_4'],
  },
  availableOn: ['android', 'iphone'],
  notes: ['wt_username_note_rollout', 'wt_username_note_existing', 'wt_username_note_business'],
  source: { research: 'ai-2026.md §8.1–8.3', links: ['faq-usernames', 'cloud-api-business-scoped-ids'] },
  value: 62,
};
