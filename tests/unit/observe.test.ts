// @vitest-environment happy-dom
// The page watcher: mutations sorted by container, one evaluation per frame, chat-list churn ignored,
// containers re-attached when WhatsApp swaps them, each subscriber called with its own parts only, layout
// watched only while subscribed to, everything stopped with the content script.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { DETECTION_PARTS } from '@/lib/content/detector';
import { FRAME_FALLBACK_MS, INPUT_SETTLE_MS, PageWatcher, type Part } from '@/lib/content/observe';
import type { ContentScope } from '@/lib/content/scope';
import { findFirst } from '@/lib/whatsapp/query';
import { loadFixture } from './detect-fixtures';

// Positive expectations poll (vi.waitFor); "nothing happened" waits a fixed while.
const tick = () => new Promise((resolve) => setTimeout(resolve, 20));
const eventually = (assertion: () => void) => vi.waitFor(assertion, { timeout: 2000, interval: 5 });
let controller: AbortController;

function watch(fixture: string, requestFrame: (callback: () => void) => void = (callback) => setTimeout(callback, 0)) {
  loadFixture(fixture);
  controller = new AbortController();
  const calls: Part[][] = [];
  const timers: number[] = [];
  const listeners: string[] = [];
  const { signal } = controller;
  // What the watcher uses of WXT's ContentScriptContext, recording timers and listeners.
  const scope: ContentScope = {
    signal,
    setTimeout: (callback, ms = 0) => {
      timers.push(ms);
      setTimeout(callback, ms);
    },
    requestAnimationFrame: requestFrame,
    addEventListener: (target, type, handler, options) => {
      listeners.push(type);
      target.addEventListener(type, handler, { ...options, signal });
    },
  };
  const watcher = new PageWatcher({ doc: document, scope });
  watcher.subscribe(DETECTION_PARTS, async (parts) => {
    calls.push([...parts].sort());
  });
  watcher.start();
  return { watcher, calls, timers, listeners };
}

afterEach(() => controller.abort());

