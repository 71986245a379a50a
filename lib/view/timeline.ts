// Groups the daily timeline into as many bars as a chart and a table can show legibly:
// days up to three months, weeks up to a year, months beyond (a 3-year log stays ~36 rows).
import type { Snapshot } from '@/lib/model/snapshot';

export type Granularity = 'day' | 'week' | 'month';

export interface TimelineBucket {
  /** First and last calendar day (YYYY-MM-DD) in the bucket. */
  start: string;
  end: string;
  total: number;
}

export function granularityFor(days: number): Granularity {
  return days <= 92 ? 'day' : days <= 366 ? 'week' : 'month';
}

export function bucketTimeline(timeline: Snapshot['timeline']): { granularity: Granularity; buckets: TimelineBucket[] } {
  const granularity = granularityFor(timeline.length);
  const buckets: TimelineBucket[] = [];
  timeline.forEach((row, index) => {
    const last = buckets.at(-1);
    const startsNew =
      !last ||
      granularity === 'day' ||
      (granularity === 'week' && index % 7 === 0) ||
      (granularity === 'month' && row.day.slice(0, 7) !== last.start.slice(0, 7));
    if (startsNew) buckets.push({ start: row.day, end: row.day, total: row.total });
    else {
      last.end = row.day;
      last.total += row.total;
    }
  });
  return { granularity, buckets };
}
