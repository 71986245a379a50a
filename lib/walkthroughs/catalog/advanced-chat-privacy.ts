// Advanced chat privacy, one chat at a time: the chat's info › Advanced chat privacy (ai-2026.md §6.1–6.3).
// WhatsApp Web offers the switch only where WhatsApp enabled it there, so the phone steps stay; it is not offered
// with API-hosted businesses or bots, and a group with Meta AI in it must remove Meta AI first (ai-2026.md §6.4).
// No check: the setting is per chat, not a privacy control the audit reads.
import { OPEN_CHAT, OPEN_CHAT_INFO } from '../web-steps';
import type { WebWalkthrough } from '../types';

export const advancedChatPrivacy: WebWalkthrough = {
  id: 'advanced-chat-privacy',
  kind: 'web',
  title: 'wt_acp_title',
  whyItMatters: { text: 'wt_acp_why', categories: ['message-content', 'ai-conversations'], audiences: ['meta', 'everyone'] },
  webSteps: [
    OPEN_CHAT,
    OPEN_CHAT_INFO,
    // Where WhatsApp doesn't offer the setting (§6.4) the row is missing, and the guide falls back to the written steps.
    { target: 'contactInfoAcpRow', within: 'contactInfoDrawer', text: 'wt_acp_web_row' },
  ],
  phoneSteps: {
    android: ['wt_acp_phone_1', 'wt_acp_phone_2'],
    iphone: ['wt_acp_phone_1', 'wt_acp_phone_2'],
  },
  availableOn: ['web', 'android', 'iphone'],
  notes: ['wt_acp_note_web', 'wt_acp_note_business', 'wt_acp_note_ai_group', 'wt_acp_note_limits'],
  source: { research: 'ai-2026.md §6', links: ['blog-advanced-chat-privacy', 'web-advanced-chat-privacy'] },
  value: 68,
};
