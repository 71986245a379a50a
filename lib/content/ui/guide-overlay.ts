// The guide's presence on WhatsApp Web: a highlight box over the element to click and a small panel with the
// step, in a closed shadow root (shadow-host.ts) so the page can neither style nor read it. Fixed positioning
// inside a zero-size host: WhatsApp's layout never moves. Text only through textContent (page text is hostile input).
// The host is a plain <div> with no attribute of ours: the page, which sees the host, learns neither that it is this
// extension's nor which walkthrough or step the user is on. That state lives on the panel, inside the closed root.
import { t, uiDirection, type MessageKey } from '../../i18n/t';
import type { GuidePhase } from '../guide/reducer';
import { button, element } from './elements';
import { createShadowHost } from './shadow-host';

export interface GuideView {
  phase: GuidePhase;
  walkthroughId: string;
  title: MessageKey;
  /** 0-based index of the current step. */
  step: number;
  steps: readonly MessageKey[];
  /** Where to draw the highlight (viewport coordinates), or null for none. */
  target: DOMRect | null;
  /** Selector key of the highlighted element (kept on the panel, inside the closed root). */
  targetKey: string | null;
  /** Show "Next": there is a later step. */
  canNext: boolean;
  /** Show "I did it": the page cannot confirm this step by itself. */
  canFinish: boolean;
  /** The page confirms the result itself (checked walkthroughs), so say so on the last step. */
  checking: boolean;
  /** Done by a check on the page rather than by the user's word. */
  verified: boolean;
}

export interface GuideActions {
  next(): void;
  stop(): void;
  finish(): void;
  close(): void;
}

export interface GuideOverlay {
  /** The element in the page: a plain <div>, no attribute but its direction. */
  readonly host: HTMLElement;
  /** The closed shadow root. Content-script objects are out of the page's reach, so handing it to tests is safe. */
  readonly shadow: ShadowRoot;
  render(view: GuideView): void;
  destroy(): void;
}

/** Each overlay's panel by host: content-script memory, which the page cannot reach. */
const panels = new WeakMap<Element, HTMLElement>();

/**
 * For tests only (nothing of the page can call into the content script): the guide overlays in `doc`, each with its
 * panel, whose data-walkthrough, data-step, data-state and data-target say what it shows.
 */
export function guideOverlaysIn(doc: Document): Array<{ host: HTMLElement; panel: HTMLElement }> {
  const hosts = [...(doc.body?.children ?? []), ...doc.documentElement.children] as HTMLElement[];
  return hosts.flatMap((host) => {
    const panel = panels.get(host);
    return panel ? [{ host, panel }] : [];
  });
}

const MARGIN = 16;
const RING = 4;

const STYLE = `
.box {
  position: fixed; box-sizing: border-box; pointer-events: none; z-index: 2147483646;
  border: 3px solid #d81b60; border-radius: 8px; box-shadow: 0 0 0 4px rgb(216 27 96 / 0.25);
}
.box[hidden] { display: none; }
@media (prefers-reduced-motion: no-preference) {
  .box { animation: pulse 1.6s ease-in-out infinite; }
  @keyframes pulse { 50% { box-shadow: 0 0 0 8px rgb(216 27 96 / 0.15); } }
}
.panel {
  position: fixed; z-index: 2147483647; inset-block-end: ${MARGIN}px; inset-inline-end: ${MARGIN}px;
  box-sizing: border-box; max-inline-size: min(360px, calc(100vw - ${2 * MARGIN}px)); padding: 14px 16px;
  background: #fff; color: #111b21; border: 1px solid #c7ccd1; border-radius: 12px;
  box-shadow: 0 6px 24px rgb(0 0 0 / 0.25); font: 14px/1.45 system-ui, sans-serif; text-align: start;
}
.panel.left { inset-inline: auto; left: ${MARGIN}px; }
.panel.right { inset-inline: auto; right: ${MARGIN}px; }
.panel:focus { outline: 2px solid #1565c0; outline-offset: 2px; }
.title { margin: 0 0 4px; font-size: 15px; font-weight: 600; }
.counter { margin: 0 0 8px; color: #54656f; font-size: 12px; }
.text { margin: 0 0 12px; }
.text p { margin: 0 0 8px; }
.text ol { margin: 0 0 8px; padding-inline-start: 20px; }
.buttons { display: flex; flex-wrap: wrap; gap: 8px; justify-content: flex-end; }
button {
  font: inherit; padding: 6px 14px; border-radius: 18px; cursor: pointer;
  border: 1px solid #008069; background: #fff; color: #008069;
}
button.primary { background: #008069; color: #fff; }
button:focus-visible { outline: 2px solid #1565c0; outline-offset: 2px; }
button[hidden] { display: none; }
`;

