// The mock's chats, as data. Ids are what tests and the driver use (?chat=<id>, openChat(page, id));
// JIDs follow the server suffixes of docs/research/what-whatsapp-shares.md §1.3 and the message keys of
// whatsapp-dom.md §b.3. Names and message texts are user content, so they are not translated.
// Pure data: the e2e driver imports this file in Node too.

/** The logged-in user (pushname appears in data-pre-plain-text of outgoing messages). */
export const ME = { name: 'Sam Rivera', jid: '5511900001111@c.us' };

/**
 * kind: personal | group | channel | business (AI_CHATS below add meta-ai).
 * hosting (business only): self (E2EE, WhatsApp Business app) | meta (Cloud API) | vendor (BSP).
 * verified: psa-verified-blue in the header and the contact-info card (never in list rows by default, §a.3).
 * fromAd: click-to-WhatsApp chat, single-chevron-in-circle over the header avatar (§b.2) and the ads row (§c).
 * Messages: { id, fromMe, text, time 'HH:MM', yesterday?, participant? } or notices { id, notice: a key of NOTICE_TEXT in
 * chatlist.js }: e2e|meta|vendor|ctwa here, and the 2026 ones in AI_CHATS.
 */
export const CHATS = [
  {
    id: 'biz-meta',
    kind: 'business',
    name: 'Acme Airlines',
    jid: '207475612345678@lid',
    hosting: 'meta',
    verified: true,
    category: 'Airline • Travel',
    presence: { online: true },
    unread: 1,
    messages: [
      { id: 'B9D2F1A07C3E5D8A6B41', notice: 'meta' },
      { id: '3EB0A1C2D3E4F5061728', fromMe: true, text: 'Hi, I need to change my flight on Friday.', time: '10:02' },
      { id: 'A4F09C1E7B2D63E85F10', fromMe: false, text: 'Sure! Please send your booking reference.', time: '10:04' },
      { id: '3EB09F8E7D6C5B4A3921', fromMe: true, text: 'It is QX7H2L.', time: '10:05' },
      { id: 'A4F0D72C91E8B3A64F52', fromMe: false, text: 'Your boarding pass for flight AC 123 is ready.', time: '10:21' },
    ],
  },
  {
    id: 'personal',
    kind: 'personal',
    name: 'Marina Costa',
    jid: '5511987654321@c.us',
    presence: { lastSeen: '09:47' },
    unread: 0,
    messages: [
      { id: '7C1D9E0A2B3F4C5D6E7F', notice: 'e2e' },
      { id: '3A5F7C9E1B3D5F7A9C1E', fromMe: false, text: 'Are we still on for lunch?', time: '09:30' },
      { id: '3EB0C767D82A1B8E4F21', fromMe: true, text: 'Yes! 12:30 at the usual place.', time: '09:41' },
      { id: '3A5F2E4D6C8B0A1F3E5D', fromMe: false, text: 'Perfect, see you there!', time: '09:44' },
    ],
  },
  {
    id: 'biz-vendor',
    kind: 'business',
    name: 'Rota Shoes',
    jid: '5511955550142@c.us',
    hosting: 'vendor',
    verified: false,
    category: 'Shoe store',
    presence: { lastSeen: '08:40' },
    unread: 2,
    messages: [
      { id: 'C0FFEE1234567890ABCD', notice: 'vendor' },
      { id: 'D1E2F3A4B5C6D7E8F901', fromMe: false, text: 'Your order #48213 has shipped!', time: '08:55' },
      { id: 'D1E2F3A4B5C6D7E8F902', fromMe: false, text: 'Track it any time by replying TRACK.', time: '08:56' },
    ],
  },
  {
    id: 'group',
    kind: 'group',
    name: 'Trail Runners BH',
    jid: '120363025246125486@g.us',
    members: [
      { name: 'Lucas', jid: '27182818284590@lid' },
      { name: 'Paula', jid: '31415926535897@lid' },
    ],
    unread: 5,
    messages: [
      { id: '4B6D8F0A2C4E6A8C0E2F', notice: 'e2e' },
      {
        id: 'A1B2C3D4E5F607182930',
        fromMe: false,
        participant: '27182818284590@lid',
        text: 'Saturday 6am at the park gate?',
        time: '07:58',
      },
      { id: 'A1B2C3D4E5F607182931', fromMe: false, participant: '31415926535897@lid', text: "I'm in. 15 km?", time: '08:03' },
      { id: '3EB0B2A3C4D5E6F70819', fromMe: true, text: 'Count me in too.', time: '08:10' },
      { id: 'A1B2C3D4E5F607182932', fromMe: false, participant: '27182818284590@lid', text: 'Great, bring water.', time: '08:12' },
    ],
  },
  {
    id: 'biz-ad',
    kind: 'business',
    name: 'Sunny Travel Co.',
    jid: '5521933334444@c.us',
    hosting: 'meta',
    verified: false,
    fromAd: true,
    category: 'Travel agency',
    presence: { online: true },
    unread: 0,
    messages: [
      { id: 'E5F6A7B8C9D0E1F2A3B4', notice: 'ctwa' },
      { id: 'E5F6A7B8C9D0E1F2A3B5', notice: 'meta' },
      { id: '3EB0E1D2C3B4A5968778', fromMe: true, text: 'Hi! I saw your ad about the Salvador package.', time: '18:02', yesterday: true },
      { id: 'F0E1D2C3B4A596877869', fromMe: false, text: 'Hello! The 5-night package starts at R$ 2.490.', time: '18:09', yesterday: true },
    ],
  },
  {
    id: 'personal-negative',
    kind: 'personal',
    // A personal contact whose name and messages mention "business": must never count as one.
    name: 'Ana (business trip)',
    jid: '5511912345678@c.us',
    presence: { online: true },
    unread: 0,
    messages: [
      { id: '1F2E3D4C5B6A79880716', notice: 'e2e' },
      { id: '9A8B7C6D5E4F3A2B1C0D', fromMe: false, text: 'Landed in Lisbon for the business fair!', time: '17:30', yesterday: true },
      {
        id: '9A8B7C6D5E4F3A2B1C0E',
        fromMe: false,
        text: 'The hotel chat says "This business uses a secure service from Meta to manage this chat. Click to learn more." Weird, right?',
        time: '17:31',
        yesterday: true,
      },
      { id: '3EB0F7E6D5C4B3A29180', fromMe: true, text: 'Haha, have a good trip!', time: '17:40', yesterday: true },
    ],
  },
  {
    id: 'biz-self',
    kind: 'business',
    name: 'Padaria Pão Quente',
    jid: '5511944443333@c.us',
    hosting: 'self',
    verified: false,
    category: 'Bakery',
    presence: { lastSeen: '07:15' },
    unread: 0,
    messages: [
      { id: '2C4E6A8C0E2F4B6D8F0A', notice: 'e2e' },
      { id: '8E9F0A1B2C3D4E5F6A7B', fromMe: false, text: 'Bom dia! Fresh bread is out of the oven.', time: '19:12', yesterday: true },
      { id: '3EB0A9B8C7D6E5F40312', fromMe: true, text: 'Can you save me two baguettes?', time: '19:20', yesterday: true },
    ],
  },
  {
    id: 'channel',
    kind: 'channel',
    name: 'Daily Tech Brief',
    jid: '120363144038483540@newsletter',
    followers: '12.4K',
    unread: 0,
    messages: [
      { id: '101', fromMe: false, text: 'Good morning! Three stories to start your day.', time: '06:50', yesterday: true },
      { id: '102', fromMe: false, text: 'Browsers ship a new privacy sandbox API.', time: '07:30', yesterday: true },
    ],
  },
];

