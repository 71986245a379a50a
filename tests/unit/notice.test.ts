// @vitest-environment happy-dom
// The in-page notice: closed shadow root on a fixed host, text per hosting, per business AI and per Meta AI state,
// "Why?" reveals the source, dismiss per chat, keyboard and screen-reader reachable, right-to-left, page text as text only.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { InPageNotice, type BusinessNotice, type MetaAiNotice } from '@/lib/content/ui/notice';
import { installI18n } from '../setup/i18n';

let root: ShadowRoot;
beforeEach(() => {
  const attach = Element.prototype.attachShadow;
  vi.spyOn(Element.prototype, 'attachShadow').mockImplementation(function (this: Element, init: ShadowRootInit) {
    root = attach.call(this, init);
    return root;
  });
  document.body.replaceChildren();
});
afterEach(() => vi.restoreAllMocks());

const model = (over: Partial<BusinessNotice> = {}): BusinessNotice => ({
  about: 'business',
  key: 'k1',
  hosting: 'meta',
  adsReferral: false,
  ai: 'none',
  source: null,
  aiSource: null,
  ...over,
});
const metaAi = (about: MetaAiNotice['about'], source: string | null = null): MetaAiNotice => ({ about, key: 'c1', source });

describe('InPageNotice', () => {
  it('lives in a closed shadow root on a fixed-position host of its own', () => {
    new InPageNotice(document, () => undefined).render(model());
    const host = document.querySelector('metadata-ledger-notice') as HTMLElement;
    expect(host.parentElement).toBe(document.body);
    expect(host.shadowRoot).toBeNull(); // closed: the page cannot reach in
    expect(host.style.position).toBe('fixed');
    expect(Element.prototype.attachShadow).toHaveBeenCalledWith({ mode: 'closed' });
  });

  it.each([
    ['meta', /Meta hosts this business's chats/],
    ['vendor', /uses another company to manage this chat/],
    ['self', /manages this chat itself/],
    ['unknown', /could not tell who manages this chat/],
  ] as const)('says what a %s-hosted chat exposes', (hosting, text) => {
    new InPageNotice(document, () => undefined).render(model({ hosting }));
    expect(root.textContent).toMatch(text);
    expect(root.textContent).not.toMatch(/started from an ad/);
  });

  it.each([
    ['meta', /Your messages go to Meta's AI/, /AI from Meta receives messages/],
    ['third-party', /Your messages go to a third-party AI, and Meta receives them too/, /third-party developer/],
  ] as const)('leads with a business AI (%s), and quotes its disclosure under "Why?"', (ai, line, why) => {
    const aiSource = 'AI from Meta receives messages to improve AI quality and generate messages for this business.';
    new InPageNotice(document, () => undefined).render(
      model({ ai, hosting: 'self', aiSource, source: 'Messages are end-to-end encrypted.' }),
    );
    const paragraphs = [...root.querySelectorAll('[role="status"] p')].map((p) => p.textContent);
    expect(paragraphs[0]).toMatch(line);
    expect(paragraphs[1]).toMatch(/manages this chat itself/);
    const panel = root.getElementById('metadata-ledger-why')!;
    expect(panel.textContent).toContain(`“${aiSource}”`);
    expect(panel.textContent).toContain('“Messages are end-to-end encrypted.”');
    expect(panel.textContent).toMatch(why);
  });

  it('says nothing of AI for a business without one, and quotes no AI notice', () => {
    new InPageNotice(document, () => undefined).render(model({ aiSource: 'stale' }));
    expect(root.textContent).not.toMatch(/AI/);
  });

  it.each([
    ['meta-reads', /What you send here is read by Meta/, /Meta can read new messages/],
    ['private-processing', /Meta can't see this chat/, /Private Processing, so WhatsApp and Meta can't see the chat/],
  ] as const)('in a chat with Meta AI (%s): its own heading, line, label and "Why?"', (about, line, why) => {
    new InPageNotice(document, () => undefined).render(metaAi(about, 'A group member added Meta AI to this chat.'));
    const region = root.querySelector('[role="region"]')!;
    expect(region.getAttribute('aria-label')).toBe('Metadata Ledger: what Meta sees in this chat');
    expect(root.querySelector('h2')!.textContent).toBe('Meta AI is in this chat');
    expect(root.querySelector('[role="status"] p')!.textContent).toMatch(line);
    expect(root.textContent).not.toMatch(/business/);
    const panel = root.getElementById('metadata-ledger-why')!;
    expect(panel.textContent).toContain('“A group member added Meta AI to this chat.”');
    expect(panel.textContent).toMatch(why);
    expect(root.querySelectorAll('button')[1]!.getAttribute('aria-label')).toBe('Dismiss this notice for this chat');
  });

  it('dismisses a Meta AI notice per chat', () => {
    const onDismiss = vi.fn();
    new InPageNotice(document, onDismiss).render(metaAi('meta-reads'));
    root.querySelectorAll('button')[1]!.click();
    expect(onDismiss).toHaveBeenCalledWith('c1');
  });

  it('adds the ad-referral line', () => {
    new InPageNotice(document, () => undefined).render(model({ adsReferral: true }));
    expect(root.textContent).toMatch(/This chat started from an ad/);
  });

  it('is a labelled region with real buttons; "Why?" reveals the source, quoting WhatsApp’s notice as text', () => {
    const source = '<img src=x onerror=alert(1)> This business uses a secure service from Meta to manage this chat.';
    new InPageNotice(document, () => undefined).render(model({ source }));
    const region = root.querySelector('[role="region"]')!;
    expect(region.getAttribute('aria-label')).toBe('Metadata Ledger: what this business chat exposes');
    const [why, dismiss] = [...root.querySelectorAll('button')];
    const panel = root.getElementById('metadata-ledger-why')!;
    expect(why!.getAttribute('aria-expanded')).toBe('false');
    expect(panel.hidden).toBe(true);
    why!.click();
    expect(why!.getAttribute('aria-expanded')).toBe('true');
    expect(why!.getAttribute('aria-controls')).toBe(panel.id);
    expect(panel.hidden).toBe(false);
    expect(panel.textContent).toContain(`“${source}”`);
    expect(panel.textContent).toContain('643460927283235');
    expect(root.querySelector('img')).toBeNull();
    expect(dismiss!.getAttribute('aria-label')).toBe('Dismiss this notice for this business');
    expect(dismiss!.type).toBe('button');
  });

  it('dismisses per business', () => {
    const onDismiss = vi.fn();
    const notice = new InPageNotice(document, onDismiss);
    notice.render(model({ key: 'biz-1' }));
    root.querySelectorAll('button')[1]!.click();
    expect(onDismiss).toHaveBeenCalledWith('biz-1');
    expect(document.querySelector('metadata-ledger-notice')).toBeNull();
  });

  it('updates in place and goes away with null', () => {
    const notice = new InPageNotice(document, () => undefined);
    notice.render(model());
    notice.render(model({ hosting: 'vendor' }));
    expect(document.querySelectorAll('metadata-ledger-notice')).toHaveLength(1);
    expect(root.textContent).toMatch(/another company/);
    notice.render(metaAi('private-processing'));
    expect(document.querySelectorAll('metadata-ledger-notice')).toHaveLength(1);
    expect(root.textContent).toMatch(/Meta can't see this chat/);
    notice.render(null);
    expect(document.querySelector('metadata-ledger-notice')).toBeNull();
  });

  it('follows a right-to-left UI language', () => {
    installI18n('rtl');
    new InPageNotice(document, () => undefined).render(model());
    expect((document.querySelector('metadata-ledger-notice') as HTMLElement).dir).toBe('rtl');
    expect(root.querySelector('section')!.dir).toBe('rtl');
  });
});
