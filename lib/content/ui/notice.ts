// The small notice inside a WhatsApp business chat: what the chat exposes and to whom, per hosting.
// It lives in a closed shadow root (shadow-host.ts) on a fixed-position host of our own tag, so WhatsApp's CSS cannot
// reach it, the page cannot read it, and WhatsApp's layout does not move. Every string is set as text.
import { t, uiDirection, type MessageKey } from '../../i18n/t';
import { plainText } from '../../model/label';
import type { Hosting } from '../../model/observation';
import { button, element } from './elements';
import { createShadowHost, type ShadowHost } from './shadow-host';

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

// Fixed and outside WhatsApp's containers: nothing of the page moves.
const HOST_STYLE = 'position:fixed;inset-block-start:72px;inset-inline-end:16px;z-index:2147483000;';

export class InPageNotice {
  private ui: ShadowHost | null = null;
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
      this.model &&
      this.model.key === model.key &&
      this.model.hosting === model.hosting &&
      this.model.adsReferral === model.adsReferral &&
      this.model.source === model.source;
    if (same && this.ui?.connected) return;
    if (this.model?.key !== model.key) this.expanded = false;
    this.model = model;
    this.draw();
  }

  remove(): void {
    this.ui?.remove();
    this.ui = null;
    this.model = null;
  }

  private draw(): void {
    const model = this.model!;
    if (!this.ui?.connected) this.ui = createShadowHost(this.doc, { tag: 'metadata-ledger-notice', hostStyle: HOST_STYLE, css: STYLE });
    const doc = this.doc;
    const section = element(doc, 'section');
    section.setAttribute('role', 'region');
    section.setAttribute('aria-label', t('notice_region_label'));
    section.dir = uiDirection();

    const body = element(doc, 'div');
    body.setAttribute('role', 'status');
    body.append(
      element(doc, 'h2', { text: t('notice_title') }),
      element(doc, 'p', { text: t(HOSTING_TEXT[model.hosting]) }),
      element(doc, 'p', { text: t('notice_metadata') }),
    );
    if (model.adsReferral) body.append(element(doc, 'p', { text: t('notice_ads') }));

    const why = element(doc, 'div', { className: 'why' });
    why.id = 'metadata-ledger-why';
    why.hidden = !this.expanded;
    if (model.source) why.append(element(doc, 'p', { text: t('notice_source_quote', plainText(model.source, SOURCE_MAX)) }));
    why.append(element(doc, 'p', { text: t(SOURCE_TEXT[model.hosting]) }));
    if (model.adsReferral) why.append(element(doc, 'p', { text: t('notice_source_ads') }));

    const whyButton = button(doc, t(this.expanded ? 'notice_why_hide' : 'notice_why'), () => {
      this.expanded = !this.expanded;
      why.hidden = !this.expanded;
      whyButton.textContent = t(this.expanded ? 'notice_why_hide' : 'notice_why');
      whyButton.setAttribute('aria-expanded', String(this.expanded));
    });
    whyButton.setAttribute('aria-expanded', String(this.expanded));
    whyButton.setAttribute('aria-controls', why.id);

    const dismiss = button(doc, t('notice_dismiss'), () => {
      this.remove();
      this.onDismiss(model.key);
    });
    dismiss.setAttribute('aria-label', t('notice_dismiss_label'));

    const actions = element(doc, 'div', { className: 'actions' });
    actions.append(whyButton, dismiss);
    section.append(body, why, actions);
    this.ui.show(section);
  }
}
