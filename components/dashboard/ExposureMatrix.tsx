import { t } from '@/lib/i18n/t';
import type { Snapshot } from '@/lib/model/snapshot';
import { AUDIENCE_IDS, CATEGORY_IDS } from '@/lib/model/ids';
import { formatNumber } from '@/lib/view/format';
import { categoryTallies, matrixLookup } from '@/lib/view/tally';
import { audienceLabel, categoryLabel } from '@/lib/view/taxonomy';

/** Every category × every audience, with counts; a row's header links to the category's explanation. */
export function ExposureMatrix({ snapshot }: { snapshot: Snapshot }) {
  const cell = matrixLookup(snapshot);
  const totals = new Map(categoryTallies(snapshot).map((row) => [row.category, row.count]));
  return (
    <div class="table-scroll" tabIndex={0} role="region" aria-labelledby="matrix-caption">
      <table class="matrix">
        <caption id="matrix-caption">{t('dashboard_matrix_caption', formatNumber(snapshot.days))}</caption>
        <thead>
          <tr>
            <th scope="col">{t('dashboard_matrix_category')}</th>
            <th scope="col">{t('dashboard_matrix_total')}</th>
            {AUDIENCE_IDS.map((audience) => (
              <th key={audience} scope="col" data-audience={audience}>
                {audienceLabel(audience)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {CATEGORY_IDS.map((category) => {
            const total = totals.get(category) ?? 0;
            return (
              <tr key={category} data-category={category} data-count={total} class={total === 0 ? 'zero' : undefined}>
                <th scope="row">
                  <a href={`#category-${category}`}>{categoryLabel(category)}</a>
                </th>
                <td class="num">{formatNumber(total)}</td>
                {AUDIENCE_IDS.map((audience) => {
                  const n = cell(category, audience);
                  return (
                    <td key={audience} class="num" data-audience={audience} data-count={n}>
                      {n === 0 ? <span aria-label={t('dashboard_matrix_none')}>–</span> : formatNumber(n)}
                    </td>
                  );
                })}
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
