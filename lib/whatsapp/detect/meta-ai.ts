// Meta's AIs by their JIDs (docs/research/ai-2026.md §1): language-independent, in every message row's data-id.
// Which bot it is decides what Meta sees: the open bot reads what reaches it, the Private Processing bot cannot be
// read by Meta, and other bots (Side Chat, agent channels) say nothing about the chat they appear in.
import type { ChatAi } from '../../model/observation';

/** The one-to-one Meta AI chat (`META_BOT_PN_WID`, ai-2026.md §1.1). */
export const META_AI_CHAT_JID = '13135550002@c.us';
/** Meta AI as a group participant and the answerer of `@Meta AI` (`META_BOT_FBID_WID`). */
export const OPEN_BOT_JID = '867051314767696@bot';
/** Meta AI under Private Processing (`META_BOT_TEE_FBID_WID`): Incognito Chat and "TEE" groups. */
export const PRIVATE_BOT_JID = '1273596044787272@bot';

/** Meta's public AI identities, which a sanitized fixture keeps as they are (scripts/capture-fixture.mjs). */
export const META_AI_JIDS = [META_AI_CHAT_JID, OPEN_BOT_JID, PRIVATE_BOT_JID] as const;

/** Any remote that is one of Meta's AIs (ai-2026.md §1.2): the Meta AI chat number or a `@bot` JID. */
export function isMetaAiJid(jid: string): boolean {
  return jid === META_AI_CHAT_JID || jid.endsWith('@bot');
}

/** The participant of a row key `${fromMe}_${remote}_${id}_${participant}`, or null (no participant: a one-to-one row). */
export function participantJid(key: string): string | null {
  const match = /^(?:true|false)_[^_]+_[^_]+_([^_]+@[^_]+)$/.exec(key);
  return match ? match[1]! : null;
}

/** What a bot taking part in a chat means for it: only the two Meta AI bots say anything. */
export function chatAiOfBot(jid: string): ChatAi | null {
  if (jid === OPEN_BOT_JID) return 'open';
  if (jid === PRIVATE_BOT_JID) return 'private-processing';
  return null;
}