/** Meta's AIs (docs/research/ai-2026.md §1.1): the Meta AI chat's number, the open bot, the Private Processing bot. */
export const META_AI_JID = '13135550002@c.us';
export const OPEN_BOT_JID = '867051314767696@bot';
export const PRIVATE_BOT_JID = '1273596044787272@bot';

/**
 * The 2026 chats, only with ?ai=1 (README.md): Meta AI, and the AI and chat-state signals of business chats.
 * Extra fields: privateProcessing (the tee-lock badge on the list row and the group-info card), bizAi (meta |
 * third-party: what the business's disclosure says), acp (the advanced-chat-privacy row in contact info, on | off).
 * Messages may also be { ai: true } (the "AI" label on a business AI's reply) or { kind: 'phoneRequest' }.
 * All of them are yesterday's, so the list's top rows stay those of CHATS.
 */
export const AI_CHATS = [
  {
    id: 'meta-ai',
    kind: 'meta-ai',
    name: 'Meta AI',
    jid: META_AI_JID,
    // Assumed: Meta AI's chat shows a verified badge. It must never make the chat a business.
    verified: true,
    presence: { online: true },
    unread: 0,
    messages: [
      { id: '5F1A2B3C4D5E6F708192', notice: 'botInit' },
      { id: '3EB0C1A2B3D4E5F60718', fromMe: true, text: 'Plan three days in Salvador for me.', time: '16:02', yesterday: true },
      { id: '5F1A2B3C4D5E6F708193', fromMe: false, text: 'Day 1: Pelourinho and the Lacerda Elevator…', time: '16:02', yesterday: true },
    ],
  },
  {
    id: 'group-ai',
    kind: 'group',
    name: 'Book Club',
    jid: '120363047318529671@g.us',
    members: [
      { name: 'Rita', jid: '16180339887498@lid' },
      { name: 'Meta AI', jid: OPEN_BOT_JID },
    ],
    unread: 0,
    messages: [
      { id: '6A7B8C9D0E1F2A3B4C5D', notice: 'e2eNew' },
      { id: '6A7B8C9D0E1F2A3B4C5E', notice: 'aiGroupOpen' },
      {
        id: '6A7B8C9D0E1F2A3B4C5F',
        fromMe: false,
        participant: '16180339887498@lid',
        text: '@Meta AI sum up chapter 3?',
        time: '15:40',
        yesterday: true,
      },
      {
        id: '6A7B8C9D0E1F2A3B4C60',
        fromMe: false,
        participant: OPEN_BOT_JID,
        text: 'Chapter 3 follows the two sisters…',
        time: '15:40',
        yesterday: true,
      },
      { id: '3EB0D2C3B4A5968778F1', fromMe: true, text: 'Thanks, see you Thursday.', time: '15:45', yesterday: true },
    ],
  },
  {
    id: 'group-ai-private',
    kind: 'group',
    name: 'Family Trip',
    jid: '120363058472917364@g.us',
    privateProcessing: true,
    members: [
      { name: 'Joana', jid: '14142135623730@lid' },
      { name: 'Meta AI', jid: PRIVATE_BOT_JID },
    ],
    unread: 0,
    messages: [
      { id: '7B8C9D0E1F2A3B4C5D6E', notice: 'e2eNew' },
      { id: '7B8C9D0E1F2A3B4C5D6F', notice: 'aiGroupPrivate' },
      {
        id: '7B8C9D0E1F2A3B4C5D70',
        fromMe: false,
        participant: '14142135623730@lid',
        text: '@Meta AI packing list for the beach?',
        time: '15:20',
        yesterday: true,
      },
      {
        id: '7B8C9D0E1F2A3B4C5D71',
        fromMe: false,
        participant: PRIVATE_BOT_JID,
        text: 'Sunscreen, hats, water…',
        time: '15:20',
        yesterday: true,
      },
    ],
  },
  {
    id: 'personal-mention',
    kind: 'personal',
    name: 'Leo Martins',
    jid: '5511933221100@c.us',
    presence: { lastSeen: '15:10' },
    unread: 0,
    messages: [
      { id: '8C9D0E1F2A3B4C5D6E7F', notice: 'e2eNew' },
      { id: '3EB0E3D4C5B6A7988990', fromMe: true, text: '@Meta AI what time is sunset today?', time: '15:05', yesterday: true },
      { id: '8C9D0E1F2A3B4C5D6E80', notice: 'aiMention' },
      {
        id: '8C9D0E1F2A3B4C5D6E81',
        fromMe: false,
        participant: OPEN_BOT_JID,
        text: 'Sunset is at 5:32 PM.',
        time: '15:05',
        yesterday: true,
      },
    ],
  },
  {
    id: 'biz-ai-meta',
    kind: 'business',
    name: 'Casa Verde Plants',
    jid: '5511977776666@c.us',
    hosting: 'self',
    verified: false,
    bizAi: 'meta',
    acp: 'on',
    category: 'Garden center',
    presence: { lastSeen: '14:55' },
    unread: 0,
    messages: [
      { id: '9D0E1F2A3B4C5D6E7F80', notice: 'e2eNew' },
      { id: '9D0E1F2A3B4C5D6E7F81', notice: 'bizAiMeta' },
      { id: '3EB0F4E5D6C7B8A99A01', fromMe: true, text: 'Do you deliver ferns on Saturday?', time: '14:50', yesterday: true },
      {
        id: '9D0E1F2A3B4C5D6E7F82',
        fromMe: false,
        ai: true,
        text: 'Yes! Saturday delivery is available until 2 PM.',
        time: '14:50',
        yesterday: true,
      },
      { id: '9D0E1F2A3B4C5D6E7F83', notice: 'acpOn' },
    ],
  },
  {
    id: 'biz-ai-vendor',
    kind: 'business',
    name: 'QuickFix Telecom',
    jid: '5511966665555@c.us',
    hosting: 'vendor',
    verified: false,
    bizAi: 'third-party',
    category: 'Telecommunications',
    presence: { online: true },
    unread: 0,
    messages: [
      { id: 'AE1F2A3B4C5D6E7F8091', notice: 'vendor' },
      { id: 'AE1F2A3B4C5D6E7F8092', notice: 'bizAi3p' },
      { id: '3EB0A5F6E7D8C9BAAB12', fromMe: true, text: 'My internet is down since this morning.', time: '14:30', yesterday: true },
      {
        id: 'AE1F2A3B4C5D6E7F8093',
        fromMe: false,
        text: 'Sorry to hear that! Let me look up your account.',
        time: '14:31',
        yesterday: true,
      },
      { id: 'AE1F2A3B4C5D6E7F8094', fromMe: false, kind: 'phoneRequest', time: '14:31', yesterday: true },
    ],
  },
  {
    id: 'biz-ad-share',
    kind: 'business',
    name: 'Lumen Optics',
    jid: '5521955554444@c.us',
    hosting: 'meta',
    verified: false,
    fromAd: true,
    category: 'Optician',
    presence: { online: true },
    unread: 0,
    messages: [
      { id: 'BF2A3B4C5D6E7F8091A2', notice: 'ctwa' },
      { id: 'BF2A3B4C5D6E7F8091A3', notice: 'dataSharingOn' },
      { id: 'BF2A3B4C5D6E7F8091A4', notice: 'meta' },
      { id: '3EB0B6A7F8E9D0CBBC23', fromMe: true, text: 'Is the blue-light offer still on?', time: '14:10', yesterday: true },
      { id: 'BF2A3B4C5D6E7F8091A5', fromMe: false, text: 'It is, until Sunday.', time: '14:12', yesterday: true },
    ],
  },
];

export const CHAT_IDS = CHATS.map((c) => c.id);
export const AI_CHAT_IDS = AI_CHATS.map((c) => c.id);

/** The chats a page shows: CHATS, and AI_CHATS with ?ai=1. */
export function chatsFor(ai) {
  return ai ? [...CHATS, ...AI_CHATS] : CHATS;
}

export function chatById(id) {
  return CHATS.find((c) => c.id === id) ?? AI_CHATS.find((c) => c.id === id);
}

/** `data-id` of one message (whatsapp-dom.md §b.3, WAWebMsgKey); channel ids are server ids. */
export function messageKey(chat, msg) {
  const base = `${msg.fromMe ? 'true' : 'false'}_${chat.jid}_${msg.id}`;
  return !msg.fromMe && msg.participant ? `${base}_${msg.participant}` : base;
}
