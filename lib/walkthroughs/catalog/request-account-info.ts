// Request account info: Settings › Account › Request account info. In the 2026 Web bundle; an older help page said
// phone only, so the phone steps stay (what-whatsapp-shares.md §4 "Verify live"; whatsapp-dom.md §d.6).
import { OPEN_ACCOUNT, OPEN_SETTINGS } from '../web-steps';
import type { WebWalkthrough } from '../types';

export const requestAccountInfo: WebWalkthrough = {
  id: 'request-account-info',
  kind: 'web',
  title: 'wt_request_info_title',
  whyItMatters: {
    text: 'wt_request_info_why',
    categories: ['phone-number', 'profile', 'device-network', 'contacts'],
    audiences: ['whatsapp'],
  },
  webSteps: [OPEN_SETTINGS, OPEN_ACCOUNT, { target: 'accountRequestInfoItem', within: 'accountDrawer', text: 'wt_request_info_web_item' }],
  phoneSteps: {
    android: ['wt_request_info_android_1', 'wt_request_info_phone_2'],
    iphone: ['wt_request_info_iphone_1', 'wt_request_info_phone_2'],
  },
  availableOn: ['web', 'android', 'iphone'],
  notes: ['wt_request_info_note_web'],
  regionNotes: { 'european-region': 'wt_request_info_region_eu' },
  source: { research: 'what-whatsapp-shares.md §4', links: ['web-request-account-info', 'privacy-policy-2021'] },
  value: 45,
};
