// Status: Settings › Privacy › Status › My contacts except… (what-whatsapp-shares.md §4; whatsapp-dom.md §d.3 status-posting item).
import { OPEN_PRIVACY, OPEN_SETTINGS, privacyItem, privacyOption } from '../web-steps';
import type { WebWalkthrough } from '../types';

export const status: WebWalkthrough = {
  id: 'status',
  kind: 'web',
  title: 'wt_status_title',
  whyItMatters: { text: 'wt_status_why', categories: ['profile'], audiences: ['business', 'everyone'] },
  webSteps: [
    OPEN_SETTINGS,
    OPEN_PRIVACY,
    privacyItem('privacyStatusItem', 'wt_status_web_item'),
    privacyOption('contacts-except', 'wt_status_web_option'),
  ],
  phoneSteps: { android: ['wt_status_android'], iphone: ['wt_status_iphone'] },
  check: { control: 'status', recommended: 'contacts-except', text: 'wt_status_recommended' },
  availableOn: ['web', 'android', 'iphone'],
  source: { research: 'what-whatsapp-shares.md §4', links: ['faq-web-phone-number'] },
  value: 66,
};
