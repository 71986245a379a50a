// A snapshot with only what the walkthrough views read: the statuses.
import type { Snapshot } from '@/lib/model/snapshot';
import type { WalkthroughStatus } from '@/lib/model/walkthrough-status';
import { DEFAULT_SETTINGS } from '@/lib/storage/preferences';

export function walkthroughSnapshot(statuses: Record<string, WalkthroughStatus> = {}): Snapshot {
  return {
    generatedAt: 0,
    days: 30,
    settings: DEFAULT_SETTINGS,
    businessChats: 0,
    interactions: 0,
    matrix: [],
    timeline: [],
    today: 0,
    businesses: [],
    audit: [],
    strictAccount: null,
    ai: { metaAiMessages: 0, openChatMessages: 0, businesses: { meta: 0, thirdParty: 0 } },
    health: { status: 'ok', failed: [], at: null },
    walkthroughs: Object.fromEntries(Object.entries(statuses).map(([id, status]) => [id, { status, updatedAt: 0 }])),
    empty: false,
  };
}
