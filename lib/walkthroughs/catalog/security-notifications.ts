// Security notifications: Settings › Account › Security; set per device on Web (what-whatsapp-shares.md §4; whatsapp-dom.md §d.6).
import { OPEN_ACCOUNT, OPEN_SETTINGS } from '../web-steps';
import type { WebWalkthrough } from '../types';

export const securityNotifications: WebWalkthrough = {
  id: 'security-notifications',
  kind: 'web',
  title: 'wt_security_notifications_title',
  whyItMatters: { text: 'wt_security_notifications_why', categories: ['message-content'], audiences: ['everyone'] },
  webSteps: [
    OPEN_SETTINGS,
    OPEN_ACCOUNT,
    { target: 'accountSecurityItem', within: 'accountDrawer', text: 'wt_security_notifications_web_security' },
    { target: 'securityNotificationsItem', within: 'securityDrawer', text: 'wt_security_notifications_web_switch' },
  ],
  phoneSteps: { android: ['wt_security_notifications_android'], iphone: ['wt_security_notifications_iphone'] },
  check: { control: 'security-notifications', recommended: 'on', text: 'wt_security_notifications_recommended' },
  availableOn: ['web', 'android', 'iphone'],
  notes: ['wt_security_notifications_note'],
  source: { research: 'what-whatsapp-shares.md §4', links: ['web-security-notifications'] },
  value: 58,
};
