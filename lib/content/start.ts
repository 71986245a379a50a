// Content-script start-up on web.whatsapp.com (isolated world, same code in Chrome and Firefox): one page watcher for
// everything; the guided-walkthrough overlay (guide/) subscribes to it when a guide runs; detection, once the
// background said hello with the salt and settings, subscribes too and delivers observations through the queue.
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { startGuide } from './guide/start-guide';
import { send } from '../protocol/client';
import type { Protocol } from '../protocol/contract';
import { saltItem } from '../storage/salt';
import { InPageNotice } from './ui/notice';
import { DEFAULT_SETTINGS, settingsItem } from '../storage/preferences';
import type { Settings } from '../model/preferences';
import { DETECTION_PARTS, Detector } from './detector';
import { sha256Hex } from './hash';
import { NoticeController } from './notice-controller';
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

async function runDetection(ctx: ContentScriptContext, watcher: PageWatcher): Promise<void> {
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

  const view = new InPageNotice(document, (key) => {
    notice.dismiss(key);
    send('dismissNotice', { key }).catch(() => undefined); // already hidden here; the background may be asleep
  });
  ctx.onInvalidated(() => view.remove());
  const notice: NoticeController = new NoticeController(view, () => settings);

  const detector = new Detector({
    doc: document,
    salt: () => salt,
    settings: () => settings,
    emit: (observation) => queue.push(observation),
    now: () => Date.now(),
    randomId: () => crypto.randomUUID(),
    sha256: sha256Hex,
    later: (ms) => watcher.later(ms, DETECTION_PARTS),
    onCurrentChat: (chat) => notice.currentChat(chat),
  });

  // Live settings: labels, the in-page notice switch, dismissed notices.
  ctx.onInvalidated(
    settingsItem.watch((next) => {
      settings = { ...DEFAULT_SETTINGS, ...next };
      notice.render();
    }),
  );

  detector.start();
  watcher.subscribe(DETECTION_PARTS, (parts) => detector.evaluate(parts));
  watcher.refresh(DETECTION_PARTS);
}

export function startContentScript(ctx: ContentScriptContext): void {
  const watcher = new PageWatcher({
    doc: document,
    scope: ctx,
    onError: (error) => console.warn('[metadata-ledger] reading the page failed:', error instanceof Error ? error.message : error),
  });
  watcher.start();
  startGuide(ctx, watcher);
  runDetection(ctx, watcher).catch((error: unknown) =>
    console.warn('[metadata-ledger] content script stopped:', error instanceof Error ? error.message : error),
  );
}
