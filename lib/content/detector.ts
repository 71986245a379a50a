// Turns what WhatsApp Web shows into observations: one evaluation reads the few containers that changed and emits
// only what is new, through three trackers: privacy values (privacy-tracker.ts), the open chat (chat-tracker.ts)
// and health (health.ts). Watching and batching live in observe.ts; the in-page notice in notice-controller.ts.
// What one evaluation observes leaves in one message: the trackers' emits are held until it ends.
// Sources: docs/research/whatsapp-dom.md §b (chat), §c (contact info), §d (settings), §e (navigation).
import type { Observation } from '../model/observation';
import type { Settings } from '../model/preferences';
import { detectAppState } from '../whatsapp/detect/app';
import type { AppState } from '../whatsapp/detect/app';
import { ChatTracker, type CurrentChat } from './chat-tracker';
import { HealthTracker, missingAnchors } from './health';
import { findContainers, type PageContainers, type Part } from './observe';
import { PrivacyTracker } from './privacy-tracker';
import type { ObservationSink } from './sink';

/** The page parts detection reads (everything but layout; 'other' only for health). */
export const DETECTION_PARTS: ReadonlySet<Part> = new Set(['structure', 'other', 'chat', 'rows', 'left', 'right']);
/** What a look asked for later (`later`: the end of a chat's settle window, a health grace period) reads again. */
export const LATER_PARTS: ReadonlySet<Part> = new Set(['chat', 'other']);

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
  /** Ask for another evaluation of LATER_PARTS in `ms` (settle windows, health grace). */
  later: (ms: number) => void;
  /** The current chat after each look at it (the notice controller listens). */
  onCurrentChat: (chat: CurrentChat | null) => void;
}

/**
 * Where a drawer's content is looked for: around the container (its parent also holds the drawer when only the drawer
 * itself was found, without testids), nothing more when the container is empty, `missing` when none was found.
 */
function drawerScope(container: Element | null, doc: Document, missing: ParentNode): ParentNode {
  if (!container) return missing;
  return container.childElementCount === 0 ? container : (container.parentElement ?? doc);
}

export class Detector {
  private readonly sink: ObservationSink;
  private readonly privacy: PrivacyTracker;
  private readonly chat: ChatTracker;
  private readonly health = new HealthTracker();
  /** Which screen shows; once the main UI, it changes only with a container swap ('structure'). */
  private app: AppState = 'unknown';
  /** Observations of the evaluation under way, sent together when it ends; null between evaluations. */
  private held: Observation[] | null = null;

  constructor(private readonly deps: DetectorDeps) {
    const emit = (observation: Observation) => (this.held ? this.held.push(observation) : deps.emit(observation));
    this.sink = { emit, now: deps.now, newId: (prefix) => `${prefix}:${deps.randomId()}` };
    this.privacy = new PrivacyTracker(this.sink);
    this.chat = new ChatTracker({ ...deps, sink: this.sink });
  }

  /** WhatsApp Web was opened: once per page load. */
  start(): void {
    this.sink.emit({ type: 'session', id: this.sink.newId('session'), at: this.sink.now() });
  }

  /**
   * Re-reads what `parts` say changed ('structure': everything, including health; 'other': health only), in the
   * containers the page watcher found (found here when not given).
   */
  async evaluate(parts: ReadonlySet<Part>, page: PageContainers = findContainers(this.deps.doc)): Promise<void> {
    this.held = [];
    try {
      await this.read(parts, page);
    } finally {
      const held = this.held;
      this.held = null;
      held.forEach((observation) => this.deps.emit(observation));
    }
  }

  private async read(parts: ReadonlySet<Part>, page: PageContainers): Promise<void> {
    const { doc } = this.deps;
    const all = parts.has('structure');
    if (all || this.app !== 'main') this.app = detectAppState(doc);
    // Health, privacy and chat speak about the main UI only; loading and QR screens expect nothing.
    if (this.app !== 'main') return;
    const left = drawerScope(page.left, doc, doc);
    // Every contact-info drawer is a right drawer (selectors.ts): with none found, none is open.
    const right = drawerScope(page.right, doc, doc.createDocumentFragment());
    if (all || parts.has('left')) this.privacy.update(left);
    if (all || parts.has('chat') || parts.has('rows') || parts.has('right')) await this.chat.update(all || parts.has('rows'), right);
    if (all || parts.has('other')) this.updateHealth(page, left);
  }

  private updateHealth(page: PageContainers, left: ParentNode): void {
    const update = this.health.update(missingAnchors(this.deps.doc, page, left, this.chat.missingAnchors()), this.sink.now());
    if (update.report) this.sink.emit({ type: 'health', id: this.sink.newId('health'), at: this.sink.now(), ...update.report });
    if (update.recheckInMs !== undefined) this.deps.later(update.recheckInMs);
  }
}
