// The content script's lifetime: WXT's ContentScriptContext clears the timers, frames and listeners made through it
// when the extension is reloaded or updated under the page. Everything the content script schedules or listens to
// goes through this scope, so nothing of an old content script keeps running next to its successor.

/** The part of WXT's ContentScriptContext the content script's modules use (tests pass a small fake). */
export interface ContentScope {
  readonly signal: AbortSignal;
  /** WXT's context reads false once the extension is gone from under the page (and aborts the signal then). */
  readonly isValid?: boolean;
  setTimeout(handler: () => void, ms?: number): unknown;
  requestAnimationFrame(callback: () => void): unknown;
  addEventListener(target: EventTarget, type: string, handler: EventListener, options?: AddEventListenerOptions): void;
}

/** Listens through the scope (gone with it); the returned function stops listening earlier. */
export function listen(
  scope: ContentScope,
  target: EventTarget,
  type: string,
  handler: EventListener,
  options: AddEventListenerOptions = {},
): () => void {
  scope.addEventListener(target, type, handler, options);
  return () => target.removeEventListener(type, handler, { capture: options.capture ?? false });
}

export interface ScopedTimers {
  setTimeout(handler: () => void, ms: number): void;
  requestAnimationFrame(callback: () => void): void;
}

const timersByScope = new WeakMap<ContentScope, ScopedTimers>();

/**
 * Timers and frames that end with the scope, for code that schedules on every change. WXT's ctx.setTimeout and
 * ctx.requestAnimationFrame add an abort listener per call and never remove it: on a page open all day that is tens
 * of thousands of listeners, each added more slowly than the last. These share one listener per scope and forget
 * each timer as it fires.
 */
export function scopedTimers(scope: ContentScope): ScopedTimers {
  let timers = timersByScope.get(scope);
  if (timers) return timers;
  const timeouts = new Set<ReturnType<typeof setTimeout>>();
  const frames = new Set<number>();
  scope.signal.addEventListener(
    'abort',
    () => {
      timeouts.forEach((id) => clearTimeout(id));
      frames.forEach((id) => cancelAnimationFrame(id));
      timeouts.clear();
      frames.clear();
    },
    { once: true },
  );
  // As WXT's own wrappers do: a callback after the extension went away notices it (and aborts the scope).
  const alive = () => !scope.signal.aborted && scope.isValid !== false;
  timers = {
    setTimeout(handler, ms) {
      if (scope.signal.aborted) return;
      const id = setTimeout(() => {
        timeouts.delete(id);
        if (alive()) handler();
      }, ms);
      timeouts.add(id);
    },
    requestAnimationFrame(callback) {
      if (scope.signal.aborted) return;
      const id = requestAnimationFrame(() => {
        frames.delete(id);
        if (alive()) callback();
      });
      frames.add(id);
    },
  };
  timersByScope.set(scope, timers);
  return timers;
}
