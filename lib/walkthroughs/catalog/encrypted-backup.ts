// End-to-end encrypted backup: phone only, Settings › Chats › Chat backup (what-whatsapp-shares.md §4, faq 490592613091019).
import type { PhoneWalkthrough } from '../types';

export const encryptedBackup: PhoneWalkthrough = {
  id: 'encrypted-backup',
  kind: 'phone',
  title: 'wt_backup_title',
  whyItMatters: { text: 'wt_backup_why', categories: ['message-content', 'contacts'], audiences: ['everyone'] },
  phoneSteps: {
    android: ['wt_backup_android_1', 'wt_backup_phone_2', 'wt_backup_phone_3'],
    iphone: ['wt_backup_iphone_1', 'wt_backup_phone_2', 'wt_backup_phone_3'],
  },
  availableOn: ['android', 'iphone'],
  notes: ['wt_backup_note_icloud'],
  source: { research: 'what-whatsapp-shares.md §4', links: ['faq-encrypted-backup'] },
  value: 85,
};
