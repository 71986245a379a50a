// The views' one source of data: loads one snapshot, exposes loading/error states, and re-fetches
// after every action so the screen always shows what the background stored.
import { useEffect, useMemo, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { send } from '@/lib/protocol/client';
import type { Protocol } from '@/lib/protocol/contract';
import type { Snapshot } from '@/lib/model/snapshot';

export type Days = Protocol['getSnapshot']['payload']['days'];

/** While reloading or after a failed reload, the last good snapshot stays on screen. */
export type LoadState =
  | { status: 'loading'; snapshot?: Snapshot }
  | { status: 'ready'; snapshot: Snapshot }
  | { status: 'error'; error: string; snapshot?: Snapshot };

/** The outcome of the last action, for the view's live region. */
export interface Notice {
  kind: 'ok' | 'error';
  text: string;
}

export class SnapshotStore {
  state: LoadState = { status: 'loading' };
  notice: Notice | null = null;
  private listeners = new Set<() => void>();
  private latest = 0;

  constructor(public days: Days) {}

  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private emit(): void {
    for (const listener of this.listeners) listener();
  }

  async load(days: Days = this.days): Promise<void> {
    this.days = days;
    const request = ++this.latest;
    const previous = this.state.snapshot;
    this.state = { status: 'loading', snapshot: previous?.days === days ? previous : undefined };
    this.emit();
    try {
      const snapshot = await send('getSnapshot', { days });
      if (request !== this.latest) return; // a newer request (range change, action) wins
      this.state = { status: 'ready', snapshot };
    } catch (error) {
      if (request !== this.latest) return;
      this.state = { status: 'error', error: messageOf(error), snapshot: this.state.snapshot };
    }
    this.emit();
  }

  /**
   * Runs one change through the background, reports it in `notice`, then reloads the snapshot.
   * Returns the action's value, or undefined when it failed (the failure is in `notice`).
   */
  async run<T>(action: () => Promise<T>, describe: { ok?: (value: T) => string; error: (message: string) => string }): Promise<T | undefined> {
    let value: T | undefined;
    try {
      value = await action();
      this.notice = describe.ok ? { kind: 'ok', text: describe.ok(value) } : null;
    } catch (error) {
      this.notice = { kind: 'error', text: describe.error(messageOf(error)) };
    }
    await this.load();
    return value;
  }

  dismissNotice(): void {
    this.notice = null;
    this.emit();
  }

  /** Re-fetch when settings change elsewhere or the page becomes visible again (a long-lived tab). */
  watch(doc: Document = document): () => void {
    const reload = () => void this.load();
    const onVisible = () => doc.visibilityState === 'visible' && reload();
    browser.storage.onChanged.addListener(reload);
    doc.addEventListener('visibilitychange', onVisible);
    return () => {
      browser.storage.onChanged.removeListener(reload);
      doc.removeEventListener('visibilitychange', onVisible);
    };
  }
}

const messageOf = (error: unknown): string => (error instanceof Error ? error.message : String(error));

/** A store for one view, loaded on mount; `watch` keeps a long-lived page current. */
export function useSnapshotStore(days: Days, options: { watch?: boolean } = {}): { store: SnapshotStore; state: LoadState; notice: Notice | null } {
  // One store per mounted view; later range changes go through store.load(days).
  const store = useMemo(() => new SnapshotStore(days), []);
  const [, setVersion] = useState(0);
  useEffect(() => {
    const unsubscribe = store.subscribe(() => setVersion((v) => v + 1));
    void store.load();
    const unwatch = options.watch ? store.watch() : undefined;
    return () => {
      unsubscribe();
      unwatch?.();
    };
  }, [store]);
  return { store, state: store.state, notice: store.notice };
}
