// Watches WhatsApp Web cheaply: which container changed decides what is re-read, work is batched per animation
// frame, and everything is torn down with the content script.
//
// WhatsApp gives #main and the drawers no stable parent (every chat switch creates a new #main, settings steps are
// new drawer elements: docs/research/whatsapp-dom.md §b.1, §e), so one childList observer on #app catches
// container swaps. Its callback does no DOM work: each record is only sorted by which known container holds it
// (contains() checks), and records inside the chat list (whose rows are re-created at any time) or the compose
// box (every key typed) are dropped.
// Attribute and text changes are observed only inside the few containers that matter (the conversation header,
// the drawers), re-attached whenever WhatsApp swaps them.
import { findFirst } from '../whatsapp/query';
import { ALL_PARTS, type Part } from './detector';

/** How long a batch waits for a frame before it runs anyway. */
export const FRAME_FALLBACK_MS = 100;

export interface WatcherDeps {
  doc: Document;
  signal: AbortSignal;
  evaluate: (parts: ReadonlySet<Part>) => Promise<void>;
  /** Run once before the next paint (ctx.requestAnimationFrame). */
  requestFrame: (callback: () => void) => void;
  /** ctx.setTimeout: for hidden tabs, where frames do not run, and for delayed re-evaluations. */
  setTimeout: (callback: () => void, ms: number) => void;
  /** Reports an evaluation that threw, so one bad page state does not stop the watcher. */
  onError?: (error: unknown) => void;
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
  private scheduled = false;
  private running: Promise<void> | null = null;
  private containers: Containers = { root: null, chatList: null, compose: null, list: null, header: null, left: null, right: null };
  private readonly rootObserver: MutationObserver;
  private readonly detailObserver: MutationObserver;

  constructor(private readonly deps: WatcherDeps) {
    const View = deps.doc.defaultView!;
    this.rootObserver = new View.MutationObserver((records) => this.sortRecords(records));
    this.detailObserver = new View.MutationObserver((records) => this.sortRecords(records));
    deps.signal.addEventListener('abort', () => this.stop(), { once: true });
  }

  start(): void {
    if (this.deps.signal.aborted) return;
    this.mark(ALL_PARTS);
  }

  stop(): void {
    this.rootObserver.disconnect();
    this.detailObserver.disconnect();
    this.dirty.clear();
  }

  /** Re-evaluate everything after `ms` (settle windows, health grace). */
  later(ms: number): void {
    this.deps.setTimeout(() => this.mark(ALL_PARTS), Math.max(0, ms));
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
    if (parts.size > 0) this.mark(parts);
  }

  private mark(parts: ReadonlySet<Part>): void {
    if (this.deps.signal.aborted) return;
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
    this.deps.requestFrame(run);
    this.deps.setTimeout(run, FRAME_FALLBACK_MS);
  }

  private async run(): Promise<void> {
    if (this.deps.signal.aborted || this.dirty.size === 0) return;
    const parts = new Set(this.dirty);
    this.dirty.clear();
    this.running = this.deps.evaluate(parts).catch((error: unknown) => this.deps.onError?.(error));
    await this.running;
    this.running = null;
    if (parts.has('structure')) this.attach();
    if (this.dirty.size > 0) this.mark(new Set());
  }

  /** (Re)attach the observers to the current containers; cheap when nothing was swapped. */
  private attach(): void {
    if (this.deps.signal.aborted) return;
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
      if (next.header) this.detailObserver.observe(next.header, { subtree: true, characterData: true, attributes: true, attributeFilter: ['data-icon', 'title'] });
      // Switches flip aria-checked in place (whatsapp-dom.md §d.3); radios are replaced (childList, seen by the root).
      for (const drawer of [next.left, next.right]) {
        if (drawer) this.detailObserver.observe(drawer, { subtree: true, characterData: true, attributes: true, attributeFilter: ['aria-checked'] });
      }
    }
  }
}
