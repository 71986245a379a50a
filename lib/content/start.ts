// Content-script start-up on web.whatsapp.com (isolated world, same code in Chrome and Firefox): say hello to the
// background for the salt and settings, then watch the page and deliver observations through the queue.
// Also starts the guided-walkthrough overlay (lib/guide, owned by the walkthrough feature).
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { startGuide } from './guide/start-guide';
import { send } from '../protocol/client';
import type { Protocol } from '../protocol/contract';
import { saltItem } from '../storage/salt';
import { InPageNotice } from './ui/notice';
import { DEFAULT_SETTINGS, settingsItem } from '../storage/preferences';
import type { Settings } from '../model/preferences';
import { Detector } from './detector';
import { sha256Hex } from './hash';
import { PageWatcher } from './observe';
import { ObservationQueue } from './queue';

const HELLO_RETRY_MAX_MS = 30_000;

/** Ask the background for the salt until it answers (its worker may be starting); null once invalidated. */
async function hello(ctx: ContentScriptContext): Promise<Protocol['hello']['value'] | null> {
  for (let delay = 500; ctx.isValid; delay = Math.min(delay * 2, HELLO_RETRY_MAX_MS)) {
    try {
      return await send('hello', {});
    } catch {
      await new Promise<void>((resolve) => ctx.setTimeout(resolve, delay));
    }
  }
  return null;
}

async function runDetection(ctx: ContentScriptContext): Promise<void> {
  const reply = await hello(ctx);
  if (!reply || ctx.isInvalid) return;
  let settings: Settings = { ...DEFAULT_SETTINGS, ...reply.settings };
  let salt = reply.salt;
  // "Clear everything" replaces the salt: follow it, so keys made from now on are unlinked from the old ones.
  ctx.onInvalidated(
    saltItem.watch((next) => {
      if (next) salt = next;
      else void hello(ctx).then((again) => again && (salt = again.salt));
    }),
  );

  const queue = new ObservationQueue({
    send: (observations) => send('observe', { observations }),
    setTimeout: (callback, ms) => ctx.setTimeout(callback, ms),
  });
  ctx.onInvalidated(() => queue.stop());

  const notice = new InPageNotice(document, (key) => {
    detector.dismiss(key);
    send('dismissNotice', { key }).catch(() => undefined); // already hidden here; the background may be asleep
  });
  ctx.onInvalidated(() => notice.remove());

  const detector: Detector = new Detector({
    doc: document,
    salt: () => salt,
    settings: () => settings,
    emit: (observation) => queue.push(observation),
    now: () => Date.now(),
    randomId: () => crypto.randomUUID(),
    sha256: sha256Hex,
    later: (ms) => watcher.later(ms),
    notice,
  });
  const watcher: PageWatcher = new PageWatcher({
    doc: document,
    signal: ctx.signal,
    evaluate: (parts) => detector.evaluate(parts),
    requestFrame: (callback) => ctx.requestAnimationFrame(callback),
    setTimeout: (callback, ms) => ctx.setTimeout(callback, ms),
    onError: (error) => console.warn('[metadata-ledger] detection failed:', error instanceof Error ? error.message : error),
  });

  // Live settings: labels, the in-page notice switch, dismissed notices.
  ctx.onInvalidated(
    settingsItem.watch((next) => {
      settings = { ...DEFAULT_SETTINGS, ...next };
      detector.renderNotice();
    }),
  );

  detector.start();
  watcher.start();
}

export function startContentScript(ctx: ContentScriptContext): void {
  startGuide(ctx);
  runDetection(ctx).catch((error: unknown) => console.warn('[metadata-ledger] content script stopped:', error instanceof Error ? error.message : error));
}
