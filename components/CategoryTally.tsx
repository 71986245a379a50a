import { t } from '@/lib/i18n/t';
import type { Snapshot } from '@/lib/model/snapshot';
import { formatNumber } from '@/lib/view/format';
import { categoryTallies } from '@/lib/view/tally';
import { categoryLabel } from '@/lib/view/taxonomy';
import { AudienceChips } from './AudienceChips';

/** Each exposed category with its count, a bar relative to the largest, and who received it. */
export function CategoryTally({ snapshot }: { snapshot: Snapshot }) {
  const tallies = categoryTallies(snapshot);
  if (tallies.length === 0) return <p class="muted">{t('ui_tally_empty')}</p>;
  const max = Math.max(1, ...tallies.map((row) => row.count));
  return (
    <ul class="tally">
      {tallies.map(({ category, count, audiences }) => (
        <li key={category} class="tally-row" data-category={category} data-count={count}>
          <div class="tally-head">
            <span class="tally-label">{categoryLabel(category)}</span>
            <span class="tally-count">{formatNumber(count)}</span>
          </div>
          <div class="bar" aria-hidden="true">
            <span style={{ inlineSize: `${(count / max) * 100}%` }} />
          </div>
          <AudienceChips audiences={audiences.map((a) => a.audience)} />
        </li>
      ))}
    </ul>
  );
}
