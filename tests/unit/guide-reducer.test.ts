// The guide's decisions over plain objects: which step shows, when a missing target turns into written steps,
// what is reported, and how the buttons and a checked value end the guide.
import { describe, expect, it } from 'vitest';
import {
  initialGuideState,
  reduceGuide,
  TARGET_MISSING_MS,
  wakeAt,
  type GuideEvent,
  type GuideReading,
  type GuideState,
} from '@/lib/content/guide/reducer';
import { walkthroughById, type WebWalkthrough } from '@/lib/walkthroughs/index';

const lastSeen = walkthroughById('last-seen') as WebWalkthrough; // four steps, checked by the last-seen value
const unchecked = walkthroughById('block-report-business') as WebWalkthrough; // no check: the user says when done

const page = (over: Partial<GuideReading> = {}): GuideReading => ({
  now: 0,
  starting: false,
  value: null,
  reached: { index: 0, found: true },
  ...over,
});
const at = (index: number, found = true, now = 0): GuideReading => page({ reached: { index, found }, now });

/** Applies the events in turn; returns every state. */
function run(walkthrough: WebWalkthrough, ...steps: Array<[GuideReading, GuideEvent?]>): GuideState[] {
  const states: GuideState[] = [];
  let state = initialGuideState(walkthrough);
  for (const [reading, event] of steps) states.push((state = reduceGuide(state, reading, event ?? { type: 'page' })));
  return states;
}

describe('reduceGuide', () => {
  it('highlights the step the page has reached and reports it active once', () => {
    const [first, again, second] = run(lastSeen, [at(0)], [at(0)], [at(1)]);
    expect(first).toMatchObject({ phase: 'highlight', step: 0, reports: [{ step: 0, status: 'active' }] });
    expect(again!.reports).toEqual([]);
    expect(second).toMatchObject({ phase: 'highlight', step: 1, reports: [{ step: 1, status: 'active' }] });
  });

  it('waits without reporting anything while WhatsApp is starting, however long', () => {
    const [state] = run(lastSeen, [page({ starting: true, reached: null, now: TARGET_MISSING_MS * 3 })]);
    expect(state).toMatchObject({ phase: 'waiting', reports: [], missingSince: null });
    expect(wakeAt(state!)).toBeNull();
  });

  it('a target missing for TARGET_MISSING_MS falls back to the written steps, and comes back when it does', () => {
    const [missing, almost, gone, still, back] = run(
      lastSeen,
      [at(2, false, 1000)],
      [at(2, false, 1000 + TARGET_MISSING_MS - 1)],
      [at(2, false, 1000 + TARGET_MISSING_MS)],
      [at(2, false, 2000 + TARGET_MISSING_MS)],
      [at(2, true, 3000 + TARGET_MISSING_MS)],
    );
    expect(missing).toMatchObject({ phase: 'highlight', step: 2, missingSince: 1000 });
    expect(wakeAt(missing!)).toBe(1000 + TARGET_MISSING_MS);
    expect(almost).toMatchObject({ phase: 'highlight', reports: [] });
    expect(gone).toMatchObject({ phase: 'fallback', reports: [{ step: 2, status: 'target-missing' }] });
    expect(wakeAt(gone!)).toBeNull();
    expect(still).toMatchObject({ phase: 'fallback', reports: [] });
    expect(back).toMatchObject({ phase: 'highlight', missingSince: null, reports: [{ step: 2, status: 'active' }] });
  });

  it('no step container at all on a started page is a changed page too', () => {
    const [first, later] = run(lastSeen, [page({ reached: null, now: 0 })], [page({ reached: null, now: TARGET_MISSING_MS })]);
    expect(first).toMatchObject({ phase: 'waiting', reports: [] });
    expect(later).toMatchObject({ phase: 'fallback', reports: [{ step: 0, status: 'target-missing' }] });
  });

  it('Next shows the following step without calling its target missing, until the page moves on', () => {
    const [, skipped, waited, moved] = run(lastSeen, [at(0)], [at(0), { type: 'next' }], [at(0, true, TARGET_MISSING_MS * 2)], [at(2)]);
    expect(skipped).toMatchObject({ phase: 'highlight', step: 1, manualStep: 1, reports: [{ step: 1, status: 'active' }] });
    expect(wakeAt(skipped!)).toBeNull();
    expect(waited).toMatchObject({ phase: 'highlight', step: 1 });
    expect(moved).toMatchObject({ step: 2, manualStep: null });
  });

  it('Next on the last step does nothing', () => {
    const [last, next] = run(lastSeen, [at(3)], [at(3), { type: 'next' }]);
    expect(next).toEqual({ ...last, reports: [] });
  });

  it('is done, verified, when the page shows the recommended value or stricter, and not before', () => {
    const [loose, strict] = run(
      lastSeen,
      [page({ reached: { index: 3, found: true }, value: 'contacts' })],
      [page({ reached: { index: 3, found: true }, value: 'nobody' })],
    );
    expect(loose!.phase).toBe('highlight');
    expect(strict).toMatchObject({ phase: 'done', verified: true, reports: [{ step: 3, status: 'done' }] });
  });

  it('"I did it" ends a guide unverified; Stop cancels it; a finished guide ignores everything after', () => {
    const [, done, after] = run(unchecked, [at(2)], [at(2), { type: 'finish' }], [at(0), { type: 'stop' }]);
    expect(done).toMatchObject({ phase: 'done', verified: false, reports: [{ step: 2, status: 'done' }] });
    expect(after).toEqual({ ...done, reports: [] });
    const [, stopped, later] = run(unchecked, [at(1)], [at(1), { type: 'stop' }], [at(2)]);
    expect(stopped).toMatchObject({ phase: 'stopped', reports: [{ step: 1, status: 'cancelled' }] });
    expect(later).toEqual({ ...stopped, reports: [] });
  });
});
