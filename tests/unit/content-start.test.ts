// @vitest-environment happy-dom
// Start-up wiring: the state (salt, settings, walkthrough to guide) from hello and never from extension storage, the
// session observation delivered through the queue, the guide started on the same page watcher, change notices from
// the background followed, and everything stopped when the content script is invalidated.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { ContentScriptContext } from 'wxt/utils/content-script-context';
import { DEFAULT_SETTINGS } from '@/lib/storage/preferences';
import { STATE_CHANGED } from '@/lib/protocol/contract';
import { activeGuideItem } from '@/lib/content/active-guide';
import { sha256Hex } from '@/lib/content/hash';
import type { Observation } from '@/lib/model/observation';
import { loadFixture } from './detect-fixtures';

const startGuide = vi.fn();
vi.mock('@/lib/content/guide/start-guide', () => ({ startGuide: (...args: unknown[]) => startGuide(...args) }));
const { startContentScript } = await import('@/lib/content/start');
const { PageWatcher } = await import('@/lib/content/observe');

const SALT = 'a1'.repeat(32);
const OTHER_SALT = 'b2'.repeat(32);

/** The background as the content script sees it: what `hello` answers, and whether `observe` is reachable. */
let background: { hello: () => unknown; observeDown: boolean; hellos: number };
let received: Observation[];
let ctx: ContentScriptContext;

beforeEach(async () => {
  fakeBrowser.reset();
  await activeGuideItem.setValue(null);
  received = [];
  background = { hello: () => ({ salt: SALT, settings: DEFAULT_SETTINGS, activeGuide: null }), observeDown: false, hellos: 0 };
  fakeBrowser.runtime.onMessage.addListener(((request: { type: string; payload: { observations?: Observation[] } }) => {
    if (request.type === 'hello') {
      background.hellos += 1;
      return Promise.resolve({ ok: true, value: background.hello() });
    }
    if (request.type === 'observe') {
      if (background.observeDown) return Promise.reject(new Error('Could not establish connection. Receiving end does not exist.'));
      received.push(...request.payload.observations!);
      return Promise.resolve({ ok: true, value: { stored: request.payload.observations!.map((o) => o.id) } });
    }
    return undefined; // not the background's (e.g. STATE_CHANGED, which goes to content scripts)
  }) as never);
  ctx = new ContentScriptContext('whatsapp-test');
});
afterEach(() => ctx.abort());

/** The background's "state changed, ask again", as tabs.sendMessage delivers it. */
const notifyChanged = (sender: { id?: string } = { id: fakeBrowser.runtime.id }) =>
  fakeBrowser.runtime.onMessage.trigger(STATE_CHANGED, sender as never);

const businessOpened = () =>
  received.filter((o) => o.type === 'chat-opened' && o.business) as Array<Observation & { business: { key: string } }>;

/** WhatsApp re-creates #main when a chat is opened again. */
function reopenChat(): void {
  const main = document.getElementById('main')!;
  main.replaceWith(main.cloneNode(true));
}

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
    await notifyChanged();
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

  // Issue 12 item 12: a tab that goes away must not keep observations waiting for a retry timer.
  it('sends what is still queued at once when the page is hidden (tab closed or reloaded)', async () => {
    loadFixture('privacy-en');
    background.observeDown = true; // the worker is restarting: the first send fails and the queue backs off (1 s)
    startContentScript(ctx);
    await vi.waitFor(() => expect(background.hellos).toBe(1));
    await new Promise((r) => setTimeout(r, 100));
    background.observeDown = false;
    window.dispatchEvent(new Event('pagehide'));
    await vi.waitFor(() => expect(received.map((o) => o.type)).toContain('session'), { timeout: 300, interval: 10 });
  });
});

