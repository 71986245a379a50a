// The small notice inside a WhatsApp business chat: what the chat exposes and to whom, per hosting.
// It lives in a CLOSED shadow root on a fixed-position host of our own tag, so WhatsApp's CSS cannot reach it, the
// page cannot read it, and WhatsApp's layout does not move. Every string is set as text, never parsed as HTML.
import { t, uiDirection, type MessageKey } from '../../i18n/t';
import type { Hosting } from '../../model/observation';

export interface NoticeModel {
  /** The business key (dismissal is per business). */
  key: string;
  hosting: Hosting;
  adsReferral: boolean;
  /** The WhatsApp notice the hosting rests on, quoted under "Why?". */
  source: string | null;
}

const HOSTING_TEXT: Record<Hosting, MessageKey> = {
  meta: 'notice_hosting_meta',
  vendor: 'notice_hosting_vendor',
  self: 'notice_hosting_self',
  unknown: 'notice_hosting_unknown',
};

const SOURCE_TEXT: Record<Hosting, MessageKey> = {
  meta: 'notice_source_meta',
  vendor: 'notice_source_vendor',
  self: 'notice_source_self',
  unknown: 'notice_source_unknown',
};

/** Page text quoted under "Why?" is WhatsApp's own notice; cap it anyway. */
const SOURCE_MAX = 300;

const STYLE = `
  :host { all: initial; }
  section {
    box-sizing: border-box; max-inline-size: 22rem; padding: 0.75rem 1rem; border-radius: 0.5rem;
    background: #fffbe6; color: #1f1f1f; border: 1px solid #c9a400; box-shadow: 0 2px 8px rgb(0 0 0 / 0.25);
    font: 14px/1.4 system-ui, sans-serif;
  }
  h2 { margin: 0 0 0.25rem; font-size: 14px; font-weight: 600; }
  p { margin: 0 0 0.5rem; }
  .actions { display: flex; gap: 0.5rem; justify-content: flex-end; }
  button {
    font: inherit; padding: 0.25rem 0.75rem; border-radius: 0.25rem; border: 1px solid #6b5800;
    background: #ffffff; color: #1f1f1f; cursor: pointer;
  }
  button:focus-visible { outline: 2px solid #0b57d0; outline-offset: 2px; }
  .why { margin-block-start: 0.5rem; padding-block-start: 0.5rem; border-block-start: 1px solid #e0d090; font-size: 13px; }
`;

function element<K extends keyof HTMLElementTagNameMap>(doc: Document, tag: K, text?: string): HTMLElementTagNameMap[K] {
  const node = doc.createElement(tag);
  if (text !== undefined) node.textContent = text;
  return node;
}

export class InPageNotice {
  private host: HTMLElement | null = null;
  private root: ShadowRoot | null = null;
  private model: NoticeModel | null = null;
  private expanded = false;

  constructor(
    private readonly doc: Document,
    private readonly onDismiss: (key: string) => void,
  ) {}

  /** Show (or update) the notice; null hides it. */
  render(model: NoticeModel | null): void {
    if (!model) return this.remove();
    const same =
      this.model && this.model.key === model.key && this.model.hosting === model.hosting && this.model.adsReferral === model.adsReferral && this.model.source === model.source;
    if (same && this.host?.isConnected) return;
    if (this.model?.key !== model.key) this.expanded = false;
    this.model = model;
    this.draw();
  }

  remove(): void {
    this.host?.remove();
    this.host = null;
    this.root = null;
    this.model = null;
  }

  private ensureRoot(): ShadowRoot {
    if (this.host?.isConnected && this.root) return this.root;
    const dir = uiDirection();
    const host = this.doc.createElement('metadata-ledger-notice');
    host.dir = dir;
    // Fixed and outside WhatsApp's containers: nothing of the page moves (inline style beats page rules).
    host.style.cssText = 'position:fixed;inset-block-start:72px;inset-inline-end:16px;z-index:2147483000;';
    this.root = host.attachShadow({ mode: 'closed' });
    (this.doc.body ?? this.doc.documentElement).append(host);
    this.host = host;
    return this.root;
  }

  private draw(): void {
    const model = this.model!;
    const root = this.ensureRoot();
    const doc = this.doc;
    const style = element(doc, 'style', STYLE);
    const section = element(doc, 'section');
    section.setAttribute('role', 'region');
    section.setAttribute('aria-label', t('notice_region_label'));
    section.dir = uiDirection();

    const body = element(doc, 'div');
    body.setAttribute('role', 'status');
    body.append(element(doc, 'h2', t('notice_title')), element(doc, 'p', t(HOSTING_TEXT[model.hosting])), element(doc, 'p', t('notice_metadata')));
    if (model.adsReferral) body.append(element(doc, 'p', t('notice_ads')));

    const why = element(doc, 'div');
    why.className = 'why';
    why.id = 'metadata-ledger-why';
    why.hidden = !this.expanded;
    if (model.source) why.append(element(doc, 'p', t('notice_source_quote', model.source.slice(0, SOURCE_MAX))));
    why.append(element(doc, 'p', t(SOURCE_TEXT[model.hosting])));
    if (model.adsReferral) why.append(element(doc, 'p', t('notice_source_ads')));

    const whyButton = element(doc, 'button', t(this.expanded ? 'notice_why_hide' : 'notice_why'));
    whyButton.type = 'button';
    whyButton.setAttribute('aria-expanded', String(this.expanded));
    whyButton.setAttribute('aria-controls', why.id);
    whyButton.addEventListener('click', () => {
      this.expanded = !this.expanded;
      why.hidden = !this.expanded;
      whyButton.textContent = t(this.expanded ? 'notice_why_hide' : 'notice_why');
      whyButton.setAttribute('aria-expanded', String(this.expanded));
    });

    const dismiss = element(doc, 'button', t('notice_dismiss'));
    dismiss.type = 'button';
    dismiss.setAttribute('aria-label', t('notice_dismiss_label'));
    dismiss.addEventListener('click', () => {
      this.remove();
      this.onDismiss(model.key);
    });

    const actions = element(doc, 'div');
    actions.className = 'actions';
    actions.append(whyButton, dismiss);
    section.append(body, why, actions);
    root.replaceChildren(style, section);
  }
}
