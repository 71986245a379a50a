// About: Settings › Privacy › About › My contacts (what-whatsapp-shares.md §3.1, §4).
import { OPEN_PRIVACY, OPEN_SETTINGS, privacyItem, privacyOption } from '../web-steps';
import type { WebWalkthrough } from '../types';

export const about: WebWalkthrough = {
  id: 'about',
  kind: 'web',
  title: 'wt_about_title',
  whyItMatters: { text: 'wt_about_why', categories: ['profile'], audiences: ['everyone', 'business', 'vendor'] },
  webSteps: [
    OPEN_SETTINGS,
    OPEN_PRIVACY,
    privacyItem('privacyAboutItem', 'wt_about_web_item'),
    privacyOption('contacts', 'wt_about_web_option'),
  ],
  phoneSteps: { android: ['wt_about_android'], iphone: ['wt_about_iphone'] },
  check: { control: 'about', recommended: 'contacts', text: 'wt_about_recommended' },
  availableOn: ['web', 'android', 'iphone'],
  source: { research: 'what-whatsapp-shares.md §3.1, §4', links: ['faq-web-phone-number', 'privacy-policy-2021'] },
  value: 80,
};
