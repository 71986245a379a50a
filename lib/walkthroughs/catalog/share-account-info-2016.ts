// Background: the 2016 "Share my account info" opt-out and why it is gone (what-whatsapp-shares.md §3.2, §4;
// see docs/research/what-whatsapp-shares.md §3.2: 2016 TechCrunch and Android Headlines articles, 2021 commentary).
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
  source: { doc: 'what-whatsapp-shares.md', section: '§3.2, §4', refs: ['oaic.gov.au', 'techcrunch.com (2016-08-25)', 'huntonprivacyblog.com'] },
};
