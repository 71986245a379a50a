// Content-script start-up on web.whatsapp.com (isolated world, same code in Chrome and Firefox): one page watcher for
// everything; the extension's state (salt, settings, walkthrough to guide) from the background by message, never from
// extension storage (extension-state.ts); the guided-walkthrough overlay (guide/) subscribes to the watcher when a
// guide runs; detection, once the background first answered, subscribes too and delivers observations through the
// queue.
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { startGuide } from './guide/start-guide';
import { send } from '../protocol/client';
import { InPageNotice } from './ui/notice';
import { defaultSettings } from '../schema/preferences';
import { currentTimeZone, regionFromTimeZone } from '../taxonomy/region';
import { activeGuideFromBackground } from './active-guide';
import { DETECTION_PARTS, Detector, LATER_PARTS } from './detector';
import { ExtensionStateSource, type ExtensionState } from './extension-state';
import { sha256Hex } from './hash';
import { NoticeController } from './notice-controller';
import { PageWatcher } from './observe';
import { scopedTimers } from './scope';
import { ObservationQueue } from './queue';

function firstState(source: ExtensionStateSource): Promise<ExtensionState> {
  return new Promise((resolve) => {
    const stop = source.subscribe((state) => {
      stop();
      resolve(state);
    });
  });
}

async function runDetection(ctx: ContentScriptContext, watcher: PageWatcher, source: ExtensionStateSource): Promise<void> {
  let { salt, settings } = await firstState(source);
  if (ctx.isInvalid) return;

  const queue = new ObservationQueue({
    send: (observations) => send('observe', { observations }),
    setTimeout: (callback, ms) => scopedTimers(ctx).setTimeout(callback, ms), // ctx.setTimeout keeps a listener per call
  });
  ctx.onInvalidated(() => queue.stop());
  // The tab is going away (closed, reloaded, navigated): send what is still queued now, not on the next timer.
  ctx.addEventListener(window, 'pagehide', () => void queue.flush());

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
    later: (ms) => watcher.later(ms, LATER_PARTS),
    onCurrentChat: (chat) => notice.currentChat(chat),
  });

  // Live state: "clear everything" replaces the salt (keys made from then on are unlinked from the old ones); labels,
  // the in-page notice switch and dismissed notices change the notice at once.
  ctx.onInvalidated(
    source.subscribe((next) => {
      ({ salt, settings } = next);
      notice.render();
    }),
  );

  detector.start();
  watcher.subscribe(DETECTION_PARTS, (parts, page) => detector.evaluate(parts, page));
  watcher.refresh(DETECTION_PARTS);
}

export function startContentScript(ctx: ContentScriptContext): void {
  const watcher = new PageWatcher({
    doc: document,
    scope: ctx,
    onError: (error) => console.warn('[metadata-ledger] reading the page failed:', error instanceof Error ? error.message : error),
  });
  watcher.start();
  const source = new ExtensionStateSource({
    scope: ctx,
    ask: () => send('hello', {}),
    defaults: defaultSettings(regionFromTimeZone(currentTimeZone())),
  });
  source.subscribe((state) => activeGuideFromBackground(state.activeGuide));
  startGuide(ctx, watcher);
  runDetection(ctx, watcher, source).catch((error: unknown) =>
    console.warn('[metadata-ledger] content script stopped:', error instanceof Error ? error.message : error),
  );
  source.start();
}
