// Ad preferences for activity from ad partners: a Meta setting in Facebook/Instagram, referenced by WhatsApp's
// Click-to-WhatsApp ads FAQ ("Businesses may also share your activity information with Meta"). what-whatsapp-shares.md §3.3, §4.
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
  notes: ['wt_ad_partners_note'],
  source: { research: 'what-whatsapp-shares.md §3.3, §4', links: ['faq-click-to-whatsapp'] },
  value: 84,
};
