// Turns what WhatsApp Web shows into observations: one evaluation reads the few containers that changed and emits
// only what is new, through three trackers: privacy values (privacy-tracker.ts), the open chat (chat-tracker.ts)
// and health (health.ts). Watching and batching live in observe.ts; the in-page notice in notice-controller.ts.
// Sources: docs/research/whatsapp-dom.md §b (chat), §c (contact info), §d (settings), §e (navigation).
import type { Observation } from '../model/observation';
import type { Settings } from '../model/preferences';
import { detectAppState } from '../whatsapp/detect/app';
import { findFirst } from '../whatsapp/query';
import { ChatTracker, type CurrentChat } from './chat-tracker';
import { HealthTracker, missingAnchors } from './health';
import type { Part } from './observe';
import { PrivacyTracker } from './privacy-tracker';
import type { ObservationSink } from './sink';

/** The page parts detection reads (everything but layout). */
export const DETECTION_PARTS: ReadonlySet<Part> = new Set(['structure', 'chat', 'rows', 'left', 'right']);

export interface DetectorDeps {
  doc: Document;
  /** From the background's `hello` reply: keys are salted so a business's id never leaves as-is. */
  salt: () => string;
  settings: () => Settings;
  emit: (observation: Observation) => void;
  now: () => number;
  /** A fresh random id part (observation ids must be unique). */
  randomId: () => string;
  /** SHA-256, lowercase hex. */
  sha256: (text: string) => Promise<string>;
  /** Ask for another evaluation in `ms` (settle windows, health grace). */
  later: (ms: number) => void;
  /** The current chat after each look at it (the notice controller listens). */
  onCurrentChat: (chat: CurrentChat | null) => void;
}

export class Detector {
  private readonly sink: ObservationSink;
  private readonly privacy: PrivacyTracker;
  private readonly chat: ChatTracker;
  private readonly health = new HealthTracker();

  constructor(private readonly deps: DetectorDeps) {
    this.sink = { emit: deps.emit, now: deps.now, newId: (prefix) => `${prefix}:${deps.randomId()}` };
    this.privacy = new PrivacyTracker(this.sink);
    this.chat = new ChatTracker({ ...deps, sink: this.sink });
  }

  /** WhatsApp Web was opened: once per page load. */
  start(): void {
    this.sink.emit({ type: 'session', id: this.sink.newId('session'), at: this.sink.now() });
  }

  /** Re-reads what `parts` say changed ('structure': everything, including health). */
  async evaluate(parts: ReadonlySet<Part>): Promise<void> {
    const { doc } = this.deps;
    // Health, privacy and chat speak about the main UI only; loading and QR screens expect nothing.
    if (detectAppState(doc) !== 'main') return;
    const all = parts.has('structure');
    // A drawer container's parent also holds the drawer when only the drawer itself was found (no testids).
    const left = findFirst(doc, 'drawerLeft')?.parentElement ?? doc;
    const right = findFirst(doc, 'drawerRight')?.parentElement ?? doc;
    if (all || parts.has('left')) this.privacy.update(left);
    if (all || parts.has('chat') || parts.has('rows') || parts.has('right')) await this.chat.update(all || parts.has('rows'), right);
    if (all) this.updateHealth(left);
  }

  private updateHealth(left: ParentNode): void {
    const update = this.health.update(missingAnchors(this.deps.doc, left, this.chat.missingAnchors()), this.sink.now());
    if (update.report) this.sink.emit({ type: 'health', id: this.sink.newId('health'), at: this.sink.now(), ...update.report });
    if (update.recheckInMs !== undefined) this.deps.later(update.recheckInMs);
  }
}
