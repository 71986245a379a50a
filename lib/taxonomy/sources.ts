// Where each category and rule comes from, as the research notes cite it
// (docs/research/what-whatsapp-shares.md §1.5, §3, §4 and ../shared/seeds/*.txt). Shown beside the ledger so a
// user can check every claim; kept in English because these are citations, not UI sentences.

export interface Source {
  /** A short name for the source. */
  readonly name: string;
  /** Address or archive path exactly as the notes give it. */
  readonly ref: string;
  /** Where the notes discuss it. */
  readonly section: string;
}

export const SOURCES = {
  'privacy-policy-2021': {
    name: 'WhatsApp Privacy Policy (January 2021)',
    ref: 'kemitchell/whatsapp-privacy-policy/2021-01-04.html',
    section: 'what-whatsapp-shares.md §3.1',
  },
  'faq-meta-companies': {
    name: 'WhatsApp FAQ: how WhatsApp works with the Meta companies',
    ref: 'https://faq.whatsapp.com/683043392411948',
    section: 'what-whatsapp-shares.md §3.1; seeds/001_908e1634101fa0dc.txt',
  },
  'faq-not-e2ee': {
    name: 'WhatsApp FAQ: information that is not end-to-end encrypted',
    ref: 'https://faq.whatsapp.com/236979282604093',
    section: 'what-whatsapp-shares.md §3.1',
  },
  'faq-web-phone-number': {
    name: 'WhatsApp FAQ: WhatsApp Web',
    ref: 'https://faq.whatsapp.com/3307102709559968',
    section: 'what-whatsapp-shares.md §3.1',
  },
  'faq-business-chats': {
    name: 'WhatsApp FAQ: chats with businesses',
    ref: 'https://faq.whatsapp.com/643460927283235',
    section: 'what-whatsapp-shares.md §1.5, §3.3',
  },
  'meta-business-messaging-2020': {
    name: 'Meta newsroom on business messaging (October 2020)',
    ref: 'about.fb.com',
    section: 'what-whatsapp-shares.md §3.3',
  },
  'cloud-api-data-privacy': {
    name: 'WhatsApp Cloud API: data privacy and security',
    ref: 'https://developers.facebook.com/docs/whatsapp/cloud-api/overview/data-privacy-and-security',
    section: 'what-whatsapp-shares.md §3.3',
  },
  'faq-click-to-whatsapp': {
    name: 'WhatsApp FAQ: chats that start from an ad',
    ref: 'https://faq.whatsapp.com/785493319976156',
    section: 'what-whatsapp-shares.md §1.4, §3.3',
  },
  'oaic-2016': {
    name: 'Office of the Australian Information Commissioner on the 2016 change',
    ref: 'oaic.gov.au',
    section: 'what-whatsapp-shares.md §3.2; seeds/003_35061254d465fd22.txt',
  },
  'european-region-2021': {
    name: 'WhatsApp statement on the European Region (2021)',
    ref: 'techflarestudio.com (quoting WhatsApp)',
    section: 'what-whatsapp-shares.md §3.2; seeds/000_005ebc3cd0eed75a.txt',
  },
  'web-link-previews': {
    name: 'WhatsApp Web privacy settings: Turn off link previews',
    ref: 'WAWeb string dump 53930734422',
    section: 'what-whatsapp-shares.md §4',
  },
  'web-protect-ip-calls': {
    name: 'WhatsApp privacy settings: Protect IP address in calls',
    ref: 'eyerys.com (2023); WAWeb string dump',
    section: 'what-whatsapp-shares.md §4',
  },
} as const satisfies Record<string, Source>;

export type SourceId = keyof typeof SOURCES;
