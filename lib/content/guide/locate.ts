// Where the user is in a walkthrough, read from the page: pure functions over a DOM root, using the
// detection layer's selector table (lib/whatsapp/query.ts) so guide and detection see the page alike.
import type { WebStep, WebWalkthrough } from '../../walkthroughs/types';
import { findFirst, findOption } from '../../whatsapp/query';

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
