// Background: the 2016 "Share my account info" opt-out and why it is gone (what-whatsapp-shares.md §3.2, §4:
// the OAIC notice, the 2016 TechCrunch and Android Headlines articles, and 2021 commentary).
import type { BackgroundNote } from '../types';

export const shareAccountInfo2016: BackgroundNote = {
  id: 'share-account-info-2016',
  kind: 'background',
  title: 'wt_share_2016_title',
  whyItMatters: {
    text: 'wt_share_2016_why',
    categories: ['phone-number', 'presence', 'device-network'],
    audiences: ['meta'],
  },
  explanation: ['wt_share_2016_what', 'wt_share_2016_limits', 'wt_share_2016_gone', 'wt_share_2016_2021'],
  regionNotes: { 'european-region': 'wt_share_2016_region_eu' },
  source: { research: 'what-whatsapp-shares.md §3.2, §4', links: ['oaic-2016'] },
};
