// The small notice inside a WhatsApp chat that exposes something: a business chat (who hosts it, its AI), the Meta AI
// chat or a group Meta AI reads, a chat under Private Processing (docs/research/ai-2026.md §3–5).
// It lives in a closed shadow root (shadow-host.ts) on a fixed-position host of our own tag, so WhatsApp's CSS cannot
// reach it, the page cannot read it, and WhatsApp's layout does not move. Every string is set as text.
import { t, uiDirection, type MessageKey } from '../../i18n/t';
import { plainText } from '../../model/label';
import type { BusinessAi, Hosting } from '../../model/observation';
import { button, element } from './elements';
import { createShadowHost, type ShadowHost } from './shadow-host';

/** A business chat: who hosts it, whether it came from an ad, whose AI answers. */
export interface BusinessNotice {
  about: 'business';
  /** The business key (dismissal is per chat). */
  key: string;
  hosting: Hosting;
  adsReferral: boolean;
  ai: BusinessAi;
  /** The WhatsApp notices the hosting and the AI rest on, quoted under "Why?". */
  source: string | null;
  aiSource: string | null;
}

/** Meta AI in the chat: 'meta-reads' (the Meta AI chat, or Meta AI added to a group), or Private Processing. */
export interface MetaAiNotice {
  about: 'meta-reads' | 'private-processing';
  /** The chat's salted key (dismissal is per chat). */
  key: string;
  /** The WhatsApp notice it rests on, when there is one. */
  source: string | null;
}

export type NoticeModel = BusinessNotice | MetaAiNotice;

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

const BUSINESS_AI_TEXT: Record<Exclude<BusinessAi, 'none'>, { line: MessageKey; source: MessageKey }> = {
  meta: { line: 'notice_ai_business_meta', source: 'notice_source_ai_business_meta' },
  'third-party': { line: 'notice_ai_business_third_party', source: 'notice_source_ai_business_third_party' },
};

const META_AI_TEXT: Record<MetaAiNotice['about'], { line: MessageKey; detail: MessageKey; source: MessageKey }> = {
  'meta-reads': { line: 'notice_ai_meta_reads', detail: 'notice_ai_meta_reads_detail', source: 'notice_source_ai_meta_reads' },
  'private-processing': { line: 'notice_ai_private', detail: 'notice_ai_private_detail', source: 'notice_source_ai_private' },
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

/** The notice's text: its heading and lines, and what "Why?" reveals (WhatsApp's own words first, quoted). */
interface NoticeText {
  region: MessageKey;
  dismissLabel: MessageKey;
  title: MessageKey;
  lines: MessageKey[];
  quotes: string[];
  why: MessageKey[];
}

function textOf(model: NoticeModel): NoticeText {
  if (model.about !== 'business') {
    const text = META_AI_TEXT[model.about];
    return {
      region: 'notice_region_label_ai',
      dismissLabel: 'notice_dismiss_label_chat',
      title: 'notice_ai_title',
      lines: [text.line, text.detail],
      quotes: model.source ? [model.source] : [],
      why: [text.source],
    };
  }
  const ai = model.ai === 'none' ? null : BUSINESS_AI_TEXT[model.ai];
  return {
    region: 'notice_region_label',
    dismissLabel: 'notice_dismiss_label',
    title: 'notice_title',
    lines: [
      ...(ai ? [ai.line] : []),
      HOSTING_TEXT[model.hosting],
      'notice_metadata',
      ...(model.adsReferral ? ['notice_ads' as const] : []),
    ],
    quotes: [...(ai && model.aiSource ? [model.aiSource] : []), ...(model.source ? [model.source] : [])],
    why: [...(ai ? [ai.source] : []), SOURCE_TEXT[model.hosting], ...(model.adsReferral ? ['notice_source_ads' as const] : [])],
  };
}

function sameModel(a: NoticeModel | null, b: NoticeModel): boolean {
  if (!a) return false;
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
  return [...keys].every((key) => a[key as keyof NoticeModel] === b[key as keyof NoticeModel]);
}

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
    if (sameModel(this.model, model) && this.ui?.connected) return;
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
    const text = textOf(model);
    if (!this.ui?.connected) this.ui = createShadowHost(this.doc, { tag: 'metadata-ledger-notice', hostStyle: HOST_STYLE, css: STYLE });
    const doc = this.doc;
    const section = element(doc, 'section');
    section.setAttribute('role', 'region');
    section.setAttribute('aria-label', t(text.region));
    section.dir = uiDirection();

    const body = element(doc, 'div');
    body.setAttribute('role', 'status');
    body.append(element(doc, 'h2', { text: t(text.title) }), ...text.lines.map((line) => element(doc, 'p', { text: t(line) })));

    const why = element(doc, 'div', { className: 'why' });
    why.id = 'metadata-ledger-why';
    why.hidden = !this.expanded;
    for (const quote of text.quotes) why.append(element(doc, 'p', { text: t('notice_source_quote', plainText(quote, SOURCE_MAX)) }));
    for (const line of text.why) why.append(element(doc, 'p', { text: t(line) }));

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
    dismiss.setAttribute('aria-label', t(text.dismissLabel));

    const actions = element(doc, 'div', { className: 'actions' });
    actions.append(whyButton, dismiss);
    section.append(body, why, actions);
    this.ui.show(section);
  }
}