export function createOverlay(doc: Document, actions: GuideActions): GuideOverlay {
  const box = element(doc, 'div', { className: 'box' });
  box.setAttribute('aria-hidden', 'true');
  box.hidden = true;

  const panel = element(doc, 'section', { className: 'panel' });
  panel.dir = uiDirection();
  panel.tabIndex = -1;
  panel.setAttribute('role', 'dialog');
  panel.setAttribute('aria-modal', 'false');
  panel.setAttribute('aria-label', t('guide_panel_label'));
  const title = element(doc, 'h2', { className: 'title' });
  const counter = element(doc, 'p', { className: 'counter' });
  const text = element(doc, 'div', { className: 'text' });
  text.setAttribute('aria-live', 'polite');
  const buttons = element(doc, 'div', { className: 'buttons' });
  const next = button(doc, t('guide_next'), actions.next, 'primary');
  const finish = button(doc, t('guide_finish'), actions.finish, 'primary');
  const stop = button(doc, t('guide_stop'), actions.stop);
  const close = button(doc, t('guide_close'), actions.close, 'primary');
  buttons.append(next, finish, stop, close);
  panel.append(title, counter, text, buttons);

  let phase: GuidePhase = 'waiting';
  // Esc leaves the guide, but only from inside the panel: on the page Esc closes WhatsApp's own drawers.
  panel.addEventListener('keydown', (event) => {
    if (event.key !== 'Escape') return;
    event.preventDefault();
    if (phase === 'done') actions.close();
    else actions.stop();
  });

  const { host, shadow, show, remove } = createShadowHost(doc, { tag: 'div', css: STYLE });
  panels.set(host, panel);
  show(box, panel);
  panel.focus({ preventScroll: true });

  const paragraph = (key: MessageKey) => element(doc, 'p', { text: t(key) });

  function placeBox(rect: DOMRect | null): void {
    const visible = rect !== null && rect.width > 0 && rect.height > 0;
    box.hidden = !visible;
    if (!visible) return;
    box.style.top = `${rect.top - RING}px`;
    box.style.left = `${rect.left - RING}px`;
    box.style.width = `${rect.width + 2 * RING}px`;
    box.style.height = `${rect.height + 2 * RING}px`;
  }

  // Keep the panel clear of the target: put it on the far side of the viewport (a geometric choice, so physical sides).
  function placePanel(rect: DOMRect | null): void {
    const view = doc.defaultView;
    const targetOnRight = rect !== null && view !== null && rect.left + rect.width / 2 > view.innerWidth / 2;
    panel.classList.toggle('left', rect !== null && targetOnRight);
    panel.classList.toggle('right', rect !== null && !targetOnRight);
  }

  return {
    host,
    shadow,
    render(view) {
      phase = view.phase;
      panel.dataset.walkthrough = view.walkthroughId;
      panel.dataset.step = String(view.step);
      panel.dataset.state = view.phase;
      if (view.phase === 'highlight' && view.targetKey) panel.dataset.target = view.targetKey;
      else delete panel.dataset.target;
      title.textContent = t(view.title);
      counter.textContent = t('guide_step_counter', [view.step + 1, view.steps.length]);
      counter.hidden = view.phase === 'done' || view.phase === 'waiting';

      const content: HTMLElement[] = [];
      if (view.phase === 'waiting') content.push(paragraph('guide_waiting'));
      if (view.phase === 'highlight') {
        content.push(paragraph(view.steps[view.step]!));
        if (view.checking) content.push(paragraph('guide_checking'));
      }
      if (view.phase === 'fallback') {
        content.push(paragraph('guide_fallback'));
        const list = element(doc, 'ol');
        for (const key of view.steps) list.append(element(doc, 'li', { text: t(key) }));
        content.push(list);
      }
      if (view.phase === 'done') content.push(paragraph(view.verified ? 'guide_done' : 'guide_done_unchecked'));
      text.replaceChildren(...content);

      next.hidden = !(view.phase === 'highlight' && view.canNext);
      finish.hidden = !(view.canFinish && (view.phase === 'highlight' || view.phase === 'fallback'));
      stop.hidden = view.phase === 'done';
      close.hidden = view.phase !== 'done';

      const rect = view.phase === 'highlight' ? view.target : null;
      placeBox(rect);
      placePanel(rect);
    },
    destroy: remove,
  };
}
