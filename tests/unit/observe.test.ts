// @vitest-environment happy-dom
// The page watcher: mutations sorted by container, one evaluation per frame, chat-list churn and typing ignored,
// containers re-attached when WhatsApp swaps them (and handed to subscribers), a change outside them that swapped
// nothing kept light, each subscriber called with its own parts only, layout watched only while subscribed to,
// everything stopped with the content script. Also the scope's timers, which leave no listener behind.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { DETECTION_PARTS } from '@/lib/content/detector';
import { FRAME_FALLBACK_MS, INPUT_SETTLE_MS, PageWatcher, type PageContainers, type Part } from '@/lib/content/observe';
import { scopedTimers, type ContentScope } from '@/lib/content/scope';
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
  const pages: PageContainers[] = [];
  const timers: number[] = [];
  const listeners: string[] = [];
  const { signal } = controller;
  // What the watcher uses of WXT's ContentScriptContext, recording listeners.
  const scope: ContentScope = {
    signal,
    setTimeout: () => expect.unreachable('the watcher schedules through its own timers'),
    requestAnimationFrame: () => expect.unreachable('the watcher schedules through its own timers'),
    addEventListener: (target, type, handler, options) => {
      listeners.push(type);
      target.addEventListener(type, handler, { ...options, signal });
    },
  };
  const recording = {
    setTimeout: (callback: () => void, ms: number) => {
      timers.push(ms);
      setTimeout(() => signal.aborted || callback(), ms);
    },
    requestAnimationFrame: (callback: () => void) => requestFrame(() => signal.aborted || callback()),
  };
  const watcher = new PageWatcher({ doc: document, scope, timers: recording });
  watcher.subscribe(DETECTION_PARTS, async (parts, page) => {
    calls.push([...parts].sort());
    pages.push(page);
  });
  watcher.start();
  return { watcher, calls, pages, timers, listeners };
}

afterEach(() => controller.abort());

/** A new message row as WhatsApp appends it (whatsapp-dom.md §b.3): a wrapper holding div[role=row] > div[data-id]. */
let rows = 0;
function messageRow(): Element {
  const wrapper = document.createElement('div');
  const row = wrapper.appendChild(document.createElement('div'));
  row.setAttribute('role', 'row');
  row.appendChild(document.createElement('div')).setAttribute('data-id', `true_123@c.us_BENCH${++rows}`);
  return wrapper;
}

