// Ads in the Updates tab (Status ads, promoted channels): phone only. WhatsApp Web has no consumer view of them, so
// the extension can neither see nor count them (ai-2026.md §7.5); the walkthrough explains them instead. Targeting
// data §7.2, controls §7.3 (no off switch), the European subscription §7.4.
import type { PhoneWalkthrough } from '../types';

export const updatesTabAds: PhoneWalkthrough = {
  id: 'updates-tab-ads',
  kind: 'phone',
  title: 'wt_updates_ads_title',
  whyItMatters: { text: 'wt_updates_ads_why', categories: ['ad-attribution', 'location'], audiences: ['whatsapp', 'meta'] },
  phoneSteps: {
    android: [
      'wt_updates_ads_phone_hide',
      'wt_updates_ads_phone_report',
      'wt_updates_ads_phone_preferences',
      'wt_updates_ads_phone_accounts',
    ],
    iphone: [
      'wt_updates_ads_phone_hide',
      'wt_updates_ads_phone_report',
      'wt_updates_ads_phone_preferences',
      'wt_updates_ads_phone_accounts',
    ],
  },
  availableOn: ['android', 'iphone'],
  notes: ['wt_updates_ads_note_web', 'wt_updates_ads_note_no_switch'],
  regionNotes: { 'european-region': 'wt_updates_ads_region_eu' },
  source: { research: 'ai-2026.md §7', links: ['faq-updates-tab-ads', 'meta-updates-tab-2025'] },
  value: 56,
};
