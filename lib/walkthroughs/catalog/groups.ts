// Groups: who can add you (what-whatsapp-shares.md §4; whatsapp-dom.md §d.4: WhatsApp offers no "Nobody" here).
import { OPEN_PRIVACY, OPEN_SETTINGS, privacyItem, privacyOption } from '../web-steps';
import type { WebWalkthrough } from '../types';

export const groups: WebWalkthrough = {
  id: 'groups',
  kind: 'web',
  title: 'wt_groups_title',
  whyItMatters: { text: 'wt_groups_why', categories: ['phone-number', 'profile'], audiences: ['everyone', 'business'] },
  webSteps: [
    OPEN_SETTINGS,
    OPEN_PRIVACY,
    privacyItem('privacyGroupsItem', 'wt_groups_web_item'),
    privacyOption('contacts', 'wt_groups_web_option'),
  ],
  phoneSteps: { android: ['wt_groups_android'], iphone: ['wt_groups_iphone'] },
  check: { control: 'groups', recommended: 'contacts', text: 'wt_groups_recommended' },
  availableOn: ['web', 'android', 'iphone'],
  source: { research: 'what-whatsapp-shares.md §4', links: ['faq-web-phone-number'] },
  value: 72,
};
