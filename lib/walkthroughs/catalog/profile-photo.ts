// Profile picture: Settings › Privacy › Profile picture › My contacts (what-whatsapp-shares.md §3.1 "available to anyone… including businesses", §4).
import { OPEN_PRIVACY, OPEN_SETTINGS, privacyItem, privacyOption } from '../web-steps';
import type { WebWalkthrough } from '../types';

export const profilePhoto: WebWalkthrough = {
  id: 'profile-photo',
  kind: 'web',
  title: 'wt_profile_photo_title',
  whyItMatters: { text: 'wt_profile_photo_why', categories: ['profile'], audiences: ['everyone', 'business', 'vendor'] },
  webSteps: [
    OPEN_SETTINGS,
    OPEN_PRIVACY,
    privacyItem('privacyProfilePhotoItem', 'wt_profile_photo_web_item'),
    privacyOption('contacts', 'wt_profile_photo_web_option'),
  ],
  phoneSteps: { android: ['wt_profile_photo_android'], iphone: ['wt_profile_photo_iphone'] },
  check: { control: 'profile-photo', recommended: 'contacts', text: 'wt_profile_photo_recommended' },
  availableOn: ['web', 'android', 'iphone'],
  source: { research: 'what-whatsapp-shares.md §3.1, §4', links: ['faq-web-phone-number', 'privacy-policy-2021'] },
  value: 96,
};
