// Review linked devices: phone only; WhatsApp Web can log only itself out (what-whatsapp-shares.md §4).
import type { PhoneWalkthrough } from '../types';

export const linkedDevices: PhoneWalkthrough = {
  id: 'linked-devices',
  kind: 'phone',
  title: 'wt_linked_devices_title',
  whyItMatters: { text: 'wt_linked_devices_why', categories: ['message-content', 'device-network'], audiences: ['everyone'] },
  phoneSteps: {
    android: ['wt_linked_devices_android_1', 'wt_linked_devices_phone_2'],
    iphone: ['wt_linked_devices_iphone_1', 'wt_linked_devices_phone_2'],
  },
  availableOn: ['android', 'iphone'],
  source: { research: 'what-whatsapp-shares.md §4', links: ['faq-linked-devices'] },
  value: 82,
};
