import { t, type MessageKey } from '@/lib/i18n/t';
import type { WalkthroughStatus } from '@/lib/model/walkthrough-status';

const LABEL: Record<WalkthroughStatus, MessageKey> = {
  'not-started': 'wt_status_not_started',
  'in-progress': 'wt_status_in_progress',
  done: 'wt_status_done',
  loosened: 'wt_status_loosened',
};

/** Done / started / not done / changed back, as text (never colour alone). */
export function StatusBadge({ status }: { status: WalkthroughStatus }) {
  return <span class={`wt-badge wt-badge-${status}`}>{t(LABEL[status])}</span>;
}
