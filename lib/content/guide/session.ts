// One guided walkthrough on WhatsApp Web: decides the current step from the page (locate.ts), draws it
// (overlay.ts), confirms the result by reading the control's value, and reports progress to the background.
import { send } from '../../protocol/client';
import type { Protocol } from '../../protocol/contract';
import { meetsRecommendation } from '../../walkthroughs/progress';
import type { WebWalkthrough } from '../../walkthroughs/types';
import { findAll, findFirst } from '../../whatsapp/query';
import type { SelectorKey } from '../../whatsapp/selectors';
import { detectPrivacyValues } from '../../whatsapp/detect/privacy';
import { locateStep, resolveStep } from './locate';
import { createOverlay, type GuideOverlay, type GuidePhase } from '../ui/guide-overlay';

/** How long a step's target may be missing before we fall back to written steps ("WhatsApp changed its page"). */
export const TARGET_MISSING_MS = 4000;
/** WhatsApp renders after the click that navigates (a chat opens, a drawer slides in): look again once it settled. */
const SETTLE_MS = 350;

// The containers every walkthrough step lives in (docs/research/whatsapp-dom.md §a.1, §e): settings
// drawers mount in drawer-left, contact info in drawer-right. Watching these, not the whole page, keeps the
// guide cheap next to a busy chat; a chat opening is caught through the input that opened it.
const WATCHED: readonly SelectorKey[] = ['drawerLeft', 'drawerRight'];

type ProgressStatus = Protocol['guideProgress']['payload']['status'];

export interface GuideSessionOptions {
  walkthrough: WebWalkthrough;
  document: Document;
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
  /** Re-read the page now (tests; the session schedules this itself on changes). */
  evaluate(): void;
  destroy(): void;
}

