// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { send } from '@/lib/protocol/client';
import { SnapshotStore } from '@/lib/view/store';
import { snapshot, typicalSnapshot } from './fixtures';
import { answer, sent } from './mock-send';

vi.mock('@/lib/protocol/client', () => ({ send: vi.fn() }));

beforeEach(() => fakeBrowser.reset());
afterEach(() => vi.clearAllMocks());

describe('SnapshotStore', () => {
  it('loads, then reports ready with the snapshot', async () => {
    answer(typicalSnapshot());
    const store = new SnapshotStore(7);
    const seen: string[] = [];
    store.subscribe(() => seen.push(store.state.status));
    await store.load();
    expect(seen).toEqual(['loading', 'ready']);
    expect(store.state.snapshot?.businessChats).toBe(12);
  });

  it('keeps the last snapshot on screen when a reload fails', async () => {
    answer(typicalSnapshot());
    const store = new SnapshotStore(7);
    await store.load();
    vi.mocked(send).mockRejectedValueOnce(new Error('worker gone'));
    await store.load();
    expect(store.state).toMatchObject({ status: 'error', error: 'worker gone' });
    expect(store.state.snapshot?.businessChats).toBe(12);
  });

  it('a newer request wins over a slower older one', async () => {
    let release30!: () => void;
    vi.mocked(send).mockImplementation((async (_type: string, payload: { days: number }) => {
      if (payload.days === 30) await new Promise<void>((resolve) => (release30 = resolve));
      return snapshot({ days: payload.days });
    }) as typeof send);
    const store = new SnapshotStore(30);
    const slow = store.load(30);
    await store.load(90);
    release30();
    await slow;
    expect(store.state.snapshot?.days).toBe(90);
    expect(store.days).toBe(90);
  });

  it('run reports the outcome and reloads; a failure lands in the notice, not a throw', async () => {
    answer(typicalSnapshot(), {
      clearAll: () => {
        throw new Error('locked');
      },
    });
    const store = new SnapshotStore(7);
    await store.load();
    expect(await store.run(() => send('updateSettings', { paused: true }), { ok: () => 'saved', error: (m) => `failed: ${m}` })).toBeNull();
    expect(store.notice).toEqual({ kind: 'ok', text: 'saved' });
    expect(await store.run(() => send('clearAll', {}), { error: (m) => `failed: ${m}` })).toBeUndefined();
    expect(store.notice).toEqual({ kind: 'error', text: 'failed: locked' });
    expect(sent('getSnapshot')).toHaveLength(3);
  });

  it('watch re-reads when extension storage changes, until stopped', async () => {
    answer(typicalSnapshot());
    const store = new SnapshotStore(7);
    const stop = store.watch(document);
    await fakeBrowser.storage.local.set({ settings: { paused: true } });
    await vi.waitFor(() => expect(sent('getSnapshot')).toHaveLength(1));
    stop();
    await fakeBrowser.storage.local.set({ settings: { paused: false } });
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(sent('getSnapshot')).toHaveLength(1);
  });
});
