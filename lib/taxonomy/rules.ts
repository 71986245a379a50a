// Which categories × audiences one observation exposes, as a table of rules. Each rule names the
// facts it needs (all given facts must hold) and cites its source (./sources.ts). Rule ids are
// stored with every event and in exports: never rename or repurpose a shipped id.
//
// The European Region (EEA, UK, Switzerland) differs: WhatsApp said in 2021 there were "no changes to
// WhatsApp's data sharing practices in the European region (including UK)" (what-whatsapp-shares.md §3.2), and
// the Irish DPC got Facebook to stop using WhatsApp data of European users for ads and products.
// Rules that rest on sharing with Meta for Meta's own purposes therefore apply only `elsewhere`.
//
// What is sent to an AI Meta runs reaches Meta in every region (docs/research/ai-2026.md §4.1, §5.2); only
// its use for ads differs by region, which the rule's note says (§4.2).
import type { MessageKey } from '../i18n/keys';
import type { PrivacyControlId, PrivacyValue } from '../model/privacy-controls';
import type { BusinessAi, ChatAi, ChatKind, Hosting, MessageKind, Observation, ObservationType } from '../model/observation';
import type { AudienceId, CategoryId, Region } from '../model/ids';
import type { SourceId } from './sources';

export interface Exposure {
  category: CategoryId;
  audience: AudienceId;
}

/** The facts a rule may ask about. Business verification is not one: it changes who the business is, not what it sees. */
export interface Condition {
  readonly types?: readonly ObservationType[];
  readonly chat?: readonly ChatKind[];
  readonly hosting?: readonly Hosting[];
  readonly adsReferral?: boolean;
  /** Whose AI answers for the business ('none' when no AI was seen). */
  readonly ai?: readonly BusinessAi[];
  /** Meta AI inside the chat; a chat where none was seen matches no value. */
  readonly metaAi?: readonly ChatAi[];
  /** Meta AI states that rule the condition out (a chat where none was seen is never ruled out). */
  readonly notMetaAi?: readonly ChatAi[];
  readonly message?: readonly MessageKind[];
  readonly control?: readonly PrivacyControlId[];
  readonly value?: readonly PrivacyValue[];
  readonly region?: Region;
}

export interface Rule {
  readonly id: string;
  readonly when: Condition;
  readonly exposes: readonly Exposure[];
  readonly source: SourceId;
  /** The words of the source the rule rests on. */
  readonly quote: string;
  /** More the user should know about what the rule counted, worded for their region. */
  readonly note?: RuleNote;
}

export interface RuleNote {
  readonly text: Readonly<Record<Region, MessageKey>>;
  readonly source: SourceId;
}

/** Meta's use of AI chats for ads since 16 December 2025, outside the EU, UK and South Korea (ai-2026.md §4.2). */
const AI_ADS_NOTE: RuleNote = {
  text: { elsewhere: 'taxonomy_note_ai_ads_elsewhere', 'european-region': 'taxonomy_note_ai_ads_european_region' },
  source: 'meta-ai-personalization-2025',
};

const BUSINESS_CHAT = { types: ['chat-opened', 'message-sent'], chat: ['business'] } as const;

