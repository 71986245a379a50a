// Background: what differs in the European Region (what-whatsapp-shares.md §3.2 "European Region").
import type { BackgroundNote } from '../types';

export const europeanRegion: BackgroundNote = {
  id: 'european-region',
  kind: 'background',
  title: 'wt_eu_title',
  whyItMatters: {
    text: 'wt_eu_why',
    categories: ['phone-number', 'business-interactions', 'ad-attribution'],
    audiences: ['meta'],
  },
  explanation: ['wt_eu_controller', 'wt_eu_2016', 'wt_eu_2021', 'wt_eu_now'],
  regionNotes: { elsewhere: 'wt_eu_region_elsewhere' },
  source: { research: 'what-whatsapp-shares.md §3.2', links: ['european-region-2021', 'dpc-whatsapp-2021'] },
};
