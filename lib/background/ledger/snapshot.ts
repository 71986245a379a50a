// The one view model for the popup and the dashboard, built from tallies, day totals, businesses,
// audit, health and walkthrough progress only: its cost grows with days and businesses, never with
// the number of raw events.
import { HEALTH_KEY, SCOPE_ALL, type LedgerDb } from '../db/schema';
import type { AuditRow, BusinessRow, Snapshot, TallyCell } from '../../model/snapshot';
import { isMostPrivate, PRIVACY_CONTROLS } from '../../model/privacy-controls';
import type { Settings } from '../../model/preferences';
import type { CategoryId } from '../../model/ids';
import { businessOrdinals } from './businesses';
import { lastDays, localDay } from '../../model/day';

export async function buildSnapshot(db: LedgerDb, settings: Settings, days: number, now: number): Promise<Snapshot> {
  const range = lastDays(now, days);
  const from = range[0]!;
  const to = range[range.length - 1]!;
  const tx = db.transaction(['tallies', 'days', 'businesses', 'audit', 'health', 'walkthroughs'], 'readonly');
  const [tallies, dayRows, businesses, audit, health, walkthroughs, everLogged] = await Promise.all([
    tx.objectStore('tallies').getAll(IDBKeyRange.bound([SCOPE_ALL, from], [SCOPE_ALL, to, '\uffff'])),
    tx.objectStore('days').getAll(IDBKeyRange.bound(from, to)),
    tx.objectStore('businesses').getAll(),
    tx.objectStore('audit').getAll(),
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
  const businessRows: BusinessRow[] = businesses
    .sort((a, b) => b.lastSeen - a.lastSeen)
    .map((b) => ({
      key: b.key,
      ...(settings.labels && b.label !== undefined && { label: b.label }),
      ordinal: ordinals.get(b.key)!,
      verification: b.verification,
      hosting: b.hosting,
      adsReferral: b.adsReferral,
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
    };
  });

  return {
    generatedAt: now,
    days,
    settings,
    businessChats: businesses.filter((b) => b.lastSeen >= rangeStart).length,
    interactions: dayRows.reduce((sum, d) => sum + d.events, 0),
    matrix: [...matrix.values()].filter((c) => c.count > 0),
    timeline: [...timeline.values()],
    today: dayRows.find((d) => d.day === today)?.businessEvents ?? 0,
    businesses: businessRows,
    audit: auditRows,
    health: health ? { status: health.status, failed: health.failed, at: health.at } : { status: 'unknown', failed: [], at: null },
    walkthroughs: Object.fromEntries(walkthroughs.map((w) => [w.id, { status: w.status, updatedAt: w.updatedAt }])),
    empty: everLogged === 0,
  };
}

/** Today's business-chat events: what the toolbar badge shows. */
export async function businessEventsToday(db: LedgerDb, now: number): Promise<number> {
  return (await db.get('days', localDay(now)))?.businessEvents ?? 0;
}
