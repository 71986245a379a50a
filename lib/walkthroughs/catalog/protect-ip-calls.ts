// Protect IP address in calls: Privacy, lower section; on Web only when calling is enabled (what-whatsapp-shares.md §4; whatsapp-dom.md §d.5).
import { OPEN_PRIVACY, OPEN_SETTINGS, privacyItem } from '../web-steps';
import type { WebWalkthrough } from '../types';

export const protectIpCalls: WebWalkthrough = {
  id: 'protect-ip-calls',
  kind: 'web',
  title: 'wt_protect_ip_title',
  whyItMatters: { text: 'wt_protect_ip_why', categories: ['device-network', 'location'], audiences: ['everyone', 'business'] },
  webSteps: [OPEN_SETTINGS, OPEN_PRIVACY, privacyItem('privacyProtectIpItem', 'wt_protect_ip_web_item')],
  phoneSteps: { android: ['wt_protect_ip_android'], iphone: ['wt_protect_ip_iphone'] },
  check: { control: 'protect-ip-calls', recommended: 'on', text: 'wt_protect_ip_recommended' },
  availableOn: ['web', 'android', 'iphone'],
  notes: ['wt_protect_ip_note'],
  source: { research: 'what-whatsapp-shares.md §4', links: ['meta-engineering-calls-2023', 'web-protect-ip-calls'] },
  value: 78,
};
