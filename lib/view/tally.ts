// The per-category tally both views show, derived from the one snapshot (never from raw events).
// The unit is an exposure: one kind of metadata reaching one audience once. An interaction that shows
// your phone number to a business and to Meta is two exposures: the same unit as the matrix cells and
// the timeline totals (lib/background/ledger/snapshot.ts), so every number on screen adds up. The snapshot's
// matrix has each (category, audience) once and no zero cells, so nothing here merges or drops cells.
import { AUDIENCE_IDS, CATEGORY_IDS, type AudienceId, type CategoryId } from '@/lib/model/ids';
import type { Snapshot } from '@/lib/model/snapshot';

export interface AudienceCount {
  audience: AudienceId;
  count: number;
}

export interface CategoryTally {
  category: CategoryId;
  /** Exposures of this category in the range, all audiences together. */
  count: number;
  /** Who received it, in taxonomy order, with how many exposures each. */
  audiences: AudienceCount[];
}

/** Categories exposed in the snapshot's range, most exposed first (ties in taxonomy order). */
export function categoryTallies(snapshot: Snapshot): CategoryTally[] {
  const rows = new Map<CategoryId, Map<AudienceId, number>>();
  for (const cell of snapshot.matrix) {
    const row = rows.get(cell.category) ?? new Map<AudienceId, number>();
    row.set(cell.audience, cell.count);
    rows.set(cell.category, row);
  }
  return CATEGORY_IDS.filter((c) => rows.has(c))
    .map((category) => {
      const row = rows.get(category)!;
      const audiences = AUDIENCE_IDS.filter((a) => row.has(a)).map((audience) => ({ audience, count: row.get(audience)! }));
      return { category, count: audiences.reduce((sum, a) => sum + a.count, 0), audiences };
    })
    .sort((a, b) => b.count - a.count || CATEGORY_IDS.indexOf(a.category) - CATEGORY_IDS.indexOf(b.category));
}

/** Audiences that received anything in the range, in taxonomy order. */
export function exposedAudiences(snapshot: Snapshot): AudienceId[] {
  const seen = new Set(snapshot.matrix.map((c) => c.audience));
  return AUDIENCE_IDS.filter((a) => seen.has(a));
}

/** The matrix as a lookup: exposures of (category, audience), 0 when absent. */
export function matrixLookup(snapshot: Snapshot): (category: CategoryId, audience: AudienceId) => number {
  const cells = new Map(snapshot.matrix.map((c) => [`${c.category}|${c.audience}`, c.count]));
  return (category, audience) => cells.get(`${category}|${audience}`) ?? 0;
}
