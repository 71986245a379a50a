// @vitest-environment happy-dom
// Start-up wiring: hello for the salt, the session observation delivered through the queue, the guide started on
// the same page watcher, and everything stopped when the content script is invalidated.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { ContentScriptContext } from 'wxt/utils/content-script-context';
import { DEFAULT_SETTINGS } from '@/lib/storage/preferences';
import type { Observation } from '@/lib/model/observation';
import { loadFixture } from './detect-fixtures';

const startGuide = vi.fn();
vi.mock('@/lib/content/guide/start-guide', () => ({ startGuide: (...args: unknown[]) => startGuide(...args) }));
const { startContentScript } = await import('@/lib/content/start');
const { PageWatcher } = await import('@/lib/content/observe');

let received: Observation[];
let ctx: ContentScriptContext;

beforeEach(() => {
  fakeBrowser.reset();
  received = [];
  fakeBrowser.runtime.onMessage.addListener(((request: { type: string; payload: { observations?: Observation[] } }) => {
    if (request.type === 'hello') return Promise.resolve({ ok: true, value: { salt: 's', settings: DEFAULT_SETTINGS } });
    if (request.type === 'observe') {
      received.push(...request.payload.observations!);
      return Promise.resolve({ ok: true, value: { stored: request.payload.observations!.map((o) => o.id) } });
    }
    return Promise.resolve({ ok: true, value: null });
  }) as never);
  ctx = new ContentScriptContext('whatsapp-test');
});
afterEach(() => ctx.abort());

describe('startContentScript', () => {
  it('starts the guide, says hello and reports the session and what the page shows', async () => {
    loadFixture('privacy-last-seen-ar');
    startContentScript(ctx);
    expect(startGuide).toHaveBeenCalledWith(ctx, expect.any(PageWatcher)); // the guide shares the one page watcher
    await vi.waitFor(() => expect(received.map((o) => o.type)).toEqual(expect.arrayContaining(['session', 'privacy-value', 'health'])));
    expect(received.filter((o) => o.type === 'session')).toHaveLength(1);
    expect(new Set(received.map((o) => o.id)).size).toBe(received.length);
  });

  // Read receipts flip in place (aria-checked), as WhatsApp's switches do.
  const flipReadReceipts = () => document.querySelector('[aria-label^="Read receipts"]')!.setAttribute('aria-checked', 'true');
  const readReceipts = () =>
    received.filter((o) => o.type === 'privacy-value' && o.control === 'read-receipts').map((o) => (o as { value: string }).value);

  it('sends nothing more once invalidated', async () => {
    loadFixture('privacy-en');
    startContentScript(ctx);
    await vi.waitFor(() => expect(readReceipts()).toEqual(['off']));
    ctx.abort();
    const count = received.length;
    flipReadReceipts();
    await new Promise((r) => setTimeout(r, 50));
    expect(received).toHaveLength(count);
  });

  it('reports a changed value while running (the control case of the test above)', async () => {
    loadFixture('privacy-en');
    startContentScript(ctx);
    await vi.waitFor(() => expect(readReceipts()).toEqual(['off']));
    flipReadReceipts();
    await vi.waitFor(() => expect(readReceipts()).toEqual(['off', 'on']));
  });
});

describe('startContentScript and the salt', () => {
  it('hashes with the new salt once "clear everything" replaced it', async () => {
    const { saltItem } = await import('@/lib/storage/salt');
    loadFixture('chat-biz-meta-en');
    startContentScript(ctx);
    const opened = () =>
      received.filter((o) => o.type === 'chat-opened' && o.business) as Array<Observation & { business: { key: string } }>;
    await vi.waitFor(() => expect(opened()).toHaveLength(1), { timeout: 10_000 });
    const first = opened()[0]!.business.key;
    await saltItem.setValue('b'.repeat(64));
    // WhatsApp re-creates #main when the chat is opened again.
    const main = document.getElementById('main')!;
    main.replaceWith(main.cloneNode(true));
    await vi.waitFor(() => expect(opened()).toHaveLength(2), { timeout: 10_000 });
    expect(opened()[1]!.business.key).not.toBe(first);
  });
});
