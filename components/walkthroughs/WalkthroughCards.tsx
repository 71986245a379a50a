import { t, uiDirection } from '@/lib/i18n/t';
import type { Snapshot } from '@/lib/model/snapshot';
import { aiWalkthroughs } from '@/lib/view/ai';
import { isActionable, mostValuableNotDone, statusOf, WALKTHROUGHS } from '@/lib/walkthroughs/index';
import { StatusBadge } from './StatusBadge';
import { useWalkthroughActions } from './use-actions';
import './walkthroughs.css';

const ACTIONABLE = WALKTHROUGHS.filter(isActionable);

/**
 * The popup's next opt-outs: the ones for what went to AI in the range first (so the Meta AI walkthrough is one
 * click away once AI read something), then the most valuable not done yet; with progress and one button each.
 */
export function WalkthroughCards({ snapshot, limit }: { snapshot: Snapshot; limit: number }) {
  const actions = useWalkthroughActions();
  const statuses = snapshot.walkthroughs;
  const done = ACTIONABLE.filter((w) => statusOf(statuses, w.id) === 'done').length;
  const next = mostValuableNotDone(statuses, limit, aiWalkthroughs(snapshot));

  return (
    <section class="wt-cards" dir={uiDirection()} aria-label={t('wt_cards_label')}>
      <p class="wt-progress">
        {t('wt_cards_progress', [done, ACTIONABLE.length])}
        <progress value={done} max={ACTIONABLE.length} aria-hidden="true" />
      </p>
      {next.length === 0 ? (
        <p>{t('wt_cards_all_done')}</p>
      ) : (
        <ul class="wt-card-list">
          {next.map((w) => {
            const status = statusOf(statuses, w.id);
            const title = t(w.title);
            return (
              <li key={w.id} class="wt-card" data-walkthrough={w.id} data-status={status}>
                <span class="wt-card-title">{title}</span>
                <StatusBadge status={status} />
                {w.kind === 'web' ? (
                  <button type="button" class="primary" aria-label={t('wt_guide_me_label', title)} onClick={() => void actions.guide(w.id)}>
                    {t('wt_guide_me')}
                  </button>
                ) : (
                  <button type="button" aria-label={t('wt_show_steps_label', title)} onClick={() => void actions.showSteps(w.id)}>
                    {t('wt_show_steps')}
                  </button>
                )}
              </li>
            );
          })}
        </ul>
      )}
      {actions.error && (
        <p class="notice notice-error" role="alert">
          {actions.error}
        </p>
      )}
    </section>
  );
}
