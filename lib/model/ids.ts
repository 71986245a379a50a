// The exact ids of metadata categories and audiences. The UI, exports, rules and tests use these strings;
// never rename a shipped id (exports and stored tallies carry them).
export const CATEGORY_IDS = [
  'phone-number',
  'profile',
  'presence',
  'business-interactions',
  'message-content',
  'ad-attribution',
  'device-network',
  'location',
  'contacts',
  'transactions',
] as const;
export type CategoryId = (typeof CATEGORY_IDS)[number];

export const AUDIENCE_IDS = ['business', 'vendor', 'meta', 'whatsapp', 'everyone'] as const;
export type AudienceId = (typeof AUDIENCE_IDS)[number];

export const REGIONS = ['european-region', 'elsewhere'] as const;
export type Region = (typeof REGIONS)[number];
