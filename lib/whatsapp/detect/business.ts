// Is the open chat a business, who hosts it, and what the drawer says about Meta AI and advanced chat privacy: the
// header's facts (chat.ts) completed by the open contact-info drawer (contact-info.ts), which always belongs to the
// open chat (it closes on chat switch, docs/research/whatsapp-dom.md §e).
// Sources: docs/research/whatsapp-dom.md §b (header), §c (contact info), ai-2026.md §3.2–3.3, §6.3.
import { detectChat, type ChatFacts } from './chat';
import { detectContactInfo, type ContactInfoFacts } from './contact-info';

/**
 * The header's facts with what the contact-info drawer adds. What the drawer shows now about Meta AI and advanced chat
 * privacy wins over the chat's older notices. Only a one-to-one chat can turn into a business, and only on WhatsApp's
 * own markers (banner, verified name, ads row, a hosting sentence other than plain end-to-end); facts the header
 * already showed win over the drawer's, except a verified name, which only adds.
 */
export function mergeContactInfo(facts: ChatFacts, info: ContactInfoFacts | null): ChatFacts {
  if (!info) return facts;
  const peopleChat = facts.kind === 'personal' || facts.kind === 'group';
  const merged: ChatFacts = {
    ...facts,
    metaAi: (peopleChat && info.metaAi) || facts.metaAi,
    metaAiNotice: peopleChat && info.metaAi ? info.metaAiNotice : facts.metaAiNotice,
    advancedChatPrivacy: info.advancedChatPrivacy ?? facts.advancedChatPrivacy,
  };
  const userChat = facts.kind === 'personal' || facts.kind === 'business';
  const business =
    facts.kind === 'business' ||
    (userChat && (info.businessBanner || info.verified || info.adsReferral || (info.hosting !== null && info.hosting !== 'e2e')));
  if (!business) return merged;
  const fromInfo = facts.hosting === 'unknown' && info.hosting !== null;
  return {
    ...merged,
    kind: 'business',
    verification: info.verified ? 'verified' : facts.verification === 'unknown' ? 'unverified' : facts.verification,
    // A business's plain end-to-end sentence means it hosts its chats itself.
    hosting: fromInfo ? (info.hosting === 'e2e' ? 'self' : info.hosting!) : facts.hosting,
    hostingNotice: fromInfo ? info.hostingNotice : facts.hostingNotice,
    adsReferral: facts.adsReferral || info.adsReferral,
    // Meta AI with people is not a business's AI: a chat that turns out to be a business has none of it.
    metaAi: null,
    metaAiNotice: null,
  };
}

/**
 * The chat in `panel` (the visible #main), completed by a contact-info drawer open under `drawers`.
 * `sawBusinessSubtitle`: the subtitle's "Business Account" stage was seen earlier in this chat (detectChat).
 */
export function detectOpenChat(panel: Element, drawers: ParentNode, sawBusinessSubtitle = false): ChatFacts {
  return mergeContactInfo(detectChat(panel, sawBusinessSubtitle), detectContactInfo(drawers));
}
