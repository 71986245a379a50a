// Delivers observations to the background: nothing lost, nothing counted twice.
// The worker may be asleep or restarting, so sends fail; failed and unacknowledged observations stay queued and
// are retried with exponential backoff. The background answers with the ids it has stored (or already had), and
// only those leave the queue. Ids are stable per observation, so a resend after a lost reply is harmless.
// Everything lives in this content script's memory, so it is sent as soon as it exists: a new observation is tried at
// once even while retries back off, and the content script flushes when the page goes away. No durable place fits:
// the page's own storage (localStorage, sessionStorage, IndexedDB) is readable by the page, extension storage is
// closed to content scripts in Chrome (lib/storage/access.ts), and storage.session is memory that a browser crash
// loses too. The background's IndexedDB, reached by `observe`, is the durable place.
import { MessagingError } from '../protocol/client';
import type { Observation } from '../model/observation';

export interface QueueOptions {
  send: (observations: Observation[]) => Promise<{ stored: string[] }>;
  /** Timer to schedule the next attempt (ctx.setTimeout in the content script: cleared when it is invalidated). */
  setTimeout: (callback: () => void, ms: number) => unknown;
  /** Most observations kept; the oldest go first beyond it (a page open for days with no worker). */
  maxSize?: number;
  batchSize?: number;
  baseDelayMs?: number;
  maxDelayMs?: number;
  /** Attempts for an observation the background answered but did not store (rejected), before it is dropped. */
  maxRejections?: number;
}

/** Ids already acknowledged, remembered so a re-detected observation is never sent again. */
const ACKNOWLEDGED_MEMORY = 5000;

/** Failures that say nothing about the observations: the worker is not there, or the ledger cannot be used for now
 *  (a database saved by a newer version). They are retried for as long as it takes, within the queue's cap. */
const TRANSIENT: ReadonlySet<string> = new Set(['no-receiver', 'ledger-unavailable']);

export class ObservationQueue {
  private readonly pending: Observation[] = [];
  private readonly rejections = new Map<string, number>();
  private readonly acknowledged = new Set<string>();
  private failures = 0;
  /** When the next attempt is due (Infinity: none scheduled). */
  private dueAt = Infinity;
  private sending = false;
  private stopped = false;
  /** Observations given up on (queue over its cap, or rejected again and again). */
  dropped = 0;

  constructor(private readonly options: QueueOptions) {}

  get size(): number {
    return this.pending.length;
  }

  /** Queue observations; an id already queued or already stored is ignored. */
  push(...observations: Observation[]): void {
    if (this.stopped) return;
    for (const observation of observations) {
      if (this.acknowledged.has(observation.id) || this.pending.some((p) => p.id === observation.id)) continue;
      this.pending.push(observation);
    }
    const max = this.options.maxSize ?? 500;
    while (this.pending.length > max) this.forget(this.pending.shift()!);
    this.schedule(0);
  }

  /** Stop sending (the content script was invalidated). */
  stop(): void {
    this.stopped = true;
  }

  private forget(observation: Observation): void {
    this.rejections.delete(observation.id);
    this.dropped += 1;
  }

  /** Attempts a send in `delay` ms, unless one is due sooner; a later timer that finds itself overtaken does nothing. */
  private schedule(delay: number): void {
    if (this.sending || this.stopped || this.pending.length === 0) return;
    const at = Date.now() + delay;
    if (at >= this.dueAt) return;
    this.dueAt = at;
    this.options.setTimeout(() => {
      if (this.dueAt !== at) return;
      this.dueAt = Infinity;
      void this.flush();
    }, delay);
  }

  private backoff(): number {
    const base = this.options.baseDelayMs ?? 1000;
    return Math.min(this.options.maxDelayMs ?? 60_000, base * 2 ** (this.failures - 1));
  }

  private remember(id: string): void {
    this.acknowledged.add(id);
    if (this.acknowledged.size > ACKNOWLEDGED_MEMORY) this.acknowledged.delete(this.acknowledged.values().next().value!);
  }

  /** Sends one batch now (the page is going away); otherwise driven by the timer. */
  async flush(): Promise<void> {
    if (this.sending || this.stopped || this.pending.length === 0) return;
    this.sending = true;
    this.dueAt = Infinity;
    const batch = this.pending.slice(0, this.options.batchSize ?? 50);
    let complete = false;
    try {
      const { stored } = await this.options.send(batch);
      const acked = new Set(stored);
      for (const observation of batch) {
        if (acked.has(observation.id)) {
          this.remember(observation.id);
          this.rejections.delete(observation.id);
          this.pending.splice(this.pending.indexOf(observation), 1);
        } else {
          this.reject(observation);
        }
      }
      complete = batch.every((o) => acked.has(o.id));
    } catch (error) {
      // A transient failure is retried forever (within the cap); a refusal counts against each observation, so one
      // the background cannot take is dropped at last rather than blocking the rest.
      if (!(error instanceof MessagingError && TRANSIENT.has(error.code))) batch.forEach((o) => this.reject(o));
    } finally {
      this.sending = false;
    }
    if (this.stopped) return;
    this.failures = complete ? 0 : this.failures + 1;
    this.schedule(complete ? 0 : this.backoff());
  }

  private reject(observation: Observation): void {
    const count = (this.rejections.get(observation.id) ?? 0) + 1;
    if (count < (this.options.maxRejections ?? 6)) {
      this.rejections.set(observation.id, count);
      return;
    }
    const index = this.pending.indexOf(observation);
    if (index >= 0) this.pending.splice(index, 1);
    this.forget(observation);
  }
}
