// The observation queue: nothing lost, nothing counted twice, exponential backoff, a cap. Fake timers only.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { MessagingError } from '@/lib/protocol/client';
import { ObservationQueue, type QueueOptions } from '@/lib/content/queue';
import type { Observation } from '@/lib/model/observation';

const obs = (id: string): Observation => ({ type: 'session', id, at: 1 });

/** A background that stores what it is sent, or fails while `down`. */
function fakeBackground() {
  const stored: string[] = [];
  const calls: string[][] = [];
  const background = {
    down: false as false | 'asleep' | 'refuses',
    stored,
    calls,
    send: vi.fn(async (observations: Observation[]) => {
      calls.push(observations.map((o) => o.id));
      if (background.down === 'asleep') throw new MessagingError('no-receiver', 'Could not establish connection');
      if (background.down === 'refuses') throw new MessagingError('bad-request', 'invalid');
      for (const o of observations) if (!stored.includes(o.id)) stored.push(o.id);
      return { stored: observations.map((o) => o.id) };
    }),
  };
  return background;
}

function queue(send: QueueOptions['send'], extra: Partial<QueueOptions> = {}) {
  return new ObservationQueue({ send, setTimeout: (cb, ms) => setTimeout(cb, ms), baseDelayMs: 1000, maxDelayMs: 8000, ...extra });
}

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe('ObservationQueue', () => {
  it('sends queued observations in one batch and forgets them once stored', async () => {
    const bg = fakeBackground();
    const q = queue(bg.send);
    q.push(obs('a'), obs('b'));
    q.push(obs('c'));
    await vi.runAllTimersAsync();
    expect(bg.calls).toEqual([['a', 'b', 'c']]);
    expect(q.size).toBe(0);
  });

  it('keeps everything while the worker is asleep, retries with exponential backoff, loses nothing', async () => {
    const bg = fakeBackground();
    bg.down = 'asleep';
    const q = queue(bg.send);
    q.push(obs('a'));
    await vi.advanceTimersByTimeAsync(0);
    expect(bg.calls).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(999);
    expect(bg.calls).toHaveLength(1); // 1 s after the first failure
    await vi.advanceTimersByTimeAsync(1);
    expect(bg.calls).toHaveLength(2);
    await vi.advanceTimersByTimeAsync(1999);
    expect(bg.calls).toHaveLength(2); // then 2 s
    await vi.advanceTimersByTimeAsync(1);
    expect(bg.calls).toHaveLength(3);
    await vi.advanceTimersByTimeAsync(4000 + 8000 + 8000); // 4 s, then capped at 8 s
    expect(bg.calls).toHaveLength(6);
    bg.down = false;
    await vi.advanceTimersByTimeAsync(8000);
    expect(bg.stored).toEqual(['a']);
    expect(q.size).toBe(0);
    expect(q.dropped).toBe(0);
  });

  // Issue 12 item 12: v0.1 let a new observation wait out the backoff in memory, where a browser crash loses it.
  it('tries a new observation at once, even while retries back off', async () => {
    const bg = fakeBackground();
    bg.down = 'asleep';
    const q = queue(bg.send);
    q.push(obs('a'));
    await vi.advanceTimersByTimeAsync(1000);
    expect(bg.calls).toHaveLength(2); // the next retry is 2 s away
    bg.down = false;
    q.push(obs('b'));
    await vi.advanceTimersByTimeAsync(0);
    expect(bg.calls).toEqual([['a'], ['a'], ['a', 'b']]);
    expect(bg.stored).toEqual(['a', 'b']);
    await vi.runAllTimersAsync();
    expect(bg.calls).toHaveLength(3); // the old retry timer finds nothing left to do
  });

  it('goes on backing off when that attempt fails too', async () => {
    const bg = fakeBackground();
    bg.down = 'asleep';
    const q = queue(bg.send);
    q.push(obs('a'));
    await vi.advanceTimersByTimeAsync(0);
    q.push(obs('b'));
    await vi.advanceTimersByTimeAsync(0);
    expect(bg.calls).toEqual([['a'], ['a', 'b']]);
    await vi.advanceTimersByTimeAsync(1999);
    expect(bg.calls).toHaveLength(2); // two failures: 2 s
    await vi.advanceTimersByTimeAsync(1);
    expect(bg.calls).toHaveLength(3);
  });

  it('sends at once when asked (the page is going away), whatever the timer says', async () => {
    const bg = fakeBackground();
    bg.down = 'asleep';
    const q = queue(bg.send);
    q.push(obs('a'));
    await vi.advanceTimersByTimeAsync(0);
    bg.down = false;
    await q.flush();
    expect(bg.stored).toEqual(['a']);
  });

  it('never sends an acknowledged id again', async () => {
    const bg = fakeBackground();
    const q = queue(bg.send);
    q.push(obs('msg:1'));
    await vi.runAllTimersAsync();
    q.push(obs('msg:1'), obs('msg:2'));
    q.push(obs('msg:2'));
    await vi.runAllTimersAsync();
    expect(bg.calls).toEqual([['msg:1'], ['msg:2']]);
  });

  it('keeps observations the reply did not acknowledge and resends only those', async () => {
    let first = true;
    const calls: string[][] = [];
    const q = queue(async (observations) => {
      calls.push(observations.map((o) => o.id));
      const ids = observations.map((o) => o.id);
      const stored = first ? ids.filter((id) => id !== 'b') : ids;
      first = false;
      return { stored };
    });
    q.push(obs('a'), obs('b'), obs('c'));
    await vi.runAllTimersAsync();
    expect(calls).toEqual([['a', 'b', 'c'], ['b']]);
    expect(q.size).toBe(0);
  });

  it.each(['bad-request', 'internal'] as const)(
    'gives up on observations the background keeps refusing (%s), and says so',
    async (code) => {
      const calls: string[][] = [];
      const q = queue(
        async (observations) => {
          calls.push(observations.map((o) => o.id));
          throw new MessagingError(code, 'refused');
        },
        { maxRejections: 3 },
      );
      q.push(obs('bad'));
      await vi.runAllTimersAsync();
      expect(calls).toHaveLength(3);
      expect(q.size).toBe(0);
      expect(q.dropped).toBe(1);
    },
  );

  it('keeps observations however long the ledger cannot be used (a database from a newer version)', async () => {
    let unavailable = true;
    const stored: string[] = [];
    const q = queue(
      async (observations) => {
        if (unavailable) throw new MessagingError('ledger-unavailable', 'saved by a newer version');
        stored.push(...observations.map((o) => o.id));
        return { stored: observations.map((o) => o.id) };
      },
      { maxRejections: 3 },
    );
    q.push(obs('a'));
    await vi.advanceTimersByTimeAsync(60_000); // far more than three tries
    expect(q.size).toBe(1);
    expect(q.dropped).toBe(0);
    unavailable = false;
    await vi.advanceTimersByTimeAsync(8000);
    expect(stored).toEqual(['a']);
  });

  it('caps the queue, dropping the oldest', async () => {
    const bg = fakeBackground();
    bg.down = 'asleep';
    const q = queue(bg.send, { maxSize: 3 });
    for (const id of ['1', '2', '3', '4', '5']) q.push(obs(id));
    expect(q.size).toBe(3);
    expect(q.dropped).toBe(2);
    bg.down = false;
    await vi.runAllTimersAsync();
    expect(bg.stored).toEqual(['3', '4', '5']);
  });

  it('sends in batches of batchSize, one request at a time', async () => {
    const bg = fakeBackground();
    const q = queue(bg.send, { batchSize: 2 });
    q.push(obs('a'), obs('b'), obs('c'));
    await vi.runAllTimersAsync();
    expect(bg.calls).toEqual([['a', 'b'], ['c']]);
  });

  it('stops sending once stopped', async () => {
    const bg = fakeBackground();
    const q = queue(bg.send);
    q.push(obs('a'));
    q.stop();
    await vi.runAllTimersAsync();
    q.push(obs('b'));
    await vi.runAllTimersAsync();
    expect(bg.calls).toEqual([]);
  });
});
