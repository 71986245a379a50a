// Watches WhatsApp Web cheaply, once for the whole content script: which container changed decides what is re-read,
// work is batched per animation frame, and everything is torn down with the content script. Detection and the
// guide subscribe to the parts they read; each evaluation goes only to the subscribers of a part that changed.
//
// WhatsApp gives #main and the drawers no stable parent (every chat switch creates a new #main, settings steps are
// new drawer elements: docs/research/whatsapp-dom.md §b.1, §e), so one childList observer on #app catches
// container swaps. Its callback does no DOM work: each record is only sorted by which known container holds it
// (contains() checks), and records inside the chat list (whose rows are re-created at any time) or the compose
// box (every key typed) are dropped.
// Attribute and text changes are observed only inside the few containers that matter (the conversation header,
// the drawers), re-attached whenever WhatsApp swaps them.
import { findFirst } from '../whatsapp/query';
import { listen, type ContentScope } from './scope';

/**
 * What changed: 'structure' anything outside the known containers (a chat opened, a drawer swapped), 'chat' the
 * conversation header, 'rows' the message list, 'left' / 'right' the drawers, 'layout' where things are on screen
 * (scroll, resize, transitions, a click or key), which no observer sees and is watched only while subscribed to.
 */
export type Part = 'structure' | 'chat' | 'rows' | 'left' | 'right' | 'layout';
export const ALL_PARTS: ReadonlySet<Part> = new Set(['structure', 'chat', 'rows', 'left', 'right', 'layout']);

/** How long a batch waits for a frame before it runs anyway. */
export const FRAME_FALLBACK_MS = 100;
/** WhatsApp is still moving things after a click or key (a drawer slides in, a chat opens): look again then. */
export const INPUT_SETTLE_MS = 350;

export interface WatcherDeps {
  doc: Document;
  /** Frames (for batching), timers (hidden tabs, where frames do not run; delayed re-evaluations) and listeners. */
  scope: ContentScope;
  /** Reports an evaluation that threw, so one bad page state does not stop the watcher. */
  onError?: (error: unknown) => void;
}

/** Called with the changed parts among those subscribed to. */
export type Evaluate = (parts: ReadonlySet<Part>) => Promise<void> | void;

interface Subscription {
  parts: ReadonlySet<Part>;
  evaluate: Evaluate;
}

interface Containers {
  root: Element | null;
  chatList: Element | null;
  /** The compose box: typing changes it on every key, and nothing in it is ever read. */
  compose: Element | null;
  list: Element | null;
  header: Element | null;
  left: Element | null;
  right: Element | null;
}

export class PageWatcher {
  private readonly dirty = new Set<Part>();
  private readonly subscriptions = new Set<Subscription>();
  private scheduled = false;
  private running: Promise<void> | null = null;
  private containers: Containers = { root: null, chatList: null, compose: null, list: null, header: null, left: null, right: null };
  private readonly rootObserver: MutationObserver;
  private readonly detailObserver: MutationObserver;
  /** Stops the layout listeners; null while nobody subscribes to 'layout'. */
  private unlistenLayout: (() => void) | null = null;
  /** Counts clicks and keys, so only the last one's settle timer looks again. */
  private inputs = 0;

  constructor(private readonly deps: WatcherDeps) {
    const View = deps.doc.defaultView!;
    this.rootObserver = new View.MutationObserver((records) => this.sortRecords(records));
    this.detailObserver = new View.MutationObserver((records) => this.sortRecords(records));
    deps.scope.signal.addEventListener('abort', () => this.stop(), { once: true });
  }

  /** Evaluates everything once (observers attach after it), then follows the page. */
  start(): void {
    if (this.deps.scope.signal.aborted) return;
    this.refresh(ALL_PARTS);
  }

  stop(): void {
    this.rootObserver.disconnect();
    this.detailObserver.disconnect();
    this.unlistenLayout?.();
    this.unlistenLayout = null;
    this.subscriptions.clear();
    this.dirty.clear();
  }

  /** `evaluate` is called with each batch that changed any of `parts`; the returned function unsubscribes. */
  subscribe(parts: ReadonlySet<Part>, evaluate: Evaluate): () => void {
    const subscription: Subscription = { parts, evaluate };
    this.subscriptions.add(subscription);
    this.updateLayoutListeners();
    return () => {
      this.subscriptions.delete(subscription);
      this.updateLayoutListeners();
    };
  }

  /** Evaluate `parts` with the next batch, as if they had changed. */
  refresh(parts: ReadonlySet<Part>): void {
    if (this.deps.scope.signal.aborted) return;
    parts.forEach((part) => this.dirty.add(part));
    if (this.scheduled || this.running) return;
    this.scheduled = true;
    let ran = false;
    const run = () => {
      if (ran) return;
      ran = true;
      this.scheduled = false;
      void this.run();
    };
    // Whichever comes first: the next frame, or a short timer. Frames stop when a tab is hidden or put in
    // the background after this frame was asked for, and a frame that never comes must not stall detection.
    this.deps.scope.requestAnimationFrame(run);
    this.deps.scope.setTimeout(run, FRAME_FALLBACK_MS);
  }

