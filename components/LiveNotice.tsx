import type { Notice } from '@/lib/ui/store';

/** The outcome of the last action. The region always exists, so screen readers announce changes. */
export function LiveNotice({ notice }: { notice: Notice | null }) {
  return (
    <div class="live" role="status" aria-live={notice?.kind === 'error' ? 'assertive' : 'polite'} data-notice={notice?.kind}>
      {notice && <p class={`notice notice-${notice.kind}`}>{notice.text}</p>}
    </div>
  );
}
