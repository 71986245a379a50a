// Meta's ad preference for activity businesses share with it: a setting in Facebook/Instagram, referenced by
// WhatsApp's Click-to-WhatsApp ads FAQ ("Businesses may also share your activity information with Meta")
// (what-whatsapp-shares.md §3.3, §4). Renamed "Activity from other businesses" in June 2026, now also shaping Feed
// and AI responses, with "Your activity off Meta technologies" removed (ai-2026.md §7.7).
import type { PhoneWalkthrough } from '../types';

export const adPartnerActivity: PhoneWalkthrough = {
  id: 'ad-partner-activity',
  kind: 'phone',
  title: 'wt_ad_partners_title',
  whyItMatters: { text: 'wt_ad_partners_why', categories: ['ad-attribution', 'business-interactions'], audiences: ['meta'] },
  phoneSteps: {
    android: ['wt_ad_partners_phone_1', 'wt_ad_partners_phone_2', 'wt_ad_partners_phone_3'],
    iphone: ['wt_ad_partners_phone_1', 'wt_ad_partners_phone_2', 'wt_ad_partners_phone_3'],
  },
  availableOn: ['android', 'iphone'],
  notes: ['wt_ad_partners_note', 'wt_ad_partners_note_renamed'],
  source: {
    research: 'what-whatsapp-shares.md §3.3, §4; ai-2026.md §7.7',
    links: ['meta-activity-other-businesses-2026', 'faq-click-to-whatsapp'],
  },
  value: 84,
};
