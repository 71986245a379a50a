// The guide's decisions as a pure function: (state, what the page shows, what happened) → next state. No DOM, no
// timers, no messages: the runner (session.ts) reads the page (locate.ts), sends the reports a transition asks
// for, wakes up when the state says so (wakeAt) and draws the overlay.
import type { PrivacyValue } from '../../model/privacy-controls';
import type { Protocol } from '../../protocol/contract';
import { meetsRecommendation } from '../../walkthroughs/progress';
import type { WebWalkthrough } from '../../walkthroughs/types';

/** How long a step's target may be missing before we fall back to written steps ("WhatsApp changed its page"). */
export const TARGET_MISSING_MS = 4000;

/** What the overlay shows: waiting for WhatsApp, a highlighted step, the written steps, or the end. */
export type GuidePhase = 'waiting' | 'highlight' | 'fallback' | 'done';

export interface GuideReport {
  step: number;
  status: Protocol['guideProgress']['payload']['status'];
}

export interface GuideState {
  readonly walkthrough: WebWalkthrough;
  /** 'stopped': the user left the guide; the runner removes it. 'done' and 'stopped' are final. */
  readonly phase: GuidePhase | 'stopped';
  /** The step shown (0-based). */
  readonly step: number;
  /** The step the page shows the user has reached; -1 before the first reading that found one. */
  readonly derivedStep: number;
  /** "Next" pressed: show this step even though the page has not moved on yet. */
  readonly manualStep: number | null;
  /** The last step reported 'active' (-1: none, or report it again). */
  readonly reportedStep: number;
  /** Done by a check on the page rather than by the user's word. */
  readonly verified: boolean;
  /** Since when the shown step's target (or any step's container) is missing; null while found. */
  readonly missingSince: number | null;
  /** Progress to report for this transition only. */
  readonly reports: readonly GuideReport[];
}

/** What the page shows, read by the runner (locate.ts readGuidePage). */
export interface GuideReading {
  /** When it was read (ms). */
  now: number;
  /** WhatsApp is still starting (loading, QR code, no app yet): nothing is missing. */
  starting: boolean;
  /** The value of the walkthrough's checked control, when the page shows it. */
  value: PrivacyValue | null;
  /** The furthest step whose container is on the page, and whether its target is there; null for none. */
  reached: { index: number; found: boolean } | null;
}

/** 'page': the page changed (or the missing-target wait ran out); the others are the overlay's buttons. */
export type GuideEvent = { type: 'page' } | { type: 'next' } | { type: 'finish' } | { type: 'stop' };

export function initialGuideState(walkthrough: WebWalkthrough): GuideState {
  return {
    walkthrough,
    phase: 'waiting',
    step: 0,
    derivedStep: -1,
    manualStep: null,
    reportedStep: -1,
    verified: false,
    missingSince: null,
    reports: [],
  };
}

/** When the runner must read the page again on its own: the moment a missing target counts as gone. */
export function wakeAt(state: GuideState): number | null {
  const waiting = state.phase === 'waiting' || state.phase === 'highlight';
  return waiting && state.missingSince !== null ? state.missingSince + TARGET_MISSING_MS : null;
}

type Draft = { -readonly [K in keyof GuideState]: GuideState[K] } & { reports: GuideReport[] };

export function reduceGuide(state: GuideState, reading: GuideReading, event: GuideEvent): GuideState {
  const next: Draft = { ...state, reports: [] };
  if (state.phase === 'done' || state.phase === 'stopped') return next;
  switch (event.type) {
    case 'stop':
      next.phase = 'stopped';
      report(next, 'cancelled');
      return next;
    case 'finish':
      return complete(next, false);
    case 'next':
      if (next.step >= next.walkthrough.webSteps.length - 1) return next;
      next.manualStep = next.step + 1;
      return look(next, reading);
    case 'page':
      return look(next, reading);
  }
}

function report(draft: Draft, status: GuideReport['status']): void {
  draft.reports.push({ step: draft.step, status });
}

function complete(draft: Draft, byCheck: boolean): Draft {
  draft.phase = 'done';
  draft.verified = byCheck;
  report(draft, 'done');
  return draft;
}

/** Starts (or continues) the wait for a missing target; true once it has lasted long enough. */
function stillMissing(draft: Draft, now: number): boolean {
  draft.missingSince ??= now;
  return now - draft.missingSince >= TARGET_MISSING_MS;
}

function fallBack(draft: Draft): void {
  draft.phase = 'fallback';
  draft.reportedStep = -1; // 'active' is reported again when the target comes back
  report(draft, 'target-missing');
}

function look(draft: Draft, reading: GuideReading): Draft {
  const check = draft.walkthrough.check;
  // The same reading the detection layer audits, so the guide and the ledger agree on "done".
  if (check && reading.value && meetsRecommendation(check.control, reading.value, check.recommended)) return complete(draft, true);

  if (!reading.reached) {
    if (reading.starting) {
      // Still loading, or waiting for the user to link the phone (QR code): not a changed page.
      draft.phase = 'waiting';
      draft.missingSince = null;
    } else if (stillMissing(draft, reading.now) && draft.phase !== 'fallback') {
      fallBack(draft);
    }
    return draft;
  }

  if (reading.reached.index !== draft.derivedStep) {
    draft.derivedStep = reading.reached.index;
    draft.manualStep = null;
  }
  const step = draft.manualStep ?? draft.derivedStep;
  // A step the user skipped to with "Next" may not be on the page yet: that is not WhatsApp's fault.
  const reached = step === draft.derivedStep;
  if (step !== draft.step) draft.missingSince = null;
  draft.step = step;
  if (!reached || reading.reached.found) {
    draft.missingSince = null;
    draft.phase = 'highlight';
  } else if (stillMissing(draft, reading.now) && draft.phase !== 'fallback') {
    fallBack(draft);
  } else if (draft.phase === 'waiting') {
    draft.phase = 'highlight';
  }
  if (draft.phase === 'highlight' && draft.step !== draft.reportedStep) {
    draft.reportedStep = draft.step;
    report(draft, 'active');
  }
  return draft;
}