describe('PageWatcher', () => {
  it('evaluates everything once at start, with the containers it found', async () => {
    const { calls, pages } = watch('chat-biz-meta-en');
    await eventually(() => expect(calls).toEqual([['chat', 'left', 'right', 'rows', 'structure']]));
    await tick();
    expect(calls).toHaveLength(1);
    const panel = findFirst(document, 'conversationPanel')!;
    expect(pages[0]).toMatchObject({
      app: document.getElementById('app'),
      chatList: findFirst(document, 'chatList'),
      panel,
      header: findFirst(panel, 'conversationHeader'),
      list: findFirst(panel, 'messageList'),
      left: findFirst(document, 'drawerLeft'),
      right: findFirst(document, 'drawerRight'),
    });
    expect(pages[0]!.composer!.parentElement).toBe(panel);
    expect(pages[0]!.composer!.contains(findFirst(panel, 'composeBox'))).toBe(true);
  });

  it('sorts mutations by container and batches them into one evaluation', async () => {
    const { calls } = watch('chat-biz-meta-en');
    await eventually(() => expect(calls).toHaveLength(1));
    calls.length = 0;
    const panel = findFirst(document, 'conversationPanel')!;
    const list = findFirst(panel, 'messageList')!;
    list.append(messageRow());
    list.append(messageRow());
    findFirst(panel, 'conversationSubtitle')!.querySelector('span')!.firstChild!.nodeValue = 'online';
    await eventually(() => expect(calls).toEqual([['chat', 'rows']]));
    calls.length = 0;
    findFirst(document, 'drawerLeft')!.append(document.createElement('div'));
    await eventually(() => expect(calls).toEqual([['left']]));
  });

  it('ignores the chat list re-creating its rows', async () => {
    const { calls } = watch('chat-biz-meta-en');
    await eventually(() => expect(calls).toHaveLength(1));
    calls.length = 0;
    const grid = findFirst(document, 'chatList')!;
    for (let i = 0; i < 5; i++) grid.append(grid.firstElementChild!.cloneNode(true));
    grid.firstElementChild!.remove();
    await tick();
    expect(calls).toEqual([]);
  });

  it('ignores changes inside rows already there and rows going away (a tick turning blue, scrolling)', async () => {
    const { calls } = watch('chat-biz-meta-en');
    await eventually(() => expect(calls).toHaveLength(1));
    calls.length = 0;
    const row = findFirst(document, 'messageRow')!;
    row.append(document.createElement('span'));
    row.parentElement!.parentElement!.remove();
    await tick();
    expect(calls).toEqual([]);
    findFirst(document, 'messageList')!.append(messageRow());
    await eventually(() => expect(calls).toEqual([['rows']]));
  });

  it('ignores typing in the compose box (never read, changes on every key)', async () => {
    const { calls } = watch('chat-biz-meta-en');
    await eventually(() => expect(calls).toHaveLength(1));
    calls.length = 0;
    const compose = findFirst(document, 'composeBox')!;
    for (const key of 'hello') compose.append(document.createTextNode(key));
    await tick();
    expect(calls).toEqual([]);
  });

  it('ignores the rest of the composer too (the send button swaps as text is typed)', async () => {
    const { calls, pages } = watch('chat-biz-meta-en');
    await eventually(() => expect(calls).toHaveLength(1));
    calls.length = 0;
    const composer = pages[0]!.composer!;
    composer.append(document.createElement('button'));
    composer.lastElementChild!.remove();
    await tick();
    expect(calls).toEqual([]);
  });

  it('keeps a change outside the containers light ("other") unless it swapped one', async () => {
    const { calls, pages } = watch('chat-biz-meta-en');
    await eventually(() => expect(calls).toHaveLength(1));
    calls.length = 0;
    document.getElementById('app')!.append(document.createElement('div'));
    await eventually(() => expect(calls).toEqual([['other']]));
    expect(pages.at(-1)).toEqual(pages[0]);
    calls.length = 0;
    const drawer = findFirst(document, 'drawerRight')!;
    drawer.replaceWith(drawer.cloneNode(true));
    await eventually(() => expect(calls).toEqual([['structure']]));
    expect(pages.at(-1)!.right).toBe(findFirst(document, 'drawerRight'));
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
    await tick(); // the first look and the swap may come as two batches
    calls.length = 0;
    findFirst(fresh, 'messageList')!.append(messageRow());
    await eventually(() => expect(calls).toEqual([['rows']]));
    old.querySelector('header')!.setAttribute('title', 'detached'); // the old header is no longer watched
    await tick();
    expect(calls).toEqual([['rows']]);
  });

  it('re-evaluates everything when asked to look again later', async () => {
    const { watcher, calls, timers } = watch('chat-biz-meta-en');
    await eventually(() => expect(calls).toHaveLength(1));
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
    findFirst(document, 'messageList')!.append(messageRow());
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
    findFirst(document, 'messageList')!.append(messageRow());
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
    calls.length = 0;
    controller.abort();
    findFirst(document, 'messageList')!.append(messageRow());
    document.getElementById('app')!.append(document.createElement('div'));
    await tick();
    expect(calls).toEqual([]);
  });
});

describe('scopedTimers', () => {
  function fakeScope(valid = () => true) {
    const abort = new AbortController();
    const added: string[] = [];
    const signal = abort.signal;
    const scope: ContentScope = {
      signal,
      get isValid() {
        return valid();
      },
      setTimeout: () => expect.unreachable('not through the scope'),
      requestAnimationFrame: () => expect.unreachable('not through the scope'),
      addEventListener: () => expect.unreachable('not through the scope'),
    };
    const addEventListener = signal.addEventListener.bind(signal);
    signal.addEventListener = ((type: string, ...rest: [EventListener, AddEventListenerOptions?]) => {
      added.push(type);
      addEventListener(type, ...rest);
    }) as typeof signal.addEventListener;
    return { scope, abort, added };
  }

  it('runs timers and frames, with one abort listener for all of them (WXT adds one per call)', async () => {
    const { scope, added } = fakeScope();
    const timers = scopedTimers(scope);
    expect(scopedTimers(scope)).toBe(timers);
    const ran: string[] = [];
    for (let i = 0; i < 50; i += 1) {
      timers.setTimeout(() => ran.push('timer'), 0);
      timers.requestAnimationFrame(() => ran.push('frame'));
    }
    await eventually(() => expect(ran).toHaveLength(100));
    expect(added).toEqual(['abort']);
  });

  it('runs nothing once the scope is aborted, or once the extension went away', async () => {
    const { scope, abort } = fakeScope();
    const ran: string[] = [];
    scopedTimers(scope).setTimeout(() => ran.push('before abort'), 10);
    abort.abort();
    scopedTimers(scope).setTimeout(() => ran.push('after abort'), 0);
    let valid = true;
    const other = fakeScope(() => valid).scope;
    scopedTimers(other).setTimeout(() => ran.push('orphaned'), 10);
    valid = false;
    await new Promise((resolve) => setTimeout(resolve, 40));
    expect(ran).toEqual([]);
  });
});