  /** Evaluate `parts` again after `ms` (settle windows, health grace). */
  later(ms: number, parts: ReadonlySet<Part>): void {
    this.deps.scope.setTimeout(() => this.refresh(parts), Math.max(0, ms));
  }

  private sortRecords(records: MutationRecord[]): void {
    const { list, header, left, right, chatList, compose } = this.containers;
    const parts = new Set<Part>();
    for (const record of records) {
      const target = record.target;
      if (list?.contains(target)) parts.add('rows');
      else if (header?.contains(target)) parts.add('chat');
      else if (left?.contains(target)) parts.add('left');
      else if (right?.contains(target)) parts.add('right');
      else if (chatList?.contains(target) || compose?.contains(target)) continue;
      else parts.add('structure');
    }
    if (parts.size > 0) this.refresh(parts);
  }

  private async run(): Promise<void> {
    if (this.deps.scope.signal.aborted || this.dirty.size === 0) return;
    const parts = new Set(this.dirty);
    this.dirty.clear();
    this.running = this.evaluate(parts);
    await this.running;
    this.running = null;
    if (parts.has('structure')) this.attach();
    if (this.dirty.size > 0) this.refresh(new Set());
  }

  /** One subscriber after the other, each with the changed parts it subscribed to. */
  private async evaluate(parts: ReadonlySet<Part>): Promise<void> {
    for (const subscription of [...this.subscriptions]) {
      if (!this.subscriptions.has(subscription)) continue; // unsubscribed by an earlier one
      const wanted = new Set([...parts].filter((part) => subscription.parts.has(part)));
      if (wanted.size === 0) continue;
      try {
        await subscription.evaluate(wanted);
      } catch (error) {
        this.deps.onError?.(error);
      }
    }
  }

  /** (Re)attach the observers to the current containers; cheap when nothing was swapped. */
  private attach(): void {
    if (this.deps.scope.signal.aborted) return;
    const { doc } = this.deps;
    const panel = findFirst(doc, 'conversationPanel');
    const next: Containers = {
      root: findFirst(doc, 'appRoot') ?? doc.body,
      chatList: findFirst(doc, 'chatList'),
      compose: panel ? findFirst(panel, 'composeBox') : null,
      list: panel ? findFirst(panel, 'messageList') : null,
      header: panel ? findFirst(panel, 'conversationHeader') : null,
      left: findFirst(doc, 'drawerLeft'),
      right: findFirst(doc, 'drawerRight'),
    };
    const current = this.containers;
    this.containers = next;
    if (next.root !== current.root) {
      this.rootObserver.disconnect();
      if (next.root) this.rootObserver.observe(next.root, { childList: true, subtree: true });
    }
    if (next.header !== current.header || next.left !== current.left || next.right !== current.right) {
      this.detailObserver.disconnect();
      // The subtitle's "Business Account" stage and badges change text and attributes in place.
      if (next.header)
        this.detailObserver.observe(next.header, {
          subtree: true,
          characterData: true,
          attributes: true,
          attributeFilter: ['data-icon', 'title'],
        });
      // Switches flip aria-checked in place (whatsapp-dom.md §d.3); radios are replaced (childList, seen by the root).
      for (const drawer of [next.left, next.right]) {
        if (drawer)
          this.detailObserver.observe(drawer, { subtree: true, characterData: true, attributes: true, attributeFilter: ['aria-checked'] });
      }
    }
  }

  /** Layout is watched only while someone reads it (the guide's highlight), never for detection alone. */
  private updateLayoutListeners(): void {
    const wanted = [...this.subscriptions].some((subscription) => subscription.parts.has('layout'));
    if (wanted === (this.unlistenLayout !== null)) return;
    if (!wanted) {
      this.unlistenLayout!();
      this.unlistenLayout = null;
      return;
    }
    const { doc, scope } = this.deps;
    const moved = () => this.refresh(new Set(['layout']));
    const input = () => {
      moved();
      const count = ++this.inputs;
      scope.setTimeout(() => count === this.inputs && moved(), INPUT_SETTLE_MS);
    };
    const passive = { capture: true, passive: true };
    const stops = [
      listen(scope, doc, 'pointerup', input, passive),
      listen(scope, doc, 'keyup', input, passive),
      // Scrolling drawers, sliding panels and a resized window move things without changing the DOM.
      listen(scope, doc, 'scroll', moved, passive),
      listen(scope, doc, 'transitionend', moved, passive),
      listen(scope, doc, 'animationend', moved, passive),
      ...(doc.defaultView ? [listen(scope, doc.defaultView, 'resize', moved, { passive: true })] : []),
    ];
    this.unlistenLayout = () => stops.forEach((stop) => stop());
  }
}
