// The content script's lifetime: WXT's ContentScriptContext clears the timers, frames and listeners made through it
// when the extension is reloaded or updated under the page. Everything the content script schedules or listens to
// goes through this scope, so nothing of an old content script keeps running next to its successor.

/** The part of WXT's ContentScriptContext the content script's modules use (tests pass a small fake). */
export interface ContentScope {
  readonly signal: AbortSignal;
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
