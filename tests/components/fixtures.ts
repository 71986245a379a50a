// Snapshot builders for component tests: empty (first run), typical (a week of use) and large
// (three years of daily tallies, 500 businesses). Like lib/ledger/snapshot.ts, the matrix and the
// timeline are built from the same daily cells, so views can be checked against numbers computed here.
import type { AiSummary, AuditRow, BusinessRow, Snapshot, TallyCell } from '@/lib/model/snapshot';
import type { CategoryId } from '@/lib/model/ids';
import { PRIVACY_CONTROLS } from '@/lib/model/privacy-controls';
import { DEFAULT_SETTINGS } from '@/lib/storage/preferences';

const DAY = 86_400_000;
export const NOW = Date.UTC(2026, 2, 12, 12, 0, 0);

function isoDay(epochMs: number): string {
  const d = new Date(epochMs);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

/** `days` timeline rows ending today, each with the per-category counts `perDay(index)` returns. */
export function timeline(days: number, perDay: (index: number) => Partial<Record<CategoryId, number>>): Snapshot['timeline'] {
  return Array.from({ length: days }, (_, index) => {
    const byCategory = perDay(index);
    const total = Object.values(byCategory).reduce((sum, n) => sum + (n ?? 0), 0);
    return { day: isoDay(NOW - (days - 1 - index) * DAY), total, byCategory };
  });
}

/** A matrix and a timeline of `days` days in which every day has the same `cells`. */
export function steadyDays(days: number, cells: TallyCell[]): Pick<Snapshot, 'matrix' | 'timeline'> {
  const perDay: Partial<Record<CategoryId, number>> = {};
  for (const c of cells) perDay[c.category] = (perDay[c.category] ?? 0) + c.count;
  return {
    matrix: cells.map((c) => ({ ...c, count: c.count * days })),
    timeline: timeline(days, () => ({ ...perDay })),
  };
}

type Observed = Omit<AuditRow, 'lockedByStrict'> & Partial<Pick<AuditRow, 'lockedByStrict'>>;

/** Like the snapshot's audit: every control in order, never-observed unless `observed` has a row for it; not locked unless said. */
export function audit(observed: Observed[] = []): AuditRow[] {
  return PRIVACY_CONTROLS.map(({ id }) => {
    const row = observed.find((r) => r.control === id) ?? { control: id, value: null, observedAt: null, mostPrivate: false };
    return { lockedByStrict: false, ...row };
  });
}

/** Nothing went to AI. */
export function noAi(): AiSummary {
  return { metaAiMessages: 0, openChatMessages: 0, businesses: { meta: 0, thirdParty: 0 } };
}

export function business(ordinal: number, overrides: Partial<BusinessRow> = {}): BusinessRow {
  return {
    key: ordinal.toString(16).padStart(64, 'a'),
    ordinal,
    verification: 'verified',
    hosting: 'meta',
    adsReferral: false,
    ai: 'none',
    interactions: 3,
    firstSeen: NOW - 10 * DAY,
    lastSeen: NOW - ordinal * 60_000,
    ignored: false,
    ...overrides,
  };
}

export function snapshot(overrides: Partial<Snapshot> = {}): Snapshot {
  return {
    generatedAt: NOW,
    days: 7,
    settings: { ...DEFAULT_SETTINGS },
    businessChats: 0,
    interactions: 0,
    matrix: [],
    timeline: timeline(7, () => ({})),
    today: 0,
    businesses: [],
    audit: audit(),
    strictAccount: null,
    ai: noAi(),
    health: { status: 'ok', failed: [], at: NOW },
    walkthroughs: {},
    empty: false,
    ...overrides,
  };
}

export function emptySnapshot(): Snapshot {
  return snapshot({ empty: true, health: { status: 'unknown', failed: [], at: null } });
}

/**
 * A week of 12 business chats. Exposures per day: phone number 3 to the business and 1 to Meta,
 * presence 2 to everyone and 1 to WhatsApp, device and network 1 to WhatsApp.
 * Over 7 days: phone-number 28 (21 + 7), presence 21 (14 + 7), device-network 7; 8 a day.
 */
export function typicalSnapshot(overrides: Partial<Snapshot> = {}): Snapshot {
  return snapshot({
    businessChats: 12,
    interactions: 42,
    ...steadyDays(7, [
      { category: 'phone-number', audience: 'business', count: 3 },
      { category: 'phone-number', audience: 'meta', count: 1 },
      { category: 'presence', audience: 'everyone', count: 2 },
      { category: 'presence', audience: 'whatsapp', count: 1 },
      { category: 'device-network', audience: 'whatsapp', count: 1 },
    ]),
    today: 4,
    businesses: Array.from({ length: 12 }, (_, i) => business(i + 1, { hosting: i % 3 === 0 ? 'vendor' : 'meta', adsReferral: i === 2 })),
    audit: audit([
      { control: 'last-seen', value: 'nobody', observedAt: NOW - DAY, mostPrivate: true },
      { control: 'read-receipts', value: 'on', observedAt: NOW - 2 * DAY, mostPrivate: false },
      { control: 'online', value: 'same-as-last-seen', observedAt: NOW - DAY, mostPrivate: true },
    ]),
    walkthroughs: { 'last-seen': { status: 'done', updatedAt: NOW - DAY } },
    ...overrides,
  });
}

/** Three years of daily tallies (1095 days) and 500 businesses. */
export function largeSnapshot(): Snapshot {
  const days = 1095;
  return snapshot({
    days,
    businessChats: 500,
    interactions: days * 5,
    ...steadyDays(days, [
      { category: 'phone-number', audience: 'business', count: 2 },
      { category: 'profile', audience: 'business', count: 2 },
      { category: 'device-network', audience: 'whatsapp', count: 1 },
    ]),
    businesses: Array.from({ length: 500 }, (_, i) => business(i + 1)),
  });
}

/**
 * A week with AI: 2 messages to Meta AI a day (ai-conversations → Meta), 1 in a group where Meta AI reads
 * (message content → Meta), and three businesses: one answering with AI from Meta (advanced chat privacy off),
 * one with a third-party AI (on), one without AI from an ad with data sharing on.
 */
export function aiSnapshot(overrides: Partial<Snapshot> = {}): Snapshot {
  return snapshot({
    businessChats: 3,
    interactions: 21,
    ...steadyDays(7, [
      { category: 'ai-conversations', audience: 'meta', count: 2 },
      { category: 'message-content', audience: 'meta', count: 1 },
    ]),
    businesses: [
      business(1, { ai: 'meta', advancedChatPrivacy: 'off', hosting: 'self' }),
      business(2, { ai: 'third-party', advancedChatPrivacy: 'on', hosting: 'vendor' }),
      business(3, { adsReferral: true, dataSharing: 'on' }),
    ],
    ai: { metaAiMessages: 14, openChatMessages: 7, businesses: { meta: 1, thirdParty: 1 } },
    ...overrides,
  });
}
