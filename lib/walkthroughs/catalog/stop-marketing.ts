// Stop marketing messages from one business. WhatsApp has a per-business stop/resume; its confirmation in the chat
// reads "Offers and announcements stopped. Click to resume." and the note under a marketing message "You are getting
// offers and announcements from {businessName}" (ai-2026.md §8.5). Where the stop option sits in the business-info
// drawer is unverified (what-whatsapp-shares.md §1.5, §4), so the last step points at the drawer, not a guessed button.
import { OPEN_BUSINESS_CHAT, OPEN_BUSINESS_INFO } from '../web-steps';
import type { WebWalkthrough } from '../types';

export const stopMarketing: WebWalkthrough = {
  id: 'stop-marketing',
  kind: 'web',
  title: 'wt_stop_marketing_title',
  whyItMatters: {
    text: 'wt_stop_marketing_why',
    categories: ['business-interactions', 'ad-attribution'],
    audiences: ['business', 'meta'],
  },
  webSteps: [
    OPEN_BUSINESS_CHAT,
    OPEN_BUSINESS_INFO,
    { target: 'contactInfoDrawer', within: 'contactInfoDrawer', text: 'wt_stop_marketing_web_drawer' },
  ],
  phoneSteps: {
    android: ['wt_block_business_phone_1', 'wt_stop_marketing_phone_2'],
    iphone: ['wt_block_business_phone_1', 'wt_stop_marketing_phone_2'],
  },
  availableOn: ['web', 'android', 'iphone'],
  notes: ['wt_stop_marketing_note_confirm', 'wt_stop_marketing_note'],
  source: { research: 'what-whatsapp-shares.md §1.5, §4; ai-2026.md §8.5', links: ['faq-click-to-whatsapp'] },
  value: 64,
};
