// Two-step verification: phone only, Settings › Account › Two-step verification (what-whatsapp-shares.md §4; absent from the Web Account drawer).
import type { PhoneWalkthrough } from '../types';

export const twoStepVerification: PhoneWalkthrough = {
  id: 'two-step-verification',
  kind: 'phone',
  title: 'wt_two_step_title',
  whyItMatters: { text: 'wt_two_step_why', categories: ['phone-number', 'profile', 'contacts'], audiences: ['everyone'] },
  phoneSteps: {
    android: ['wt_two_step_android_1', 'wt_two_step_phone_2', 'wt_two_step_phone_3'],
    iphone: ['wt_two_step_iphone_1', 'wt_two_step_phone_2', 'wt_two_step_phone_3'],
  },
  availableOn: ['android', 'iphone'],
  source: { research: 'what-whatsapp-shares.md §4', links: ['faq-two-step'] },
  value: 90,
};
