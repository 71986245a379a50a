// What Meta keeps from AI chats, and the few ways to limit it (ai-2026.md §4): reset or delete the Meta AI chat
// (§4.4), Incognito Chat (§4.6), admins remove Meta AI from a group (§3.2), WhatsApp out of Accounts Center so AI
// chats don't feed ads (§4.2), and the objection form in the European Region (§4.5). Phone steps, marked done by
// hand: none of these leaves a setting WhatsApp Web shows.
import type { PhoneWalkthrough } from '../types';

export const metaAiData: PhoneWalkthrough = {
  id: 'meta-ai-data',
  kind: 'phone',
  title: 'wt_meta_ai_title',
  whyItMatters: { text: 'wt_meta_ai_why', categories: ['ai-conversations', 'message-content'], audiences: ['meta'] },
  phoneSteps: {
    android: [
      'wt_meta_ai_phone_reset',
      'wt_meta_ai_phone_delete',
      'wt_meta_ai_phone_incognito',
      'wt_meta_ai_phone_groups',
      'wt_meta_ai_phone_accounts',
    ],
    iphone: [
      'wt_meta_ai_phone_reset',
      'wt_meta_ai_phone_delete',
      'wt_meta_ai_phone_incognito',
      'wt_meta_ai_phone_groups',
      'wt_meta_ai_phone_accounts',
    ],
  },
  availableOn: ['android', 'iphone'],
  notes: ['wt_meta_ai_note_web', 'wt_meta_ai_note_business', 'wt_meta_ai_note_review'],
  regionNotes: { 'european-region': 'wt_meta_ai_region_eu', elsewhere: 'wt_meta_ai_region_elsewhere' },
  source: {
    research: 'ai-2026.md §3.2, §4',
    links: ['meta-ai-personalization-2025', 'meta-private-processing-2025', 'whatsapp-privacy-request-form'],
  },
  value: 88,
};
