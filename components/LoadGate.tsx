import type { ComponentChildren } from 'preact';
import { t } from '@/lib/i18n/t';
import type { Snapshot } from '@/lib/model/snapshot';
import type { LoadState } from '@/lib/view/store';

/**
 * Shows the view once a snapshot exists; until then a loading line, or a clear error with a retry.
 * A failed reload keeps the last snapshot on screen and shows the error above it.
 */
export function LoadGate(props: { state: LoadState; onRetry: () => void; children: (snapshot: Snapshot) => ComponentChildren }) {
  const { state } = props;
  return (
    <>
      {state.status === 'error' && (
        <div class="load-error" role="alert">
          <p>{t('ui_load_failed')}</p>
          <details>
            <summary>{t('ui_technical_details')}</summary>
            <p class="mono">{state.error}</p>
          </details>
          <button type="button" onClick={props.onRetry}>
            {t('ui_retry')}
          </button>
        </div>
      )}
      {state.snapshot
        ? props.children(state.snapshot)
        : state.status === 'loading' && (
            <p class="loading" role="status">
              {t('ui_loading')}
            </p>
          )}
    </>
  );
}