export const RULES: readonly Rule[] = [
  // — business chats (what-whatsapp-shares.md §3.3) —
  {
    id: 'business-sees-number-profile',
    when: BUSINESS_CHAT,
    exposes: [
      { category: 'phone-number', audience: 'business' },
      { category: 'profile', audience: 'business' },
    ],
    source: 'privacy-policy-2021',
    quote: "Your phone number, profile name and photo, 'about' information… are available to anyone… including businesses.",
  },
  {
    id: 'business-interaction-whatsapp',
    when: BUSINESS_CHAT,
    exposes: [{ category: 'business-interactions', audience: 'whatsapp' }],
    source: 'privacy-policy-2021',
    quote: 'Usage And Log Information… how you interact with others… (including when you interact with a business)',
  },
  {
    id: 'business-interaction-meta',
    when: { ...BUSINESS_CHAT, region: 'elsewhere' },
    exposes: [{ category: 'business-interactions', audience: 'meta' }],
    source: 'faq-meta-companies',
    quote: 'information on how you interact with others (including businesses)',
  },
  {
    // Meta runs the chat as the business's provider (Cloud API): content is decrypted on Meta's servers.
    id: 'meta-hosted-content',
    when: { ...BUSINESS_CHAT, hosting: ['meta'] },
    exposes: [{ category: 'message-content', audience: 'meta' }],
    source: 'cloud-api-data-privacy',
    quote:
      'Meta acts as a data processor/service provider on behalf of the business; Cloud API decrypts messages and forwards them to the business.',
  },
  {
    id: 'vendor-hosted-content',
    when: { ...BUSINESS_CHAT, hosting: ['vendor'] },
    exposes: [{ category: 'message-content', audience: 'vendor' }],
    // The vendor holds the decrypted chat: such chats are not end-to-end encrypted (category source).
    source: 'faq-business-chats',
    quote: "Use a partner: 'This business works with other companies…'",
  },
  {
    // Applies in every region: the ad system, not the WhatsApp account, reports these chats to Meta.
    id: 'ad-referral',
    when: { ...BUSINESS_CHAT, adsReferral: true },
    exposes: [
      { category: 'ad-attribution', audience: 'meta' },
      { category: 'business-interactions', audience: 'meta' },
    ],
    source: 'faq-click-to-whatsapp',
    quote: 'Meta receives limited info like: The number of chats and calls you make with the business.',
  },
  {
    id: 'location-to-business',
    when: { types: ['message-sent'], chat: ['business'], message: ['location'] },
    exposes: [{ category: 'location', audience: 'business' }],
    source: 'privacy-policy-2021',
    quote: 'content you share may be visible to several people in that business',
  },
  {
    id: 'contact-card-to-business',
    when: { types: ['message-sent'], chat: ['business'], message: ['contact'] },
    exposes: [{ category: 'contacts', audience: 'business' }],
    source: 'privacy-policy-2021',
    quote: 'content you share may be visible to several people in that business',
  },

  // — AI (ai-2026.md §2–§5). Messages only: opening an AI chat sends nothing to it. Nothing for Meta AI under
  // Private Processing (WhatsApp and Meta can't see the chat, §3.3) nor for a chat where someone only
  // mentioned @Meta AI (only what is shared with it goes to Meta, and which messages those are can't be seen, §3.1).
  {
    // Any kind of message: the chat takes text, images, video and documents (ai-2026.md §2.3), and whatever
    // else is sent there reaches Meta the same way. The Meta AI chat is never a business chat.
    id: 'meta-ai-chat',
    // Incognito Chat runs under Private Processing: Meta can't see it (ai-2026.md §3.3).
    when: { types: ['message-sent'], chat: ['meta-ai'], notMetaAi: ['private-processing'] },
    exposes: [{ category: 'ai-conversations', audience: 'meta' }],
    source: 'web-meta-ai-learn-more',
    quote: 'Meta may use your AI messages to improve AI quality. But your personal messages are never sent to Meta.',
    note: AI_ADS_NOTE,
  },
  {
    // Meta AI was added to the chat in the open (not under Private Processing): everything new is readable by Meta.
    id: 'meta-ai-reads-chat',
    when: { types: ['message-sent'], chat: ['group', 'personal'], metaAi: ['open'] },
    exposes: [{ category: 'message-content', audience: 'meta' }],
    source: 'web-meta-ai-in-chat',
    quote: 'A group member added Meta AI to this chat. Meta can read new messages.',
  },
  {
    // Whoever hosts the business's chats (the business rules above still apply): the AI is Meta's.
    id: 'business-ai-meta',
    when: { types: ['message-sent'], chat: ['business'], ai: ['meta'] },
    exposes: [{ category: 'ai-conversations', audience: 'meta' }],
    source: 'web-business-ai',
    quote: 'AI from Meta receives messages to improve AI quality and generate messages for this business.',
  },
  {
    id: 'business-ai-third-party',
    when: { types: ['message-sent'], chat: ['business'], ai: ['third-party'] },
    exposes: [
      { category: 'ai-conversations', audience: 'vendor' },
      { category: 'ai-conversations', audience: 'meta' },
    ],
    source: 'web-business-ai',
    quote: 'This AI is from a third-party developer. Meta receives your AI chats to improve its AI quality.',
  },

  // — every WhatsApp Web session (what-whatsapp-shares.md §3.1–3.2) —
  {
    id: 'session-device-whatsapp',
    when: { types: ['session'] },
    exposes: [{ category: 'device-network', audience: 'whatsapp' }],
    source: 'privacy-policy-2021',
    quote: 'Device And Connection Information… IP address…',
  },
  {
    id: 'session-presence-whatsapp',
    when: { types: ['session'] },
    exposes: [{ category: 'presence', audience: 'whatsapp' }],
    source: 'privacy-policy-2021',
    quote: "whether you are online, when you last used our Services (your 'last seen')",
  },
  {
    id: 'session-location-whatsapp',
    when: { types: ['session'] },
    exposes: [{ category: 'location', audience: 'whatsapp' }],
    source: 'privacy-policy-2021',
    quote: 'location "estimate[d]" from IP and phone area code',
  },
  {
    id: 'session-account-meta',
    when: { types: ['session'], region: 'elsewhere' },
    exposes: [
      { category: 'phone-number', audience: 'meta' },
      { category: 'device-network', audience: 'meta' },
    ],
    source: 'faq-meta-companies',
    quote: 'account registration information (such as your phone number)… mobile device information, your IP address',
  },
  {
    id: 'session-last-used-meta',
    when: { types: ['session'], region: 'elsewhere' },
    exposes: [{ category: 'presence', audience: 'meta' }],
    source: 'oaic-2016',
    quote: 'the phone number used to verify the WhatsApp account, and the last time the app was used',
  },

  // — privacy settings read on WhatsApp Web (what-whatsapp-shares.md §3.1, §4) —
  {
    id: 'last-seen-everyone',
    when: { types: ['privacy-value'], control: ['last-seen'], value: ['everyone'] },
    exposes: [{ category: 'presence', audience: 'everyone' }],
    source: 'privacy-policy-2021',
    quote: 'last seen information… available to anyone',
  },
  {
    id: 'online-everyone',
    when: { types: ['privacy-value'], control: ['online'], value: ['everyone'] },
    exposes: [{ category: 'presence', audience: 'everyone' }],
    source: 'privacy-policy-2021',
    quote: 'whether you are online',
  },
  {
    id: 'profile-photo-everyone',
    when: { types: ['privacy-value'], control: ['profile-photo'], value: ['everyone'] },
    exposes: [{ category: 'profile', audience: 'everyone' }],
    source: 'privacy-policy-2021',
    quote: 'profile name and photo… available to anyone',
  },
  {
    id: 'about-everyone',
    when: { types: ['privacy-value'], control: ['about'], value: ['everyone'] },
    exposes: [{ category: 'profile', audience: 'everyone' }],
    source: 'privacy-policy-2021',
    quote: "'about' information… available to anyone",
  },
  {
    id: 'read-receipts-on',
    when: { types: ['privacy-value'], control: ['read-receipts'], value: ['on'] },
    exposes: [{ category: 'presence', audience: 'business' }],
    source: 'privacy-policy-2021',
    quote: 'message receipts are available to anyone… including businesses',
  },
  {
    id: 'link-previews-on',
    when: { types: ['privacy-value'], control: ['disable-link-previews'], value: ['off'] },
    exposes: [{ category: 'device-network', audience: 'everyone' }],
    source: 'web-link-previews',
    quote: 'To help protect your IP address from being inferred by third-party websites…',
  },
  {
    id: 'calls-not-relayed',
    when: { types: ['privacy-value'], control: ['protect-ip-calls'], value: ['off'] },
    exposes: [{ category: 'device-network', audience: 'everyone' }],
    source: 'web-protect-ip-calls',
    quote: 'calls on this device will be securely relayed through WhatsApp servers',
  },
];

