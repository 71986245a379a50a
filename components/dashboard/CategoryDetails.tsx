import { t } from '@/lib/i18n/t';
import type { Snapshot } from '@/lib/model/snapshot';
import { CATEGORY_IDS } from '@/lib/model/ids';
import { formatNumber } from '@/lib/view/format';
import { categoryTallies } from '@/lib/view/tally';
import { categoryDescription, categoryLabel, categorySource } from '@/lib/view/taxonomy';
import { AudienceChips } from '../AudienceChips';
import { SourceNote } from '../SourceNote';
import { Evidence } from './Evidence';

/** Each category in plain words, where the claim comes from, and "why?" evidence on demand. */
export function CategoryDetails({ snapshot }: { snapshot: Snapshot }) {
  const tallies = new Map(categoryTallies(snapshot).map((row) => [row.category, row]));
  return (
    <ul class="category-details">
      {CATEGORY_IDS.map((category) => {
        const tally = tallies.get(category);
        const label = categoryLabel(category);
        return (
          <li key={category} id={`category-${category}`} class="category-detail" tabIndex={-1}>
            <h3>{label}</h3>
            <p>{categoryDescription(category)}</p>
            <SourceNote source={categorySource(category)} />
            <p>{tally ? t('dashboard_category_count', formatNumber(tally.count)) : t('dashboard_category_not_seen')}</p>
            {tally && <AudienceChips audiences={tally.audiences.map((a) => a.audience)} />}
            {tally && <Evidence category={category} label={label} />}
          </li>
        );
      })}
    </ul>
  );
}
