import { useState } from 'preact/hooks';
import { t } from '@/lib/i18n/t';
import type { Snapshot } from '@/lib/model/snapshot';
import { shareSummary } from '@/lib/view/summary';

/** Copies a plain-text summary with no business names or keys; shows the text when the clipboard refuses. */
export function ShareSummary({ snapshot }: { snapshot: Snapshot }) {
  const [state, setState] = useState<'idle' | 'copied' | 'manual'>('idle');
  const text = shareSummary(snapshot);
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(text);
      setState('copied');
    } catch {
      setState('manual');
    }
  };
  return (
    <div class="share" data-section="share">
      <button type="button" data-action="copy-summary" onClick={() => void copy()}>
        {t('dashboard_copy_summary')}
      </button>
      <p role="status" class="hint">
        {state === 'copied' && t('dashboard_copied')}
        {state === 'manual' && t('dashboard_copy_manual')}
      </p>
      {state === 'manual' && (
        <label class="stacked">
          {t('dashboard_summary_text')}
          <textarea readOnly rows={8} value={text} onFocus={(event) => event.currentTarget.select()} />
        </label>
      )}
    </div>
  );
}