export function startGuideSession({ walkthrough, document: doc, onEnd }: GuideSessionOptions): GuideSession {
  const steps = walkthrough.webSteps;
  const last = steps.length - 1;
  const check = walkthrough.check;

  let phase: GuidePhase = 'waiting';
  let step = 0;
  let reportedStep = -1;
  let derivedStep = -1;
  /** "Next" pressed: show this step even though the page has not moved on yet. */
  let manualStep: number | null = null;
  let target: Element | null = null;
  let verified = false;
  let finished = false;
  let closed = false;

  let frame = 0;
  let settleTimer: ReturnType<typeof setTimeout> | undefined;
  let missingTimer: ReturnType<typeof setTimeout> | undefined;
  let missingExpired = false;
  let observed: Element[] = [];

  const observer = new MutationObserver(() => schedule());
  const listeners = new AbortController();

  const overlay = createOverlay(doc, {
    next: () => {
      if (step >= last) return;
      manualStep = step + 1;
      evaluate();
    },
    stop: () => {
      report('cancelled');
      end();
    },
    finish: () => complete(false),
    close: () => destroy(),
  });

  function report(status: ProgressStatus): void {
    // A sleeping or reloaded background must not break the guide: the audit of the value confirms it again later.
    send('guideProgress', { walkthroughId: walkthrough.id, step, status }).catch(() => undefined);
  }

  function render(): void {
    overlay.render({
      phase,
      walkthroughId: walkthrough.id,
      title: walkthrough.title,
      step,
      steps: steps.map((s) => s.text),
      target: target ? target.getBoundingClientRect() : null,
      targetKey: target ? steps[step]!.target : null,
      canNext: step < last,
      canFinish: phase === 'fallback' || (step === last && !check),
      checking: step === last && check !== undefined,
      verified,
    });
  }

  function schedule(): void {
    if (closed || frame) return;
    frame = requestAnimationFrame(() => {
      frame = 0;
      evaluate();
    });
  }

  function disarmMissing(): void {
    clearTimeout(missingTimer);
    missingTimer = undefined;
    missingExpired = false;
  }

  function armMissing(): void {
    if (missingTimer !== undefined || missingExpired) return;
    missingTimer = setTimeout(() => {
      missingTimer = undefined;
      missingExpired = true;
      evaluate();
    }, TARGET_MISSING_MS);
  }

  function watchContainers(): void {
    const main = findFirst(doc, 'mainScreen');
    // Until the main screen exists (loading, QR code) watch the app root for it to appear.
    const wanted = main
      ? WATCHED.flatMap((key) => findAll(doc, key))
      : [findFirst(doc, 'appRoot') ?? doc.documentElement];
    if (wanted.length === observed.length && wanted.every((el, i) => el === observed[i])) return;
    observer.disconnect();
    for (const el of wanted) observer.observe(el, { childList: true, subtree: true, attributes: true, attributeFilter: ['aria-checked'] });
    observed = wanted;
  }

  function complete(byCheck: boolean): void {
    if (finished) return;
    finished = true;
    verified = byCheck;
    phase = 'done';
    target = null;
    report('done');
    stopWatching();
    render();
    onEnd();
  }

  function evaluate(): void {
    if (closed || finished) return;
    watchContainers();
    if (check) {
      // The same reading the detection layer audits, so the guide and the ledger agree on "done".
      const value = detectPrivacyValues(doc).find((reading) => reading.control === check.control)?.value;
      if (value && meetsRecommendation(check.control, value, check.recommended)) return complete(true);
    }
    const resolved = resolveStep(doc, walkthrough);
    if (!resolved) {
      target = null;
      // Still loading, or waiting for the user to link the phone (QR code): not a changed page.
      if (findFirst(doc, 'loadingScreen') || findFirst(doc, 'qrCode') || !findFirst(doc, 'appRoot')) {
        phase = 'waiting';
        disarmMissing();
      } else {
        armMissing();
        if (missingExpired && phase !== 'fallback') enterFallback();
      }
      return render();
    }
    if (resolved.index !== derivedStep) {
      derivedStep = resolved.index;
      manualStep = null;
    }
    const next = manualStep ?? derivedStep;
    // A step the user skipped to with "Next" may not be on the page yet: that is not WhatsApp's fault.
    const reached = next === derivedStep;
    target = reached ? resolved.target : locateStep(doc, walkthrough, steps[next]!);
    if (next !== step) disarmMissing();
    step = next;
    if (target || !reached) {
      disarmMissing();
      phase = 'highlight';
    } else {
      armMissing();
      if (missingExpired && phase !== 'fallback') enterFallback();
      else if (phase === 'waiting') phase = 'highlight';
    }
    if (phase === 'highlight' && step !== reportedStep) {
      reportedStep = step;
      report('active');
    }
    render();
  }

  function enterFallback(): void {
    phase = 'fallback';
    // Reporting 'active' again when the target comes back.
    reportedStep = -1;
    report('target-missing');
  }

  function onInput(): void {
    schedule();
    clearTimeout(settleTimer);
    settleTimer = setTimeout(schedule, SETTLE_MS);
  }

  function stopWatching(): void {
    observer.disconnect();
    observed = [];
    listeners.abort();
    if (frame) cancelAnimationFrame(frame);
    frame = 0;
    clearTimeout(settleTimer);
    disarmMissing();
  }

  function end(): void {
    destroy();
    onEnd();
  }

  function destroy(): void {
    if (closed) return;
    closed = true;
    stopWatching();
    overlay.destroy();
  }

  const passive = { capture: true, passive: true, signal: listeners.signal };
  doc.addEventListener('pointerup', onInput, passive);
  doc.addEventListener('keyup', onInput, passive);
  // The highlight follows its target when drawers scroll, slide in or the window resizes.
  doc.addEventListener('scroll', schedule, passive);
  doc.addEventListener('transitionend', schedule, passive);
  doc.addEventListener('animationend', schedule, passive);
  doc.defaultView?.addEventListener('resize', schedule, { passive: true, signal: listeners.signal });

  evaluate();

  return {
    walkthroughId: walkthrough.id,
    get finished() {
      return finished;
    },
    get closed() {
      return closed;
    },
    overlay,
    evaluate,
    destroy,
  };
}