// Issue 12 item 5: the content script reads the extension's state from the background only, in both browsers.
describe('the content script and extension storage', () => {
  it('never reads, writes or watches extension storage, and imports nothing that would', async () => {
    const touched = [
      vi.spyOn(fakeBrowser.storage.local, 'get'),
      vi.spyOn(fakeBrowser.storage.local, 'set'),
      vi.spyOn(fakeBrowser.storage.local, 'remove'),
      vi.spyOn(fakeBrowser.storage.onChanged, 'addListener'),
      vi.spyOn(fakeBrowser.storage.local.onChanged, 'addListener'),
    ];
    loadFixture('chat-biz-meta-en');
    startContentScript(ctx);
    await vi.waitFor(() => expect(businessOpened()).toHaveLength(1), { timeout: 10_000 });
    await notifyChanged();
    for (const spy of touched) expect(spy).not.toHaveBeenCalled();

    // Defining a storage item reads storage at once (and fails where storage is closed to content scripts).
    const dir = join(import.meta.dirname, '..', '..', 'lib', 'content');
    const files = readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith('.ts'));
    for (const file of files)
      expect(readFileSync(join(dir, file), 'utf8'), file).not.toMatch(
        /from '(\.\.\/)+storage\/|wxt\/utils\/storage|\b(browser|chrome)\.storage\b/,
      );
  });

  it('ignores what a content script planted in storage: keys, notices and labels follow hello alone', async () => {
    await fakeBrowser.storage.local.set({ salt: '0'.repeat(64), settings: { ...DEFAULT_SETTINGS, labels: true, inPageNotices: false } });
    loadFixture('chat-biz-meta-en');
    startContentScript(ctx);
    await vi.waitFor(() => expect(businessOpened()).toHaveLength(1), { timeout: 10_000 });
    await fakeBrowser.storage.local.set({ salt: OTHER_SALT, settings: { ...DEFAULT_SETTINGS, labels: true } });
    reopenChat();
    await vi.waitFor(() => expect(businessOpened()).toHaveLength(2), { timeout: 10_000 });
    const remote = document.querySelector('#main [data-id]')!.getAttribute('data-id')!.split('_')[1]!;
    for (const opened of businessOpened()) {
      expect(opened.business.key).toBe(await sha256Hex(SALT + remote));
      expect(opened.business).not.toHaveProperty('label'); // labels are off in hello's settings
    }
  });

  it('hashes with the new salt once the background says "clear everything" replaced it', async () => {
    loadFixture('chat-biz-meta-en');
    startContentScript(ctx);
    await vi.waitFor(() => expect(businessOpened()).toHaveLength(1), { timeout: 10_000 });
    const first = businessOpened()[0]!.business.key;
    background.hello = () => ({ salt: OTHER_SALT, settings: DEFAULT_SETTINGS, activeGuide: null });
    await notifyChanged();
    await vi.waitFor(() => expect(background.hellos).toBe(2));
    reopenChat();
    await vi.waitFor(() => expect(businessOpened()).toHaveLength(2), { timeout: 10_000 });
    expect(businessOpened()[1]!.business.key).not.toBe(first);
  });

  it('asks again only when our own background says so', async () => {
    loadFixture('privacy-en');
    startContentScript(ctx);
    await vi.waitFor(() => expect(background.hellos).toBe(1));
    await notifyChanged({ id: 'another-extension' });
    await notifyChanged({});
    await fakeBrowser.runtime.onMessage.trigger({ type: 'stateChangedd' }, { id: fakeBrowser.runtime.id } as never);
    await new Promise((r) => setTimeout(r, 50));
    expect(background.hellos).toBe(1);
  });

  it('follows the walkthrough to guide from hello', async () => {
    const guide = { walkthroughId: 'last-seen', startedAt: Date.now() };
    background.hello = () => ({ salt: SALT, settings: DEFAULT_SETTINGS, activeGuide: guide });
    loadFixture('privacy-en');
    startContentScript(ctx);
    await vi.waitFor(async () => expect(await activeGuideItem.getValue()).toEqual(guide));
    background.hello = () => ({ salt: SALT, settings: DEFAULT_SETTINGS, activeGuide: null });
    await notifyChanged();
    await vi.waitFor(async () => expect(await activeGuideItem.getValue()).toBeNull());
  });

  it.each([
    ['missing', undefined],
    ['a list', ['last-seen']],
    ['an id with a slash', { walkthroughId: '../x', startedAt: Date.now() }],
  ])('takes a guide request that is %s for none, and still detects', async (_name, activeGuide) => {
    background.hello = () => ({ salt: SALT, settings: DEFAULT_SETTINGS, activeGuide });
    loadFixture('privacy-en');
    startContentScript(ctx);
    await vi.waitFor(() => expect(received.map((o) => o.type)).toContain('session'));
    expect(await activeGuideItem.getValue()).toBeNull();
  });

  it('keeps a guide ended on the page ended, even if a later hello still names it', async () => {
    const guide = { walkthroughId: 'last-seen', startedAt: Date.now() };
    background.hello = () => ({ salt: SALT, settings: DEFAULT_SETTINGS, activeGuide: guide });
    loadFixture('privacy-en');
    startContentScript(ctx);
    await vi.waitFor(async () => expect(await activeGuideItem.getValue()).toEqual(guide));
    await activeGuideItem.setValue(null); // the user stopped it; the background may not have heard yet
    await notifyChanged();
    await vi.waitFor(() => expect(background.hellos).toBe(2));
    expect(await activeGuideItem.getValue()).toBeNull();
    const again = { ...guide, startedAt: guide.startedAt + 1 }; // "Guide me" once more
    background.hello = () => ({ salt: SALT, settings: DEFAULT_SETTINGS, activeGuide: again });
    await notifyChanged();
    await vi.waitFor(async () => expect(await activeGuideItem.getValue()).toEqual(again));
  });
});

