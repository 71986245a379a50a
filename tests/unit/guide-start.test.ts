// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { ContentScriptContext } from 'wxt/utils/content-script-context';
import { activeGuideItem } from '@/lib/content/active-guide';
import { startGuide } from '@/lib/content/guide/start-guide';
import { PageWatcher } from '@/lib/content/observe';
import { guideOverlaysIn } from '@/lib/content/ui/guide-overlay';
import { lastSeenDrawer, mountMainScreen } from './guide-page';

const send = vi.hoisted(() => vi.fn(async (..._args: unknown[]) => null));
vi.mock('@/lib/protocol/client', () => ({ send }));

let ctx: ContentScriptContext;
/** The guide's panel, inside its closed root, whose data-* say what it shows; null without a guide. */
const guide = () => guideOverlaysIn(document)[0]?.panel ?? null;

function run(): void {
  ctx = new ContentScriptContext('guide-start-test');
  const watcher = new PageWatcher({ doc: document, scope: ctx });
  watcher.start();
  startGuide(ctx, watcher);
}

beforeEach(async () => {
  fakeBrowser.reset();
  await activeGuideItem.setValue(null); // the content script's own copy lives as long as the module
  send.mockClear();
  mountMainScreen();
});

afterEach(() => {
  ctx.abort();
  document.body.replaceChildren();
});

describe('startGuide', () => {
  it('starts the guide already requested when the content script loads', async () => {
    await activeGuideItem.setValue({ walkthroughId: 'last-seen', startedAt: 1 });
    run();
    await vi.waitFor(() => expect(guide()?.dataset.walkthrough).toBe('last-seen'));
  });

  it('follows activeGuideItem: start, switch, and clear', async () => {
    run();
    await activeGuideItem.setValue({ walkthroughId: 'about', startedAt: 1 });
    await vi.waitFor(() => expect(guide()?.dataset.walkthrough).toBe('about'));
    await activeGuideItem.setValue({ walkthroughId: 'groups', startedAt: 2 });
    await vi.waitFor(() => expect(guide()?.dataset.walkthrough).toBe('groups'));
    expect(guideOverlaysIn(document)).toHaveLength(1);
    await activeGuideItem.setValue(null);
    await vi.waitFor(() => expect(guide()).toBeNull());
  });

  it('clears a request it cannot guide (a phone-only or unknown walkthrough)', async () => {
    run();
    await activeGuideItem.setValue({ walkthroughId: 'two-step-verification', startedAt: 1 });
    await vi.waitFor(async () => expect(await activeGuideItem.getValue()).toBeNull());
    expect(guide()).toBeNull();
  });

  it('clears the request when done and keeps the confirmation until closed', async () => {
    run();
    await activeGuideItem.setValue({ walkthroughId: 'last-seen', startedAt: 1 });
    await vi.waitFor(() => expect(guide()).not.toBeNull());
    mountMainScreen({ left: lastSeenDrawer('none') });
    // The host went with the old body; a fresh request on the new page finds Nobody already set.
    await activeGuideItem.setValue({ walkthroughId: 'last-seen', startedAt: 2 });
    await vi.waitFor(() => expect(guide()?.dataset.state).toBe('done'));
    await vi.waitFor(async () => expect(await activeGuideItem.getValue()).toBeNull());
    expect(guide()?.dataset.state).toBe('done');
  });

  it('tears down with the content script context', async () => {
    run();
    await activeGuideItem.setValue({ walkthroughId: 'about', startedAt: 1 });
    await vi.waitFor(() => expect(guide()).not.toBeNull());
    ctx.abort();
    expect(guide()).toBeNull();
    await activeGuideItem.setValue({ walkthroughId: 'groups', startedAt: 2 });
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(guide()).toBeNull();
  });
});
