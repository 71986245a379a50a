// Meta Accounts Center: optional link, off by default; if linked Meta uses WhatsApp info, including for ads.
// Phone only (no consumer Accounts Center UI in the Web bundle). what-whatsapp-shares.md §4. Linking now also lets
// Meta use your Meta AI chats on WhatsApp for ads (ai-2026.md §4.2) and applies your ad preferences to the Updates
// tab (ai-2026.md §7.2).
import type { PhoneWalkthrough } from '../types';

export const accountsCenter: PhoneWalkthrough = {
  id: 'accounts-center',
  kind: 'phone',
  title: 'wt_accounts_center_title',
  whyItMatters: {
    text: 'wt_accounts_center_why',
    categories: ['profile', 'business-interactions', 'ad-attribution', 'ai-conversations'],
    audiences: ['meta'],
  },
  phoneSteps: {
    android: ['wt_accounts_center_android_1', 'wt_accounts_center_phone_2', 'wt_accounts_center_phone_3'],
    iphone: ['wt_accounts_center_iphone_1', 'wt_accounts_center_phone_2', 'wt_accounts_center_phone_3'],
  },
  availableOn: ['android', 'iphone'],
  notes: ['wt_accounts_center_note'],
  regionNotes: { 'european-region': 'wt_accounts_center_region_eu' },
  source: {
    research: 'what-whatsapp-shares.md §4; ai-2026.md §4.2, §7.2',
    links: ['faq-updates-tab-ads', 'meta-ai-personalization-2025'],
  },
  value: 94,
};
