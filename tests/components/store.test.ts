// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { send } from '@/lib/protocol/client';
import { buildExport } from '@/lib/view/export';
import { SnapshotStore } from '@/lib/view/store';
import { snapshot, typicalSnapshot } from './fixtures';
import { answer, sent } from './mock-send';

vi.mock('@/lib/protocol/client', () => ({ send: vi.fn() }));
vi.mock('@/lib/view/export', () => ({ buildExport: vi.fn() }));

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

  it('an action reports its outcome and reloads; a failure lands in the notice, not a throw', async () => {
    answer(typicalSnapshot(), {
      clearAll: () => {
        throw new Error('locked');
      },
    });
    const store = new SnapshotStore(7);
    await store.load();
    expect(await store.forgetBusiness('a'.repeat(64), 'Business 1')).toBe(true);
    expect(sent('forgetBusiness')).toEqual([{ key: 'a'.repeat(64) }]);
    expect(store.notice).toEqual({ kind: 'ok', text: 'Deleted Business 1.' });
    expect(await store.clearAll()).toBe(false);
    expect(store.notice).toEqual({ kind: 'error', text: 'That did not work: locked' });
    expect(await store.setPaused(true)).toBe(true);
    expect(sent('updateSettings')).toEqual([{ paused: true }]);
    expect(store.notice).toBeNull(); // a switch that moved needs no message
    expect(sent('getSnapshot')).toHaveLength(4);
  });

  it('export saves the file the page built, and nothing when it failed', async () => {
    const download = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {});
    answer(typicalSnapshot());
    vi.mocked(buildExport).mockImplementation(async (format) => {
      if (format === 'json') throw new Error('disk full');
      return { filename: `ledger.${format}`, blob: new Blob(['a,b'], { type: 'text/csv' }) };
    });
    const store = new SnapshotStore(7);
    expect(await store.exportData('csv')).toBe(true);
    expect(download).toHaveBeenCalledTimes(1);
    expect(store.notice).toEqual({ kind: 'ok', text: 'Saved ledger.csv.' });
    expect(await store.exportData('json')).toBe(false);
    expect(download).toHaveBeenCalledTimes(1);
    expect(store.notice).toEqual({ kind: 'error', text: 'That did not work: disk full' });
    expect(vi.mocked(buildExport).mock.calls.map(([format]) => format)).toEqual(['csv', 'json']);
    // Built in the page, from IndexedDB: no runtime message carries the file.
    expect(sent('exportData')).toEqual([]);
    download.mockRestore();
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
