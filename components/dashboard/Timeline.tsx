import { t, type MessageKey } from '@/lib/i18n/t';
import type { Snapshot } from '@/lib/model/snapshot';
import { formatDay, formatMonth, formatNumber } from '@/lib/view/format';
import { bucketTimeline, type Granularity, type TimelineBucket } from '@/lib/view/timeline';

const WIDTH = 600;
const HEIGHT = 160;

const CAPTION: Record<Granularity, MessageKey> = {
  day: 'dashboard_timeline_per_day',
  week: 'dashboard_timeline_per_week',
  month: 'dashboard_timeline_per_month',
};

function bucketLabel(bucket: TimelineBucket, granularity: Granularity): string {
  if (granularity === 'day') return formatDay(bucket.start);
  if (granularity === 'month') return formatMonth(bucket.start);
  return t('dashboard_timeline_week_of', [formatDay(bucket.start), formatDay(bucket.end)]);
}

/** Exposures over time: an inline SVG bar chart with the same numbers as a table beside it. */
export function Timeline({ snapshot }: { snapshot: Snapshot }) {
  const { granularity, buckets } = bucketTimeline(snapshot.timeline);
  if (buckets.length === 0) return <p class="muted">{t('ui_tally_empty')}</p>;
  const caption = t(CAPTION[granularity]);
  const max = Math.max(1, ...buckets.map((b) => b.total));
  const peak = buckets.reduce((best, b) => (b.total > best.total ? b : best), buckets[0]!);
  const slot = WIDTH / buckets.length;
  const first = buckets[0]!;
  const last = buckets.at(-1)!;
  return (
    <div class="timeline">
      <figure class="chart">
        <svg
          viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
          preserveAspectRatio="none"
          role="img"
          aria-labelledby="timeline-chart-desc"
          focusable="false"
        >
          {buckets.map((bucket, index) => {
            const height = (bucket.total / max) * (HEIGHT - 4);
            return (
              <rect key={bucket.start} x={index * slot + slot * 0.1} y={HEIGHT - height} width={Math.max(slot * 0.8, 0.5)} height={height}>
                <title>{t('dashboard_timeline_point', [bucketLabel(bucket, granularity), formatNumber(bucket.total)])}</title>
              </rect>
            );
          })}
        </svg>
        <div class="chart-axis" aria-hidden="true">
          <span>{bucketLabel(first, granularity)}</span>
          <span>{bucketLabel(last, granularity)}</span>
        </div>
        <figcaption id="timeline-chart-desc">
          {caption}{' '}
          {peak.total > 0
            ? t('dashboard_timeline_peak', [bucketLabel(peak, granularity), formatNumber(peak.total)])
            : t('dashboard_timeline_flat')}
        </figcaption>
      </figure>
      <div class="table-scroll timeline-table" tabIndex={0} role="region" aria-labelledby="timeline-table-caption">
        <table>
          <caption id="timeline-table-caption">{caption}</caption>
          <thead>
            <tr>
              <th scope="col">{t('dashboard_timeline_period')}</th>
              <th scope="col">{t('dashboard_timeline_exposures')}</th>
            </tr>
          </thead>
          <tbody>
            {buckets.map((bucket) => (
              <tr key={bucket.start} data-day={bucket.start} data-count={bucket.total}>
                <th scope="row">{bucketLabel(bucket, granularity)}</th>
                <td class="num">{formatNumber(bucket.total)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
