// The per-category tally both views show, derived from the one snapshot (never from raw events).
import { AUDIENCE_IDS, CATEGORY_IDS, type AudienceId, type CategoryId } from '@/lib/taxonomy/ids';
import type { Snapshot } from '@/lib/messaging/protocol';

export interface AudienceCount {
  audience: AudienceId;
  count: number;
}

export interface CategoryTally {
  category: CategoryId;
  /** Interactions in the range that exposed this category (summed from the daily timeline). */
  count: number;
  /** Who received it, in taxonomy order, with how many of those interactions reached each. */
  audiences: AudienceCount[];
}

/**
 * Categories exposed in the snapshot's range, most frequent first (ties in taxonomy order).
 * A category's count is the number of interactions that exposed it: the matrix cannot say that,
 * because one interaction reaching two audiences fills two cells.
 */
export function categoryTallies(snapshot: Snapshot): CategoryTally[] {
  const counts = new Map<CategoryId, number>();
  for (const day of snapshot.timeline) {
    for (const [category, n] of Object.entries(day.byCategory) as Array<[CategoryId, number]>) {
      counts.set(category, (counts.get(category) ?? 0) + n);
    }
  }
  const audiences = new Map<CategoryId, Map<AudienceId, number>>();
  for (const cell of snapshot.matrix) {
    if (cell.count <= 0) continue;
    const row = audiences.get(cell.category) ?? new Map<AudienceId, number>();
    row.set(cell.audience, (row.get(cell.audience) ?? 0) + cell.count);
    audiences.set(cell.category, row);
  }
  return CATEGORY_IDS.filter((c) => (counts.get(c) ?? 0) > 0 || audiences.has(c))
    .map((category) => {
      const row = audiences.get(category);
      return {
        category,
        count: counts.get(category) ?? 0,
        audiences: AUDIENCE_IDS.filter((a) => row?.has(a)).map((audience) => ({ audience, count: row!.get(audience)! })),
      };
    })
    .sort((a, b) => b.count - a.count || CATEGORY_IDS.indexOf(a.category) - CATEGORY_IDS.indexOf(b.category));
}

/** Audiences that received anything in the range, in taxonomy order. */
export function exposedAudiences(snapshot: Snapshot): AudienceId[] {
  const seen = new Set(snapshot.matrix.filter((c) => c.count > 0).map((c) => c.audience));
  return AUDIENCE_IDS.filter((a) => seen.has(a));
}

/** The matrix as a lookup: count for (category, audience), 0 when absent. */
export function matrixLookup(snapshot: Snapshot): (category: CategoryId, audience: AudienceId) => number {
  const cells = new Map(snapshot.matrix.map((c) => [`${c.category}|${c.audience}`, c.count]));
  return (category, audience) => cells.get(`${category}|${audience}`) ?? 0;
}
