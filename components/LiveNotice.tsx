import { t } from '@/lib/i18n/t';
import type { Notice } from '@/lib/view/store';

/**
 * The outcome of the last action. The region always exists, so screen readers announce changes;
 * the note stays until dismissed or replaced (no timer: people read at their own pace).
 */
export function LiveNotice({ notice, onDismiss }: { notice: Notice | null; onDismiss: () => void }) {
  return (
    <div class="live" role="status" aria-live={notice?.kind === 'error' ? 'assertive' : 'polite'} data-notice={notice?.kind}>
      {notice && (
        <div class={`notice notice-${notice.kind}`}>
          <p>{notice.text}</p>
          <button type="button" class="dismiss" data-action="dismiss-notice" onClick={onDismiss}>
            {t('ui_dismiss')}
          </button>
        </div>
      )}
    </div>
  );
}
