// Where the user is in a walkthrough, read from the page: pure functions over a DOM root, using the
// detection layer's selector table and detectors (lib/whatsapp) so guide and detection see the page alike.
import type { WebStep, WebWalkthrough } from '../../walkthroughs/types';
import { detectAppState } from '../../whatsapp/detect/app';
import { detectPrivacyValues } from '../../whatsapp/detect/privacy';
import { findFirst, findOption } from '../../whatsapp/query';
import type { GuideReading } from './reducer';

/** The element a step asks the user to click, or null when it is not on the page. */
export function locateStep(root: ParentNode, walkthrough: WebWalkthrough, step: WebStep): Element | null {
  if (step.option && walkthrough.check) return findOption(root, walkthrough.check.control, step.option);
  return findFirst(root, step.target);
}

export interface ResolvedStep {
  index: number;
  /** Null when the step's container is open but its target is missing (WhatsApp changed its page). */
  target: Element | null;
}

/**
 * The current step: the furthest step whose container (`within`) is on the page. WhatsApp swaps drawers
 * rather than stacking them (docs/research/whatsapp-dom.md §e), so the open container says how far
 * the user has got, whichever way they navigated. Null when not even the first step's container is there.
 */
export function resolveStep(root: ParentNode, walkthrough: WebWalkthrough): ResolvedStep | null {
  const steps = walkthrough.webSteps;
  for (let index = steps.length - 1; index >= 0; index--) {
    const step = steps[index]!;
    if (findFirst(root, step.within)) return { index, target: locateStep(root, walkthrough, step) };
  }
  return null;
}

/**
 * What the guide's reducer needs of the page. Whether WhatsApp is still starting comes from detectAppState; the
 * steps are found by their own containers (`within`), which are finer than the views of detectView (a chat list,
 * one privacy sub-page), so resolveStep rather than detectView says how far the user has got.
 */
export function readGuidePage(root: ParentNode, walkthrough: WebWalkthrough, now: number): GuideReading {
  const check = walkthrough.check;
  const value = check ? (detectPrivacyValues(root).find((reading) => reading.control === check.control)?.value ?? null) : null;
  const resolved = resolveStep(root, walkthrough);
  const app = detectAppState(root);
  return {
    now,
    starting: app === 'loading' || app === 'qr' || !findFirst(root, 'appRoot'),
    value,
    reached: resolved && { index: resolved.index, found: resolved.target !== null },
  };
}
