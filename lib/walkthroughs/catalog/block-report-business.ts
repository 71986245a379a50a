// Block or report a business: open the chat › business info › Block / Report (what-whatsapp-shares.md §4; whatsapp-dom.md §c).
import { OPEN_BUSINESS_CHAT, OPEN_BUSINESS_INFO } from '../web-steps';
import type { WebWalkthrough } from '../types';

export const blockReportBusiness: WebWalkthrough = {
  id: 'block-report-business',
  kind: 'web',
  title: 'wt_block_business_title',
  whyItMatters: {
    text: 'wt_block_business_why',
    categories: ['business-interactions', 'phone-number', 'profile'],
    audiences: ['business', 'vendor'],
  },
  webSteps: [
    OPEN_BUSINESS_CHAT,
    OPEN_BUSINESS_INFO,
    { target: 'contactInfoBlock', within: 'contactInfoDrawer', text: 'wt_block_business_web_block' },
  ],
  phoneSteps: {
    android: ['wt_block_business_phone_1', 'wt_block_business_phone_2'],
    iphone: ['wt_block_business_phone_1', 'wt_block_business_phone_2'],
  },
  availableOn: ['web', 'android', 'iphone'],
  source: { research: 'what-whatsapp-shares.md §4', links: ['faq-block-report', 'faq-business-chats'] },
  value: 60,
};