// Issue 12 item 6: a salt that is not 32 random bytes would make keys anyone can compute from a phone number.
describe('startContentScript and a damaged salt', () => {
  it.each([
    ['a word', 'corrupt'],
    ['too short', 'ab'.repeat(31)],
    ['upper case', 'AB'.repeat(32)],
    ['not text', 42],
    ['missing', undefined],
  ])('never hashes with a salt that is %s: it waits for a valid one', async (_name, bad) => {
    let hellos = 0;
    background.hello = () => ({ salt: ++hellos === 1 ? bad : SALT, settings: DEFAULT_SETTINGS, activeGuide: null });
    loadFixture('chat-biz-meta-en');
    startContentScript(ctx);
    await vi.waitFor(() => expect(businessOpened()).toHaveLength(1), { timeout: 10_000 });
    expect(hellos).toBeGreaterThanOrEqual(2);
    const remote = document.querySelector('#main [data-id]')!.getAttribute('data-id')!.split('_')[1]!;
    expect(businessOpened()[0]!.business.key).toBe(await sha256Hex(SALT + remote));
    // Nothing was sent before the valid salt came: not even the session.
    expect(received.filter((o) => o.type === 'session')).toHaveLength(1);
  });
});

// Issue 12 item 7: v0.1 spread the settings as received, so one bad field broke the notice and health on every chat.
describe('startContentScript and damaged settings', () => {
  it.each([
    ['dismissedNotices = 5', { dismissedNotices: 5 }],
    ['ignoredBusinesses = "all"', { ignoredBusinesses: 'all' }],
    ['inPageNotices = "yes"', { inPageNotices: 'yes' }],
    ['labels = null', { labels: null }],
    ['settings not an object', null],
  ])('repairs %s field by field: the notice and health keep working', async (_name, damage) => {
    background.hello = () => ({ salt: SALT, settings: damage && { ...DEFAULT_SETTINGS, ...damage }, activeGuide: null });
    loadFixture('chat-biz-meta-en');
    startContentScript(ctx);
    await vi.waitFor(() => expect(businessOpened()).toHaveLength(1), { timeout: 10_000 });
    expect(received.find((o) => o.type === 'health')).toMatchObject({ status: 'ok' });
    await vi.waitFor(() => expect(document.querySelector('metadata-ledger-notice')).not.toBeNull());
  });

  it('applies a corrected setting the background sends later', async () => {
    loadFixture('chat-biz-meta-en');
    startContentScript(ctx);
    await vi.waitFor(() => expect(document.querySelector('metadata-ledger-notice')).not.toBeNull(), { timeout: 10_000 });
    background.hello = () => ({ salt: SALT, settings: { ...DEFAULT_SETTINGS, inPageNotices: false }, activeGuide: null });
    await notifyChanged();
    await vi.waitFor(() => expect(document.querySelector('metadata-ledger-notice')).toBeNull());
  });
});
