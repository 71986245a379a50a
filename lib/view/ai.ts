// The dashboard's "AI" part: what went to an AI in the range, what happens to it, and the walkthrough that limits
// it (docs/research/ai-2026.md §2–§5). Counts come from the snapshot's AI summary; nothing here reads events.
// Chats under Private Processing are never counted: WhatsApp says Meta can't see them (ai-2026.md §3.3).
import { t, type MessageKey } from '@/lib/i18n/t';
import type { Region } from '@/lib/model/ids';
import type { Snapshot } from '@/lib/model/snapshot';
import { walkthroughById } from '@/lib/walkthroughs/index';
import { formatNumber } from './format';

export const AI_EXPOSURES = ['meta-ai-chat', 'open-ai-chats', 'business-ai'] as const;
export type AiExposureId = (typeof AI_EXPOSURES)[number];

export interface AiExposure {
  id: AiExposureId;
  /** Messages sent (Meta AI chat, open chats) or businesses seen (business AI) in the range. */
  count: number;
  /** Where it went, as a row header. */
  where: string;
  /** The count in words. */
  amount: string;
  /** What happens to what was sent there. */
  happens: string;
  /** The walkthrough that limits it, and its title. */
  walkthroughId: string;
  walkthroughTitle: string;
}

interface Spec {
  where: MessageKey;
  /** One whole sentence, or one per region where the region changes the answer. */
  happens: MessageKey | Record<Region, MessageKey>;
  walkthroughId: string;
}

const SPECS: Record<AiExposureId, Spec> = {
  // ai-2026.md §2, §4.1–4.3: not end-to-end encrypted to Meta, kept, may be reviewed, used for AI; for ads since
  // 16 December 2025 except, as reported, in the EU, the UK and South Korea: worded as reported, since that is not
  // exactly our European Region (§4.2).
  'meta-ai-chat': {
    where: 'dashboard_ai_meta_chat',
    happens: { 'european-region': 'dashboard_ai_meta_chat_happens_european_region', elsewhere: 'dashboard_ai_meta_chat_happens_elsewhere' },
    walkthroughId: 'meta-ai-data',
  },
  // ai-2026.md §3.2: "Meta can read new messages"; advanced chat privacy keeps Meta AI out once it is removed (§3.4, §6.4).
  'open-ai-chats': { where: 'dashboard_ai_open_chats', happens: 'dashboard_ai_open_chats_happens', walkthroughId: 'advanced-chat-privacy' },
  // ai-2026.md §5.2: AI from Meta receives the messages; a third-party AI's chats reach Meta too.
  'business-ai': { where: 'dashboard_ai_businesses', happens: 'dashboard_ai_businesses_happens', walkthroughId: 'meta-ai-data' },
};

function messages(n: number): string {
  return n === 0 ? t('dashboard_ai_none') : n === 1 ? t('dashboard_ai_messages1') : t('dashboard_ai_messages', formatNumber(n));
}

function businesses(meta: number, thirdParty: number): string {
  return meta + thirdParty === 0
    ? t('dashboard_ai_none')
    : t('dashboard_ai_business_amount', [formatNumber(meta), formatNumber(thirdParty)]);
}

/** The three places AI reads what you send, in a fixed order, zero rows included. */
export function aiExposures(snapshot: Snapshot): AiExposure[] {
  const { metaAiMessages, openChatMessages, businesses: biz } = snapshot.ai;
  const counts: Record<AiExposureId, { count: number; amount: string }> = {
    'meta-ai-chat': { count: metaAiMessages, amount: messages(metaAiMessages) },
    'open-ai-chats': { count: openChatMessages, amount: messages(openChatMessages) },
    'business-ai': { count: biz.meta + biz.thirdParty, amount: businesses(biz.meta, biz.thirdParty) },
  };
  const region = snapshot.settings.region;
  return AI_EXPOSURES.map((id) => {
    const spec = SPECS[id];
    const walkthrough = walkthroughById(spec.walkthroughId)!;
    const happens = t(typeof spec.happens === 'string' ? spec.happens : spec.happens[region]);
    return { id, ...counts[id], where: t(spec.where), happens, walkthroughId: walkthrough.id, walkthroughTitle: t(walkthrough.title) };
  });
}

/** Walkthroughs for what went to AI in the range, in AI_EXPOSURES order, each once: the popup puts them first. */
export function aiWalkthroughs(snapshot: Snapshot): string[] {
  return [
    ...new Set(
      aiExposures(snapshot)
        .filter((e) => e.count > 0)
        .map((e) => e.walkthroughId),
    ),
  ];
}
