// Turn off link previews: Privacy, lower section (what-whatsapp-shares.md §4; whatsapp-dom.md §d.5 disable-link-preview item).
import { OPEN_PRIVACY, OPEN_SETTINGS, privacyItem } from '../web-steps';
import type { WebWalkthrough } from '../types';

export const linkPreviews: WebWalkthrough = {
  id: 'link-previews',
  kind: 'web',
  title: 'wt_link_previews_title',
  whyItMatters: { text: 'wt_link_previews_why', categories: ['device-network', 'location'], audiences: ['everyone'] },
  webSteps: [OPEN_SETTINGS, OPEN_PRIVACY, privacyItem('privacyLinkPreviewsItem', 'wt_link_previews_web_item')],
  phoneSteps: { android: ['wt_link_previews_android'], iphone: ['wt_link_previews_iphone'] },
  check: { control: 'disable-link-previews', recommended: 'on', text: 'wt_link_previews_recommended' },
  availableOn: ['web', 'android', 'iphone'],
  source: { research: 'what-whatsapp-shares.md §4', links: ['web-link-previews'] },
  value: 76,
};
