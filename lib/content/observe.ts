// Watches WhatsApp Web cheaply, once for the whole content script: which container changed decides what is re-read,
// work is batched per animation frame, and everything is torn down with the content script. Detection and the
// guide subscribe to the parts they read; each evaluation goes only to the subscribers of a part that changed, with
// the containers found at the last swap, so nobody searches the page for them again.
//
// WhatsApp gives #main and the drawers no stable parent (every chat switch creates a new #main, settings steps are
// new drawer elements: docs/research/whatsapp-dom.md §b.1, §e), so one childList observer on #app catches
// container swaps. Its callback does no DOM work beyond contains() checks against the known containers: records
// inside the chat list (whose rows are re-created at any time) and the composer (every key typed) are dropped
// first, a record in the message list counts only when it adds a row, and a record outside every container
// re-resolves the containers (a handful of id and testid lookups) before anyone is told: only a swap makes it a
// 'structure' change.
// Attribute and text changes are observed only inside the few containers that matter (the conversation header,
// the drawers), re-attached whenever WhatsApp swaps them.
import { findFirst, mayHold } from '../whatsapp/query';
import { listen, scopedTimers, type ContentScope, type ScopedTimers } from './scope';

/**
 * What changed: 'structure' a container was swapped (a chat opened, a drawer step replaced: re-read everything),
 * 'other' something outside the containers changed and none was swapped (the nav rail, the chat list's header),
 * 'chat' the conversation header, 'rows' the message list, 'left' / 'right' the drawers, 'layout' where things are
 * on screen (scroll, resize, transitions, a click or key), which no observer sees and is watched only while
 * subscribed to.
 */
export type Part = 'structure' | 'other' | 'chat' | 'rows' | 'left' | 'right' | 'layout';
/** A full look: everything but the light 'other'. */
export const ALL_PARTS: ReadonlySet<Part> = new Set(['structure', 'chat', 'rows', 'left', 'right', 'layout']);

/** How long a batch waits for a frame before it runs anyway. */
export const FRAME_FALLBACK_MS = 100;
/** WhatsApp is still moving things after a click or key (a drawer slides in, a chat opens): look again then. */
export const INPUT_SETTLE_MS = 350;

export interface WatcherDeps {
  doc: Document;
  /** Listeners and the lifetime (everything stops when its signal aborts). */
  scope: ContentScope;
  /** Frames (for batching) and timers (hidden tabs, where frames do not run; delayed looks); scopedTimers(scope) by default. */
  timers?: ScopedTimers;
  /** Reports an evaluation that threw, so one bad page state does not stop the watcher. */
  onError?: (error: unknown) => void;
}

/** The containers found at the last swap (null: not on the page). */
export interface PageContainers {
  readonly app: Element | null;
  readonly chatList: Element | null;
  /** The open chat's #main. */
  readonly panel: Element | null;
  readonly header: Element | null;
  readonly list: Element | null;
  /** The child of the panel that holds the compose box (its footer): it changes on every key, and nothing in it is read. */
  readonly composer: Element | null;
  readonly left: Element | null;
  readonly right: Element | null;
}

const NO_CONTAINERS: PageContainers = {
  app: null,
  chatList: null,
  panel: null,
  header: null,
  list: null,
  composer: null,
  left: null,
  right: null,
};

/** Called with the changed parts among those subscribed to, and the current containers. */
export type Evaluate = (parts: ReadonlySet<Part>, page: PageContainers) => Promise<void> | void;

interface Subscription {
  parts: ReadonlySet<Part>;
  evaluate: Evaluate;
}

/** The ancestor of `element` that is a direct child of `panel`, or null when it is not inside the panel. */
function childOf(panel: Element, element: Element | null): Element | null {
  let node = element;
  while (node && node.parentElement !== panel) node = node.parentElement;
  return node;
}

/** The containers as the page shows them now: a handful of id and testid lookups (the selector table's first alternatives). */
export function findContainers(doc: Document): PageContainers {
  const panel = findFirst(doc, 'conversationPanel');
  return {
    app: findFirst(doc, 'appRoot') ?? doc.body,
    chatList: findFirst(doc, 'chatList'),
    panel,
    header: panel && findFirst(panel, 'conversationHeader'),
    list: panel && findFirst(panel, 'messageList'),
    composer: panel && childOf(panel, findFirst(panel, 'composeBox')),
    left: findFirst(doc, 'drawerLeft'),
    right: findFirst(doc, 'drawerRight'),
  };
}

