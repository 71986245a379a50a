// Read receipts: a switch in the Privacy drawer (what-whatsapp-shares.md §3.1 "message receipts are available to anyone", §4; whatsapp-dom.md §d.5).
import { OPEN_PRIVACY, OPEN_SETTINGS, privacyItem } from '../web-steps';
import type { WebWalkthrough } from '../types';

export const readReceipts: WebWalkthrough = {
  id: 'read-receipts',
  kind: 'web',
  title: 'wt_read_receipts_title',
  whyItMatters: { text: 'wt_read_receipts_why', categories: ['presence'], audiences: ['business', 'everyone'] },
  webSteps: [OPEN_SETTINGS, OPEN_PRIVACY, privacyItem('privacyReadReceiptsItem', 'wt_read_receipts_web_item')],
  phoneSteps: { android: ['wt_read_receipts_android'], iphone: ['wt_read_receipts_iphone'] },
  check: { control: 'read-receipts', recommended: 'off', text: 'wt_read_receipts_recommended' },
  availableOn: ['web', 'android', 'iphone'],
  notes: ['wt_read_receipts_note'],
  source: { research: 'what-whatsapp-shares.md §3.1, §4', links: ['faq-web-phone-number', 'privacy-policy-2021'] },
  value: 70,
};
