// How our UI enters WhatsApp's page: a host element of our own holding a CLOSED shadow root, so the page can neither
// style nor read what is inside and our stylesheet never leaks out. The stylesheet is a <style> inside the root
// (no extension file fetched, nothing web-accessible). Shared by the in-page notice and the guide overlay.
import { uiDirection } from '../../i18n/t';

export interface ShadowHostOptions {
  /** The host's tag: our own element name, or a plain element. The page sees the host: nothing on it may say what
   *  the user is doing (no walkthrough, step or chat). */
  tag: string;
  /** Inline style of the host, e.g. fixed positioning (inline style beats the page's rules). */
  hostStyle?: string;
  /** The UI's stylesheet; `:host { all: initial; }` is added so nothing of the page is inherited. */
  css: string;
}

export interface ShadowHost {
  readonly host: HTMLElement;
  /** The closed shadow root. Content-script objects are out of the page's reach, so handing it to tests is safe. */
  readonly shadow: ShadowRoot;
  /** Still in the page (WhatsApp may have replaced what we were appended to). */
  readonly connected: boolean;
  /** Replaces what the root shows (the stylesheet stays). */
  show(...nodes: Node[]): void;
  remove(): void;
}

/** Creates the host, in the UI's direction, and appends it to the page. */
export function createShadowHost(doc: Document, { tag, hostStyle, css }: ShadowHostOptions): ShadowHost {
  const host = doc.createElement(tag);
  host.dir = uiDirection();
  if (hostStyle) host.style.cssText = hostStyle;
  const shadow = host.attachShadow({ mode: 'closed' });
  const style = doc.createElement('style');
  style.textContent = `:host { all: initial; }\n${css}`;
  shadow.append(style);
  (doc.body ?? doc.documentElement).append(host);
  return {
    host,
    shadow,
    get connected() {
      return host.isConnected;
    },
    show: (...nodes) => shadow.replaceChildren(style, ...nodes),
    remove: () => host.remove(),
  };
}
