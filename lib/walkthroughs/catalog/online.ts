// Online: the second choice in the same sub-drawer, "Same as last seen" (what-whatsapp-shares.md §4; whatsapp-dom.md §d.4).
import { OPEN_PRIVACY, OPEN_SETTINGS, privacyItem, privacyOption } from '../web-steps';
import type { WebWalkthrough } from '../types';

export const online: WebWalkthrough = {
  id: 'online',
  kind: 'web',
  title: 'wt_online_title',
  whyItMatters: { text: 'wt_online_why', categories: ['presence'], audiences: ['everyone', 'business'] },
  webSteps: [
    OPEN_SETTINGS,
    OPEN_PRIVACY,
    privacyItem('privacyLastSeenItem', 'wt_online_web_item'),
    privacyOption('same-as-last-seen', 'wt_online_web_option'),
  ],
  phoneSteps: { android: ['wt_online_android'], iphone: ['wt_online_iphone'] },
  check: { control: 'online', recommended: 'same-as-last-seen', text: 'wt_online_recommended' },
  availableOn: ['web', 'android', 'iphone'],
  source: { research: 'what-whatsapp-shares.md §4', links: ['faq-web-phone-number'] },
  value: 92,
};
