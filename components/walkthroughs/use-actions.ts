// What the walkthrough buttons do, with one error line for the view to show when it fails.
import { useState } from 'preact/hooks';
import { t, type MessageKey } from '@/lib/i18n/t';
import type { WalkthroughStatus } from '@/lib/model/walkthrough-status';
import { setWalkthroughStatus } from '@/lib/view/actions';
import { openDashboard, openWhatsApp } from '@/lib/view/navigation';
import { walkthroughHash } from '@/lib/view/route';

export interface WalkthroughActions {
  error: string | null;
  /** Opens or focuses WhatsApp Web; the background starts the guide there. */
  guide(id: string): Promise<void>;
  /** Opens the dashboard at this walkthrough's written steps. */
  showSteps(id: string): Promise<void>;
  /** Resolves true once the background stored the status. */
  setStatus(id: string, status: WalkthroughStatus): Promise<boolean>;
}

export function useWalkthroughActions(): WalkthroughActions {
  const [error, setError] = useState<string | null>(null);

  async function attempt(run: () => Promise<unknown>, failure: MessageKey): Promise<boolean> {
    setError(null);
    try {
      await run();
      return true;
    } catch {
      setError(t(failure));
      return false;
    }
  }

  return {
    error,
    guide: async (id) => void (await attempt(() => openWhatsApp(id), 'wt_error_open')),
    showSteps: async (id) => void (await attempt(() => openDashboard(walkthroughHash(id)), 'wt_error_tab')),
    setStatus: (id, status) => attempt(() => setWalkthroughStatus(id, status), 'wt_error_status'),
  };
}
