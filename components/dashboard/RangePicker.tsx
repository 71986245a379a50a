import { t } from '@/lib/i18n/t';
import { formatNumber } from '@/lib/view/format';
import type { Days } from '@/lib/view/store';

const RANGES: Days[] = [7, 30, 90, 365];

/** The period every section of the dashboard shows: one radio group, arrow keys move between options. */
export function RangePicker({ days, onChange }: { days: Days; onChange: (days: Days) => void }) {
  return (
    <fieldset class="range" data-range={days}>
      <legend>{t('dashboard_range')}</legend>
      {RANGES.map((range) => (
        <label key={range} class="range-option">
          <input type="radio" name="range" value={range} checked={days === range} onChange={() => onChange(range)} />
          <span>{range === 365 ? t('dashboard_range_year') : t('dashboard_range_days', formatNumber(range))}</span>
        </label>
      ))}
    </fieldset>
  );
}
