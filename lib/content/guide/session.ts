// One guided walkthrough on WhatsApp Web, the thin runner around the reducer (reducer.ts): reads the page
// (locate.ts) whenever the page watcher reports a change the guide cares about, applies the reducer, sends the
// progress it reports to the background, wakes up when the state asks (a target missing for too long) and draws
// the overlay. Its timers and listeners go through the content script's scope and the shared page watcher.
import { send } from '../../protocol/client';
import type { WebWalkthrough } from '../../walkthroughs/types';
import type { PageWatcher, Part } from '../observe';
import { scopedTimers, type ContentScope } from '../scope';
import { createOverlay, type GuideOverlay } from '../ui/guide-overlay';
import { locateStep, readGuidePage } from './locate';
import { initialGuideState, reduceGuide, wakeAt, type GuideEvent } from './reducer';

// Every step lives in the drawers (docs/research/whatsapp-dom.md §a.1, §e: settings in drawer-left, contact info in
// drawer-right), the nav rail ('other') or is a container appearing (a chat opening): never the message list or the
// chat header. Layout keeps the highlight on its target when drawers scroll, slide in or the window resizes: the page
// is not read again for that, the target is only measured again.
const GUIDE_PARTS: ReadonlySet<Part> = new Set(['structure', 'other', 'left', 'right', 'layout']);

export interface GuideSessionOptions {
  walkthrough: WebWalkthrough;
  document: Document;
  scope: ContentScope;
  watcher: PageWatcher;
  /** The guide ended (done, stopped): the caller clears activeGuideItem. */
  onEnd(): void;
}

export interface GuideSession {
  readonly walkthroughId: string;
  /** The walkthrough finished; the confirmation stays until the user closes it. */
  readonly finished: boolean;
  /** Torn down (closed, stopped or destroyed). */
  readonly closed: boolean;
  readonly overlay: GuideOverlay;
  destroy(): void;
}

export function startGuideSession({ walkthrough, document: doc, scope, watcher, onEnd }: GuideSessionOptions): GuideSession {
  const steps = walkthrough.webSteps;
  const last = steps.length - 1;
  let state = initialGuideState(walkthrough);
  let closed = false;
  /** The wake-up asked for; an older timer finding another value here does nothing. */
  let wake: number | null = null;
  let unsubscribe: (() => void) | null = null;
  const timers = scopedTimers(scope);

  const overlay = createOverlay(doc, {
    next: () => dispatch({ type: 'next' }),
    stop: () => dispatch({ type: 'stop' }),
    finish: () => dispatch({ type: 'finish' }),
    close: () => destroy(),
  });

  function dispatch(event: GuideEvent): void {
    if (closed || state.phase === 'done') return;
    state = reduceGuide(state, readGuidePage(doc, walkthrough, Date.now()), event);
    for (const { step, status } of state.reports) {
      // A sleeping or reloaded background must not break the guide: the audit of the value confirms it again later.
      send('guideProgress', { walkthroughId: walkthrough.id, step, status }).catch(() => undefined);
    }
    if (state.phase === 'stopped') {
      destroy();
      return onEnd();
    }
    if (state.phase === 'done') {
      stopWatching();
      render();
      return onEnd();
    }
    scheduleWake();
    render();
  }

  function scheduleWake(): void {
    const at = wakeAt(state);
    if (at === wake) return;
    wake = at;
    if (at !== null) timers.setTimeout(() => wake === at && dispatch({ type: 'page' }), Math.max(0, at - Date.now()));
  }

  function render(): void {
    const { phase, step, verified } = state;
    if (phase === 'stopped') return;
    // Only a highlighted step draws its target.
    const target = phase === 'highlight' ? locateStep(doc, walkthrough, steps[step]!) : null;
    overlay.render({
      phase,
      walkthroughId: walkthrough.id,
      title: walkthrough.title,
      step,
      steps: steps.map((s) => s.text),
      target: target ? target.getBoundingClientRect() : null,
      targetKey: target ? steps[step]!.target : null,
      canNext: step < last,
      canFinish: phase === 'fallback' || (step === last && !walkthrough.check),
      checking: step === last && walkthrough.check !== undefined,
      verified,
    });
  }

  function stopWatching(): void {
    unsubscribe?.();
    unsubscribe = null;
    wake = null;
  }

  function destroy(): void {
    if (closed) return;
    closed = true;
    stopWatching();
    overlay.destroy();
  }

  unsubscribe = watcher.subscribe(GUIDE_PARTS, (parts) =>
    parts.size === 1 && parts.has('layout') ? render() : dispatch({ type: 'page' }),
  );
  dispatch({ type: 'page' });

  return {
    walkthroughId: walkthrough.id,
    get finished() {
      return state.phase === 'done';
    },
    get closed() {
      return closed;
    },
    overlay,
    destroy,
  };
}
