// The views' one source of data and the one way they change it: loads one snapshot, exposes
// loading/error states, and runs each change the user asks for through the background, reporting its
// outcome in `notice` and re-fetching, so the screen always shows what the background stored.
// Components call these methods; only lib/view talks to the message client.
import { useEffect, useMemo, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { t } from '@/lib/i18n/t';
import { send } from '@/lib/protocol/client';
import type { Protocol } from '@/lib/protocol/contract';
import type { Settings } from '@/lib/model/preferences';
import type { Snapshot } from '@/lib/model/snapshot';
import { downloadFile } from './download';
import { buildExport } from './export';
import { importFile, importedText } from './export-import';
import { openWhatsApp } from './navigation';

export type Days = Protocol['getSnapshot']['payload']['days'];
export type ExportFormat = Protocol['exportData']['payload']['format'];

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

interface Outcome<T> {
  ok?: (value: T) => string;
  error: (message: string) => string;
}

type Ran<T> = { done: true; value: T } | { done: false };

const failed = (message: string) => t('ui_action_failed', message);

export class SnapshotStore {
  state: LoadState = { status: 'loading' };
  notice: Notice | null = null;
  /** The settings of the last imported file that differ from the user's: offered, applied only when asked. */
  importOffer: Partial<Settings> | null = null;
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

  // Changes. Each resolves true once the background did it, false when it failed (the failure is in
  // `notice`); either way the snapshot is re-read afterwards.

  /** Pause or resume logging. */
  setPaused(paused: boolean): Promise<boolean> {
    return this.updatePreferences({ paused });
  }

  updatePreferences(patch: Partial<Settings>): Promise<boolean> {
    return this.change(() => send('updateSettings', patch), { error: failed });
  }

  /** "Don't log this business" on or off. */
  setBusinessIgnored(key: string, ignored: boolean): Promise<boolean> {
    return this.change(() => send('setBusinessIgnored', { key, ignored }), { error: failed });
  }

  /** Deletes a business's row and events; `name` is how the view showed it, for the notice. */
  forgetBusiness(key: string, name: string): Promise<boolean> {
    return this.change(() => send('forgetBusiness', { key }), { ok: () => t('dashboard_deleted', name), error: failed });
  }

  /** This page builds the export from the ledger's database (./export.ts) and saves it as a file. */
  async exportData(format: ExportFormat): Promise<boolean> {
    const ran = await this.run(() => buildExport(format), { ok: (f) => t('dashboard_export_done', f.filename), error: failed });
    if (ran.done) downloadFile(ran.value);
    return ran.done;
  }

  /** Merges an export file into the ledger (./export-import.ts); the file's differing settings become `importOffer`. */
  importFile(file: File): Promise<boolean> {
    return this.change(
      async () => {
        const report = await importFile(file);
        this.importOffer = Object.keys(report.offeredSettings).length > 0 ? report.offeredSettings : null;
        return report;
      },
      { ok: importedText, error: (sentence) => sentence },
    );
  }

  /** Takes the settings the last imported file offered. */
  async applyImportOffer(): Promise<boolean> {
    if (!this.importOffer) return true;
    const done = await this.updatePreferences(this.importOffer);
    if (done) this.dismissImportOffer();
    return done;
  }

  dismissImportOffer(): void {
    this.importOffer = null;
    this.emit();
  }

  clearAll(): Promise<boolean> {
    return this.change(() => send('clearAll', {}), { ok: () => t('dashboard_cleared'), error: failed });
  }

  /** Opens or focuses WhatsApp Web (a walkthrough's guide starts from its own buttons: ./navigation.ts). */
  openWhatsApp(): Promise<boolean> {
    return this.change(openWhatsApp, { error: failed });
  }

  /** Runs one change, reports it in `notice`, then reloads. */
  private async run<T>(action: () => Promise<T>, outcome: Outcome<T>): Promise<Ran<T>> {
    let ran: Ran<T>;
    try {
      ran = { done: true, value: await action() };
      this.notice = outcome.ok ? { kind: 'ok', text: outcome.ok(ran.value) } : null;
    } catch (error) {
      ran = { done: false };
      this.notice = { kind: 'error', text: outcome.error(messageOf(error)) };
    }
    await this.load();
    return ran;
  }

  private async change<T>(action: () => Promise<T>, outcome: Outcome<T>): Promise<boolean> {
    return (await this.run(action, outcome)).done;
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
export function useSnapshotStore(
  days: Days,
  options: { watch?: boolean } = {},
): { store: SnapshotStore; state: LoadState; notice: Notice | null } {
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
