// The one view model for the popup and the dashboard, built from tallies, day totals, businesses,
// audit, strict account settings, health and walkthrough progress only: its cost grows with days and
// businesses, never with the number of raw events.
import { ACCOUNT_LOCK_KEY, HEALTH_KEY, SCOPE_ALL, type BusinessRecord, type LedgerDb, type TallyRecord } from '../db/schema';
import type { AiSummary, AuditRow, BusinessRow, Snapshot, TallyCell } from '../../model/snapshot';
import { isMostPrivate, PRIVACY_CONTROLS } from '../../model/privacy-controls';
import type { Settings } from '../../model/preferences';
import type { AiScope, AudienceId, CategoryId } from '../../model/ids';
import { STRICT_ACCOUNT_CONTROLS } from '../../taxonomy/strict-account';
import { businessOrdinals } from './businesses';
import { lastDays, localDay } from '../../model/day';

export async function buildSnapshot(db: LedgerDb, settings: Settings, days: number, now: number): Promise<Snapshot> {
  const range = lastDays(now, days);
  const from = range[0]!;
  const to = range[range.length - 1]!;
  const tx = db.transaction(['tallies', 'days', 'businesses', 'audit', 'account', 'health', 'walkthroughs'], 'readonly');
  const inRange = (scope: string) => tx.objectStore('tallies').getAll(IDBKeyRange.bound([scope, from], [scope, to, '\uffff']));
  const [tallies, metaAiTallies, openTallies, dayRows, businesses, audit, strict, health, walkthroughs, everLogged] = await Promise.all([
    inRange(SCOPE_ALL),
    inRange('meta-ai' satisfies AiScope),
    inRange('meta-ai-open' satisfies AiScope),
    tx.objectStore('days').getAll(IDBKeyRange.bound(from, to)),
    tx.objectStore('businesses').getAll(),
    tx.objectStore('audit').getAll(),
    tx.objectStore('account').get(ACCOUNT_LOCK_KEY),
    tx.objectStore('health').get(HEALTH_KEY),
    tx.objectStore('walkthroughs').getAll(),
    tx.objectStore('days').count(),
  ]);

  const matrix = new Map<string, TallyCell>();
  const timeline = new Map(range.map((day) => [day, { day, total: 0, byCategory: {} as Partial<Record<CategoryId, number>> }]));
  for (const row of tallies) {
    const cellKey = `${row.category}|${row.audience}`;
    const cell = matrix.get(cellKey) ?? { category: row.category, audience: row.audience, count: 0 };
    cell.count += row.count;
    matrix.set(cellKey, cell);
    const day = timeline.get(row.day);
    if (day) {
      day.total += row.count;
      day.byCategory[row.category] = (day.byCategory[row.category] ?? 0) + row.count;
    }
  }

  const today = localDay(now);
  const rangeStart = new Date(`${from}T00:00:00`).getTime();
  const ordinals = businessOrdinals(businesses);
  // The preference list is the one record of "don't log this business" (it is what stops logging).
  const ignored = new Set(settings.ignoredBusinesses);
  const seenInRange = businesses.filter((b) => b.lastSeen >= rangeStart);
  const businessRows: BusinessRow[] = businesses
    .sort((a, b) => b.lastSeen - a.lastSeen)
    .map((b) => ({
      key: b.key,
      ...(settings.labels && b.label !== undefined && { label: b.label }),
      ordinal: ordinals.get(b.key)!,
      verification: b.verification,
      hosting: b.hosting,
      adsReferral: b.adsReferral,
      ai: b.ai,
      ...(b.advancedChatPrivacy && { advancedChatPrivacy: b.advancedChatPrivacy }),
      ...(b.dataSharing && { dataSharing: b.dataSharing }),
      ...(b.phoneNumberShared && { phoneNumberShared: true }),
      interactions: b.interactions,
      firstSeen: b.firstSeen,
      lastSeen: b.lastSeen,
      ignored: ignored.has(b.key),
    }));

  const auditRows: AuditRow[] = PRIVACY_CONTROLS.map(({ id }) => {
    const row = audit.find((a) => a.control === id);
    return {
      control: id,
      value: row?.value ?? null,
      observedAt: row?.observedAt ?? null,
      mostPrivate: row ? isMostPrivate(id, row.value) : false,
      lockedByStrict: strict?.strict === true && STRICT_ACCOUNT_CONTROLS.includes(id),
    };
  });

  return {
    generatedAt: now,
    days,
    settings,
    businessChats: seenInRange.length,
    interactions: dayRows.reduce((sum, d) => sum + d.events, 0),
    matrix: [...matrix.values()].filter((c) => c.count > 0),
    timeline: [...timeline.values()],
    today: dayRows.find((d) => d.day === today)?.businessEvents ?? 0,
    businesses: businessRows,
    audit: auditRows,
    strictAccount: strict ? { on: strict.strict, observedAt: strict.observedAt } : null,
    ai: aiSummary(metaAiTallies, openTallies, seenInRange),
    health: health ? { status: health.status, failed: health.failed, at: health.at } : { status: 'unknown', failed: [], at: null },
    walkthroughs: Object.fromEntries(walkthroughs.map((w) => [w.id, { status: w.status, updatedAt: w.updatedAt }])),
    empty: everLogged === 0,
  };
}

/** Counts for the dashboard's "AI" part, from the AI scopes' tallies (lib/model/ids.ts AI_SCOPES). */
function aiSummary(metaAi: TallyRecord[], open: TallyRecord[], seenInRange: BusinessRecord[]): AiSummary {
  // Each rule below fires once per message sent in its setting (lib/taxonomy/rules.ts), so its cell counts messages.
  const sum = (rows: TallyRecord[], category: CategoryId, audience: AudienceId) =>
    rows.reduce((total, r) => total + (r.category === category && r.audience === audience ? r.count : 0), 0);
  return {
    metaAiMessages: sum(metaAi, 'ai-conversations', 'meta'),
    openChatMessages: sum(open, 'message-content', 'meta'),
    businesses: {
      meta: seenInRange.filter((b) => b.ai === 'meta').length,
      thirdParty: seenInRange.filter((b) => b.ai === 'third-party').length,
    },
  };
}

/** Today's business-chat events: what the toolbar badge shows. */
export async function businessEventsToday(db: LedgerDb, now: number): Promise<number> {
  return (await db.get('days', localDay(now)))?.businessEvents ?? 0;
}