export class PageWatcher {
  private readonly dirty = new Set<Part>();
  private readonly subscriptions = new Set<Subscription>();
  private readonly timers: ScopedTimers;
  private scheduled = false;
  private running: Promise<void> | null = null;
  private containers: PageContainers = NO_CONTAINERS;
  private readonly rootObserver: MutationObserver;
  private readonly detailObserver: MutationObserver;
  /** Stops the layout listeners; null while nobody subscribes to 'layout'. */
  private unlistenLayout: (() => void) | null = null;
  /** Counts clicks and keys, so only the last one's settle timer looks again. */
  private inputs = 0;

  constructor(private readonly deps: WatcherDeps) {
    const View = deps.doc.defaultView!;
    this.timers = deps.timers ?? scopedTimers(deps.scope);
    this.rootObserver = new View.MutationObserver((records) => this.sortRecords(records));
    this.detailObserver = new View.MutationObserver((records) => this.sortRecords(records));
    deps.scope.signal.addEventListener('abort', () => this.stop(), { once: true });
  }

  /** Evaluates everything once, then follows the page. */
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
    this.timers.requestAnimationFrame(run);
    this.timers.setTimeout(run, FRAME_FALLBACK_MS);
  }

  /** Evaluate `parts` again after `ms` (settle windows, health grace). */
  later(ms: number, parts: ReadonlySet<Part>): void {
    this.timers.setTimeout(() => this.refresh(parts), Math.max(0, ms));
  }

  /** Sorts records by the container that holds them: contains() checks, once per run of records on one target. */
  private sortRecords(records: MutationRecord[]): void {
    const parts = new Set<Part>();
    let lastTarget: Node | null = null;
    let part: Part | null = null;
    for (const record of records) {
      // Typing and churn come as runs of records on one target.
      if (record.target !== lastTarget) part = this.partOf((lastTarget = record.target));
      if (!part || parts.has(part)) continue;
      // In the message list only a new row is news: a tick turning blue or a row scrolled away tells nothing.
      if (part === 'rows' && ![...record.addedNodes].some((node) => mayHold(node, 'messageRow'))) continue;
      parts.add(part);
    }
    if (parts.size > 0) this.refresh(parts);
  }

  private partOf(target: Node): Part | null {
    const { chatList, composer, list, header, left, right } = this.containers;
    // Most records come from the chat list and the composer: dropped before anything else is looked at. So is a
    // change inside something removed since: its removal is a record of its own, on a node still in the page.
    if (chatList?.contains(target) || composer?.contains(target) || !target.isConnected) return null;
    if (list?.contains(target)) return 'rows';
    if (header?.contains(target)) return 'chat';
    if (left?.contains(target)) return 'left';
    if (right?.contains(target)) return 'right';
    return 'other';
  }

  private async run(): Promise<void> {
    if (this.deps.scope.signal.aborted || this.dirty.size === 0) return;
    const parts = new Set(this.dirty);
    this.dirty.clear();
    // Something outside the containers changed: find them again; only a swap makes it a structure change.
    if ((parts.has('structure') || parts.has('other')) && this.attach()) parts.add('structure');
    if (parts.has('structure')) parts.delete('other');
    this.running = this.evaluate(parts);
    await this.running;
    this.running = null;
    if (this.dirty.size > 0) this.refresh(new Set());
  }

  /** One subscriber after the other, each with the changed parts it subscribed to. */
  private async evaluate(parts: ReadonlySet<Part>): Promise<void> {
    for (const subscription of [...this.subscriptions]) {
      if (!this.subscriptions.has(subscription)) continue; // unsubscribed by an earlier one
      const wanted = new Set([...parts].filter((part) => subscription.parts.has(part)));
      if (wanted.size === 0) continue;
      try {
        await subscription.evaluate(wanted, this.containers);
      } catch (error) {
        this.deps.onError?.(error);
      }
    }
  }

  /** Finds the containers again and (re)attaches the observers to them; true when any was swapped. */
  private attach(): boolean {
    if (this.deps.scope.signal.aborted) return false;
    const next = findContainers(this.deps.doc);
    const current = this.containers;
    this.containers = next;
    if (next.app !== current.app) {
      this.rootObserver.disconnect();
      if (next.app) this.rootObserver.observe(next.app, { childList: true, subtree: true });
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
    return (Object.keys(next) as (keyof PageContainers)[]).some((key) => next[key] !== current[key]);
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
      this.timers.setTimeout(() => count === this.inputs && moved(), INPUT_SETTLE_MS);
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
