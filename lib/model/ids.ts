// The exact ids of metadata categories and audiences. The UI, exports, rules and tests use these strings;
// never rename a shipped id (exports and stored tallies carry them); new ids are appended.
import type { ChatAi, ChatKind } from './observation';

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
  // What is sent to Meta AI or to a business's AI (docs/research/ai-2026.md §2–§5).
  'ai-conversations',
] as const;
export type CategoryId = (typeof CATEGORY_IDS)[number];

export const AUDIENCE_IDS = ['business', 'vendor', 'meta', 'whatsapp', 'everyone'] as const;
export type AudienceId = (typeof AUDIENCE_IDS)[number];

export const REGIONS = ['european-region', 'elsewhere'] as const;
export type Region = (typeof REGIONS)[number];

/**
 * Tally scopes besides '*' (everything) and a business key: the events in one AI setting, so the snapshot can
 * say what went to Meta AI without reading events. 'meta-ai': the Meta AI chat; 'meta-ai-open': a chat where
 * Meta AI can read new messages (docs/research/ai-2026.md §2, §3.2).
 */
export const AI_SCOPES = ['meta-ai', 'meta-ai-open'] as const;
export type AiScope = (typeof AI_SCOPES)[number];

/** The AI scope an event is also tallied under, if any. */
export function aiScopeOf(event: { chat?: ChatKind; metaAi?: ChatAi }): AiScope | undefined {
  if (event.chat === 'meta-ai') return 'meta-ai';
  if (event.metaAi === 'open') return 'meta-ai-open';
  return undefined;
}