/** The facts of one observation that rules can ask about. */
interface Facts {
  type: ObservationType;
  chat?: ChatKind;
  hosting?: Hosting;
  adsReferral?: boolean;
  ai?: BusinessAi;
  metaAi?: ChatAi;
  message?: MessageKind;
  control?: PrivacyControlId;
  value?: PrivacyValue;
}

function factsOf(observation: Observation): Facts {
  switch (observation.type) {
    case 'chat-opened':
    case 'message-sent':
      return {
        type: observation.type,
        chat: observation.chat,
        // Unknown hosting claims no content exposure: only what the page showed counts.
        hosting: observation.business?.hosting ?? 'unknown',
        adsReferral: observation.business?.adsReferral ?? false,
        ai: observation.business?.ai ?? 'none',
        metaAi: observation.metaAi,
        message: observation.type === 'message-sent' ? observation.message : undefined,
      };
    case 'privacy-value':
      return { type: observation.type, control: observation.control, value: observation.value };
    default:
      return { type: observation.type };
  }
}

const has = <T>(allowed: readonly T[] | undefined, value: T | undefined): boolean =>
  allowed === undefined || (value !== undefined && allowed.includes(value));

function matches(when: Condition, facts: Facts, region: Region): boolean {
  return (
    has(when.types, facts.type) &&
    has(when.chat, facts.chat) &&
    has(when.hosting, facts.hosting) &&
    has(when.ai, facts.ai) &&
    has(when.metaAi, facts.metaAi) &&
    !(facts.metaAi !== undefined && when.notMetaAi?.includes(facts.metaAi)) &&
    has(when.message, facts.message) &&
    has(when.control, facts.control) &&
    has(when.value, facts.value) &&
    (when.adsReferral === undefined || when.adsReferral === facts.adsReferral) &&
    (when.region === undefined || when.region === region)
  );
}

export interface RuleResult {
  /** Distinct category × audience pairs, in rule order. */
  exposures: Exposure[];
  /** Ids of the rules that matched. */
  rules: string[];
}

/** What this observation exposes to whom, for a user in `region`. Pure. */
export function exposuresFor(observation: Observation, region: Region): RuleResult {
  const facts = factsOf(observation);
  const exposures: Exposure[] = [];
  const rules: string[] = [];
  for (const rule of RULES) {
    if (!matches(rule.when, facts, region)) continue;
    rules.push(rule.id);
    for (const e of rule.exposes) {
      if (!exposures.some((x) => x.category === e.category && x.audience === e.audience)) exposures.push({ ...e });
    }
  }
  return { exposures, rules };
}

export function ruleById(id: string): Rule | undefined {
  return RULES.find((r) => r.id === id);
}

/** The note shown with a rule to a user in `region` (its catalog key and source), if the rule has one. */
export function ruleNote(id: string, region: Region): { text: MessageKey; source: SourceId } | undefined {
  const note = ruleById(id)?.note;
  return note && { text: note.text[region], source: note.source };
}
