// What the walkthrough buttons do, with one error line for the view to show when it fails.
import { useState } from 'preact/hooks';
import { t, type MessageKey } from '@/lib/i18n/t';
import { send } from '@/lib/protocol/client';
import type { WalkthroughStatus } from '@/lib/model/walkthrough-status';
import { openDashboard } from '@/lib/view/navigation';
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
    guide: async (id) => void (await attempt(() => send('openWhatsApp', { walkthroughId: id }), 'wt_error_open')),
    showSteps: async (id) => void (await attempt(() => openDashboard(walkthroughHash(id)), 'wt_error_tab')),
    setStatus: (id, status) => attempt(() => send('setWalkthroughStatus', { walkthroughId: id, status }), 'wt_error_status'),
  };
}
