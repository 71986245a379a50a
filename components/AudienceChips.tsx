import { t } from '@/lib/i18n/t';
import type { AudienceId } from '@/lib/model/ids';
import { audienceLabel } from '@/lib/view/taxonomy';

/** Who received something, as a row of small labels. */
export function AudienceChips({ audiences }: { audiences: AudienceId[] }) {
  if (audiences.length === 0) return null;
  return (
    <ul class="chips" aria-label={t('ui_received_by')}>
      {audiences.map((audience) => (
        <li key={audience} class={`chip chip-${audience}`} data-audience={audience}>
          {audienceLabel(audience)}
        </li>
      ))}
    </ul>
  );
}
