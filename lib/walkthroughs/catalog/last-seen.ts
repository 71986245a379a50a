// Last seen: Settings › Privacy › Last seen and online › Nobody (what-whatsapp-shares.md §4; whatsapp-dom.md §d.3–d.4).
import { OPEN_PRIVACY, OPEN_SETTINGS, privacyItem, privacyOption } from '../web-steps';
import type { WebWalkthrough } from '../types';

export const lastSeen: WebWalkthrough = {
  id: 'last-seen',
  kind: 'web',
  title: 'wt_last_seen_title',
  whyItMatters: { text: 'wt_last_seen_why', categories: ['presence'], audiences: ['everyone', 'business'] },
  webSteps: [
    OPEN_SETTINGS,
    OPEN_PRIVACY,
    privacyItem('privacyLastSeenItem', 'wt_last_seen_web_item'),
    privacyOption('nobody', 'wt_last_seen_web_option'),
  ],
  phoneSteps: { android: ['wt_last_seen_android'], iphone: ['wt_last_seen_iphone'] },
  check: { control: 'last-seen', recommended: 'nobody', text: 'wt_last_seen_recommended' },
  availableOn: ['web', 'android', 'iphone'],
  source: { research: 'what-whatsapp-shares.md §4', links: ['faq-web-phone-number'] },
  value: 100,
};
