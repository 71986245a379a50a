// The public documents behind every category, rule and walkthrough: what a user can open to check a claim.
// Users see a title and an https link to a primary source (WhatsApp's or Meta's own pages, a regulator, or
// WhatsApp Web's own wording of a setting); `research` points developers at our notes and is never shown.
// Titles stay in English because they name documents; they are citations, not UI sentences.

export interface Source {
  /** The document's title as the user sees it, with its date where the claim rests on one version. */
  readonly title: string;
  /** Public https address of the primary source. */
  readonly url: string;
  /** For developers, never shown: where docs/research/ discusses the source. */
  readonly research: string;
}

export const SOURCES = {
  'privacy-policy-2021': {
    title: 'WhatsApp Privacy Policy, update of 4 January 2021 (archived copy)',
    url: 'https://web.archive.org/web/20210110/https://www.whatsapp.com/legal/updates/privacy-policy',
    research: 'what-whatsapp-shares.md §3.1',
  },
  'faq-meta-companies': {
    title: 'WhatsApp Help Center: how WhatsApp works with the Meta companies',
    url: 'https://faq.whatsapp.com/683043392411948',
    research: 'what-whatsapp-shares.md §3.1',
  },
  'faq-not-e2ee': {
    title: 'WhatsApp Help Center: information that is not end-to-end encrypted',
    url: 'https://faq.whatsapp.com/236979282604093',
    research: 'what-whatsapp-shares.md §3.1',
  },
  'faq-web-phone-number': {
    title: 'WhatsApp Help Center: change your privacy settings',
    url: 'https://faq.whatsapp.com/3307102709559968',
    research: 'what-whatsapp-shares.md §3.1, §4',
  },
  'faq-business-chats': {
    title: 'WhatsApp Help Center: chatting with businesses',
    url: 'https://faq.whatsapp.com/643460927283235',
    research: 'what-whatsapp-shares.md §1.5, §3.3',
  },
  'faq-block-report': {
    title: 'WhatsApp Help Center: how to block and report someone',
    url: 'https://faq.whatsapp.com/1142481766359885',
    research: 'what-whatsapp-shares.md §4',
  },
  'meta-business-messaging-2020': {
    title: 'Meta Newsroom: Privacy Matters: WhatsApp Business Conversations (October 2020)',
    url: 'https://about.fb.com/news/2020/10/privacy-matters-whatsapp-business-conversations/',
    research: 'what-whatsapp-shares.md §3.3',
  },
  'cloud-api-data-privacy': {
    title: 'WhatsApp Cloud API documentation: data privacy and security',
    url: 'https://developers.facebook.com/docs/whatsapp/cloud-api/overview/data-privacy-and-security',
    research: 'what-whatsapp-shares.md §3.3',
  },
  'faq-click-to-whatsapp': {
    title: 'WhatsApp Help Center: chats with businesses that start from an ad',
    url: 'https://faq.whatsapp.com/785493319976156',
    research: 'what-whatsapp-shares.md §1.4, §3.3',
  },
  'faq-updates-tab-ads': {
    title: 'WhatsApp Help Center: about ads in WhatsApp Status and Channels',
    url: 'https://faq.whatsapp.com/337473702666585',
    research: 'ai-2026.md §7.2',
  },
  'oaic-2016': {
    title:
      'Office of the Australian Information Commissioner: WhatsApp users have 30 days to opt-out of information sharing with Facebook (26 August 2016)',
    url: 'https://www.oaic.gov.au/updates/news-and-media/whatsapp-users-have-30-days-to-opt-out-of-information-sharing-with-facebook',
    research: 'what-whatsapp-shares.md §3.2',
  },
  'european-region-2021': {
    title: 'WhatsApp Privacy Policy for the European Region (WhatsApp Ireland Limited)',
    url: 'https://www.whatsapp.com/legal/privacy-policy-eea',
    research: 'what-whatsapp-shares.md §3.2',
  },
  'dpc-whatsapp-2021': {
    title: 'Irish Data Protection Commission: decision in the WhatsApp inquiry (2 September 2021)',
    url: 'https://www.dataprotection.ie/en/news-media/press-releases/data-protection-commission-announces-decision-whatsapp-inquiry',
    research: 'what-whatsapp-shares.md §3.2',
  },
  'faq-block-unknown': {
    title: 'WhatsApp Help Center: how to block high volumes of unknown messages',
    url: 'https://faq.whatsapp.com/3379690015658337',
    research: 'what-whatsapp-shares.md §4',
  },
  'faq-two-step': {
    title: 'WhatsApp Help Center: about two-step verification',
    url: 'https://faq.whatsapp.com/1278661612895630',
    research: 'what-whatsapp-shares.md §4',
  },
  'faq-linked-devices': {
    title: 'WhatsApp Help Center: about linked devices',
    url: 'https://faq.whatsapp.com/378279804439436',
    research: 'what-whatsapp-shares.md §4',
  },
  'faq-encrypted-backup': {
    title: 'WhatsApp Help Center: about end-to-end encrypted backup',
    url: 'https://faq.whatsapp.com/490592613091019',
    research: 'what-whatsapp-shares.md §4',
  },
  'meta-engineering-calls-2023': {
    title: 'Meta Engineering: WhatsApp calls, enhancing security (November 2023)',
    url: 'https://engineering.fb.com/2023/11/08/security/whatsapp-calls-enhancing-security/',
    research: 'what-whatsapp-shares.md §4',
  },
  // Settings whose own description in WhatsApp Web is the best primary source (whatsapp-dom.md §d.3–d.6).
  'web-link-previews': {
    title: 'WhatsApp Web, Settings › Privacy: the description of "Turn off link previews"',
    url: 'https://web.whatsapp.com/',
    research: 'what-whatsapp-shares.md §4',
  },
  'web-protect-ip-calls': {
    title: 'WhatsApp Web, Settings › Privacy: the description of "Protect IP address in calls"',
    url: 'https://web.whatsapp.com/',
    research: 'what-whatsapp-shares.md §4',
  },
  'web-default-timer': {
    title: 'WhatsApp Web, Settings › Privacy › Default message timer',
    url: 'https://web.whatsapp.com/',
    research: 'what-whatsapp-shares.md §4',
  },
  'web-security-notifications': {
    title: 'WhatsApp Web, Settings › Account › Security: "Show security notifications on this computer"',
    url: 'https://web.whatsapp.com/',
    research: 'what-whatsapp-shares.md §4',
  },
  'web-request-account-info': {
    title: 'WhatsApp Web, Settings › Account › Request account info',
    url: 'https://web.whatsapp.com/',
    research: 'what-whatsapp-shares.md §4',
  },
  // What WhatsApp Web itself says about its AI (ai-2026.md §3–§5): the wording of its notices.
  'web-meta-ai-learn-more': {
    title: 'WhatsApp Web, the Meta AI chat: "Learn more" about messages with AI from Meta',
    url: 'https://web.whatsapp.com/',
    research: 'ai-2026.md §4.1',
  },
  'web-meta-ai-in-chat': {
    title: 'WhatsApp Web, a group with Meta AI in it: the notice "A group member added Meta AI to this chat"',
    url: 'https://web.whatsapp.com/',
    research: 'ai-2026.md §3.2',
  },
  'web-business-ai': {
    title: "WhatsApp Web, a business chat that uses AI: the notice about the business's AI",
    url: 'https://web.whatsapp.com/',
    research: 'ai-2026.md §5.2',
  },
  // The 2025–26 controls the walkthroughs explain (ai-2026.md): WhatsApp's and Meta's own announcements and pages.
  'blog-advanced-chat-privacy': {
    title: 'WhatsApp Blog: Introducing Advanced Chat Privacy (April 2025)',
    url: 'https://blog.whatsapp.com/introducing-advanced-chat-privacy',
    research: 'ai-2026.md §6.1',
  },
  'web-advanced-chat-privacy': {
    title: "WhatsApp Web, a chat's info › Advanced chat privacy: the setting's own description",
    url: 'https://web.whatsapp.com/',
    research: 'ai-2026.md §6.3, §6.4',
  },
  'meta-ai-personalization-2025': {
    title: 'Meta Newsroom: Improving your recommendations on our apps with AI at Meta (October 2025)',
    url: 'https://about.fb.com/news/2025/10/improving-your-recommendations-apps-ai-meta/',
    research: 'ai-2026.md §4.2',
  },
  'meta-private-processing-2025': {
    title: 'Meta Engineering: Building Private Processing for AI tools on WhatsApp (April 2025)',
    url: 'https://engineering.fb.com/2025/04/29/security/whatsapp-private-processing-ai-tools/',
    research: 'ai-2026.md §4.6',
  },
  'whatsapp-privacy-request-form': {
    title: 'WhatsApp: the privacy request form (to object to a use of your data, or ask about it)',
    url: 'https://www.whatsapp.com/contact/forms/382532939919295',
    research: 'ai-2026.md §4.5',
  },
  'meta-updates-tab-2025': {
    title: 'Meta Newsroom: Helping you find more channels and businesses on WhatsApp (June 2025)',
    url: 'https://about.fb.com/news/2025/06/helping-you-find-more-channels-businesses-on-whatsapp/',
    research: 'ai-2026.md §7.1',
  },
  'meta-activity-other-businesses-2026': {
    title: 'Meta Newsroom: Better personalization and changes to controls for your activity from other businesses (June 2026)',
    url: 'https://about.fb.com/news/2026/06/better-personalization-and-changes-to-controls-for-your-activity-from-other-businesses/',
    research: 'ai-2026.md §7.7',
  },
  'blog-strict-account-settings': {
    title: "WhatsApp Blog: WhatsApp's latest privacy protection, Strict Account Settings (January 2026)",
    url: 'https://blog.whatsapp.com/whatsapps-latest-privacy-protection-strict-account-settings',
    research: 'ai-2026.md §9.1',
  },
  'faq-usernames': {
    title: 'WhatsApp Help Center: about usernames',
    url: 'https://faq.whatsapp.com/658755553162769',
    research: 'ai-2026.md §8.2',
  },
  'cloud-api-business-scoped-ids': {
    title: 'WhatsApp Business Platform documentation: business-scoped user IDs (updated May 2026)',
    url: 'https://developers.facebook.com/documentation/business-messaging/whatsapp/business-scoped-user-ids/',
    research: 'ai-2026.md §8.3',
  },
} as const satisfies Record<string, Source>;

export type SourceId = keyof typeof SOURCES;
