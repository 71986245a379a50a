// Background start-up. PLACEHOLDER until the ledger lands (issue 4): answers every message with an error.
import { browser } from 'wxt/browser';

export function startBackground(): void {
  browser.runtime.onMessage.addListener(async () => ({
    ok: false,
    error: { code: 'unknown-type', message: 'the ledger is not built yet' },
  }));
}
