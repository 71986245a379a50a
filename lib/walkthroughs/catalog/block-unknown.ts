// Block unknown account messages: Privacy, lower section (what-whatsapp-shares.md §4; whatsapp-dom.md §d.5 anti-brigading item).
import { OPEN_PRIVACY, OPEN_SETTINGS, privacyItem } from '../web-steps';
import type { WebWalkthrough } from '../types';

export const blockUnknown: WebWalkthrough = {
  id: 'block-unknown',
  kind: 'web',
  title: 'wt_block_unknown_title',
  whyItMatters: {
    text: 'wt_block_unknown_why',
    categories: ['business-interactions', 'phone-number'],
    audiences: ['business', 'everyone'],
  },
  webSteps: [OPEN_SETTINGS, OPEN_PRIVACY, privacyItem('privacyBlockUnknownItem', 'wt_block_unknown_web_item')],
  phoneSteps: { android: ['wt_block_unknown_android'], iphone: ['wt_block_unknown_iphone'] },
  check: { control: 'block-unknown', recommended: 'on', text: 'wt_block_unknown_recommended' },
  availableOn: ['web', 'android', 'iphone'],
  notes: ['wt_block_unknown_note'],
  source: { research: 'what-whatsapp-shares.md §4', links: ['faq-block-unknown'] },
  value: 74,
};
