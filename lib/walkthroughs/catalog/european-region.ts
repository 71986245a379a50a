// Background: what differs in the European Region (what-whatsapp-shares.md §3.2 "European Region"), and what 2026
// changed there: Updates-tab ads with an ad-free subscription (ai-2026.md §7.4), the exclusion from AI-based ads
// (ai-2026.md §4.2) and the EU/UK version of the business-AI terms (ai-2026.md §5.2).
import type { BackgroundNote } from '../types';

export const europeanRegion: BackgroundNote = {
  id: 'european-region',
  kind: 'background',
  title: 'wt_eu_title',
  whyItMatters: {
    text: 'wt_eu_why',
    categories: ['phone-number', 'business-interactions', 'ad-attribution', 'ai-conversations'],
    audiences: ['meta'],
  },
  explanation: ['wt_eu_controller', 'wt_eu_2016', 'wt_eu_2021', 'wt_eu_now', 'wt_eu_ads_2026', 'wt_eu_ai'],
  regionNotes: { elsewhere: 'wt_eu_region_elsewhere' },
  source: {
    research: 'what-whatsapp-shares.md §3.2; ai-2026.md §4.2, §5.2, §7.4',
    links: ['european-region-2021', 'dpc-whatsapp-2021', 'faq-updates-tab-ads'],
  },
};