describe('PageWatcher', () => {
  it('evaluates everything once at start', async () => {
    const { calls } = watch('chat-biz-meta-en');
    await eventually(() => expect(calls).toEqual([['chat', 'left', 'right', 'rows', 'structure']]));
    await tick();
    expect(calls).toHaveLength(1);
  });

  it('sorts mutations by container and batches them into one evaluation', async () => {
    const { calls } = watch('chat-biz-meta-en');
    await eventually(() => expect(calls).toHaveLength(1));
    await tick(); // observers attach once the first evaluation is done
    calls.length = 0;
    const panel = findFirst(document, 'conversationPanel')!;
    const list = findFirst(panel, 'messageList')!;
    list.append(document.createElement('div'));
    list.append(document.createElement('div'));
    findFirst(panel, 'conversationSubtitle')!.querySelector('span')!.firstChild!.nodeValue = 'online';
    await eventually(() => expect(calls).toEqual([['chat', 'rows']]));
    calls.length = 0;
    findFirst(document, 'drawerLeft')!.append(document.createElement('div'));
    await eventually(() => expect(calls).toEqual([['left']]));
  });

  it('ignores the chat list re-creating its rows', async () => {
    const { calls } = watch('chat-biz-meta-en');
    await eventually(() => expect(calls).toHaveLength(1));
    await tick(); // observers attach once the first evaluation is done
    calls.length = 0;
    const grid = findFirst(document, 'chatList')!;
    for (let i = 0; i < 5; i++) grid.append(grid.firstElementChild!.cloneNode(true));
    grid.firstElementChild!.remove();
    await tick();
    expect(calls).toEqual([]);
  });

  it('ignores typing in the compose box (never read, changes on every key)', async () => {
    const { calls } = watch('chat-biz-meta-en');
    await eventually(() => expect(calls).toHaveLength(1));
    await tick(); // observers attach once the first evaluation is done
    calls.length = 0;
    const compose = findFirst(document, 'composeBox')!;
    for (const key of 'hello') compose.append(document.createTextNode(key));
    await tick();
    expect(calls).toEqual([]);
  });

  it('sees switch flips in the drawer (aria-checked in place)', async () => {
    const { calls } = watch('privacy-en');
    await eventually(() => expect(calls).toHaveLength(1));
    await tick();
    calls.length = 0;
    const input = findFirst(document, 'switchInput')!;
    input.setAttribute('aria-checked', input.getAttribute('aria-checked') === 'true' ? 'false' : 'true');
    await eventually(() => expect(calls).toEqual([['left']]));
  });

  it('re-attaches to a new #main after a chat switch', async () => {
    const { calls } = watch('chat-biz-meta-en');
    await tick();
    const old = findFirst(document, 'conversationPanel')!;
    const fresh = old.cloneNode(true) as Element;
    old.replaceWith(fresh);
    await eventually(() => expect(calls.at(-1)).toContain('structure'));
    await tick(); // the containers are re-attached after that evaluation
    calls.length = 0;
    findFirst(fresh, 'messageList')!.append(document.createElement('div'));
    await eventually(() => expect(calls).toEqual([['rows']]));
    old.querySelector('header')!.setAttribute('title', 'detached'); // the old header is no longer watched
    await tick();
    expect(calls).toEqual([['rows']]);
  });

  it('re-evaluates everything when asked to look again later', async () => {
    const { watcher, calls, timers } = watch('chat-biz-meta-en');
    await eventually(() => expect(calls).toHaveLength(1));
    await tick(); // observers attach once the first evaluation is done
    calls.length = 0;
    timers.length = 0;
    watcher.later(20, DETECTION_PARTS);
    expect(timers).toEqual([20]);
    await eventually(() => expect(calls).toEqual([['chat', 'left', 'right', 'rows', 'structure']]));
  });

  it('still evaluates when the frame it asked for never comes (tab put in the background)', async () => {
    const { calls, timers } = watch('chat-biz-meta-en', () => undefined);
    await eventually(() => expect(calls).toHaveLength(1));
    expect(timers).toContain(FRAME_FALLBACK_MS);
    await tick();
    calls.length = 0;
    findFirst(document, 'messageList')!.append(document.createElement('div'));
    await eventually(() => expect(calls).toEqual([['rows']]));
  });

  it('evaluates once when both the frame and the fallback timer fire', async () => {
    const { calls } = watch('chat-biz-meta-en');
    await eventually(() => expect(calls).toHaveLength(1));
    await new Promise((resolve) => setTimeout(resolve, FRAME_FALLBACK_MS + 50));
    expect(calls).toHaveLength(1);
  });

  it('calls each subscriber with the changed parts it subscribed to, and only then', async () => {
    const { watcher, calls } = watch('chat-biz-meta-en');
    const drawers: Part[][] = [];
    watcher.subscribe(new Set<Part>(['left', 'right']), (parts) => void drawers.push([...parts].sort()));
    await eventually(() => expect(calls).toHaveLength(1));
    expect(drawers).toEqual([['left', 'right']]);
    await tick();
    findFirst(document, 'messageList')!.append(document.createElement('div'));
    await eventually(() => expect(calls).toHaveLength(2));
    expect(drawers).toHaveLength(1);
    findFirst(document, 'drawerLeft')!.append(document.createElement('div'));
    await eventually(() => expect(drawers).toEqual([['left', 'right'], ['left']]));
  });

  it('watches layout (scroll, resize, clicks) only while someone subscribes to it', async () => {
    const { watcher, calls, timers, listeners } = watch('chat-biz-meta-en');
    await eventually(() => expect(calls).toHaveLength(1));
    expect(listeners).toEqual([]); // detection alone never listens to the page
    const layout: Part[][] = [];
    const unsubscribe = watcher.subscribe(new Set<Part>(['layout']), (parts) => void layout.push([...parts]));
    expect(listeners).toEqual(expect.arrayContaining(['scroll', 'resize', 'pointerup', 'keyup', 'transitionend', 'animationend']));
    document.dispatchEvent(new Event('scroll'));
    await eventually(() => expect(layout).toEqual([['layout']]));
    timers.length = 0;
    document.body.dispatchEvent(new Event('pointerup', { bubbles: true }));
    await eventually(() => expect(layout).toHaveLength(2));
    expect(timers).toContain(INPUT_SETTLE_MS); // and once more when WhatsApp has settled
    await eventually(() => expect(layout).toHaveLength(3));
    expect(calls).toHaveLength(1); // detection was not woken for layout
    unsubscribe();
    timers.length = 0;
    document.dispatchEvent(new Event('scroll'));
    window.dispatchEvent(new Event('resize'));
    await tick();
    expect(layout).toHaveLength(3);
    expect(timers).toEqual([]); // the listeners are gone: no batch was even scheduled
  });

  it('stops with the content script', async () => {
    const { calls } = watch('chat-biz-meta-en');
    await eventually(() => expect(calls).toHaveLength(1));
    await tick(); // observers attach once the first evaluation is done
    calls.length = 0;
    controller.abort();
    findFirst(document, 'messageList')!.append(document.createElement('div'));
    document.getElementById('app')!.append(document.createElement('div'));
    await tick();
    expect(calls).toEqual([]);
  });
});
