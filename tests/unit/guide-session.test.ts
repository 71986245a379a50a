// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ContentScriptContext } from 'wxt/utils/content-script-context';
import { installI18n } from '../setup/i18n';
import { TARGET_MISSING_MS } from '@/lib/content/guide/reducer';
import { startGuideSession, type GuideSession } from '@/lib/content/guide/session';
import { PageWatcher } from '@/lib/content/observe';
import { guideOverlaysIn } from '@/lib/content/ui/guide-overlay';
import { walkthroughById, type WebWalkthrough } from '@/lib/walkthroughs/index';
import {
  lastSeenDrawer,
  mountLoadingScreen,
  mountMainScreen,
  privacyDrawer,
  settingsDrawer,
  contactInfo,
  conversation,
} from './guide-page';

const send = vi.hoisted(() => vi.fn(async (..._args: unknown[]) => null));
vi.mock('@/lib/protocol/client', () => ({ send }));

let session: GuideSession | undefined;
let ctx: ContentScriptContext | undefined;
const onEnd = vi.fn();

/** A guide session as the content script runs it: on its context and its one page watcher. */
function start(id: string): GuideSession {
  ctx ??= new ContentScriptContext('guide-session-test');
  const watcher = new PageWatcher({ doc: document, scope: ctx });
  watcher.start();
  session = startGuideSession({ walkthrough: walkthroughById(id) as WebWalkthrough, document, scope: ctx, watcher, onEnd });
  return session;
}

/** The guide's panel, inside its closed root, whose data-* say what it shows; null without a guide. */
const guide = () => guideOverlaysIn(document)[0]?.panel ?? null;
const panelText = (s: GuideSession) => s.overlay.shadow.querySelector('.text')!.textContent;
const buttonNamed = (s: GuideSession, name: string) =>
  [...s.overlay.shadow.querySelectorAll('button')].find((b) => b.textContent === name && !b.hidden);
const progress = () => send.mock.calls.map(([, payload]) => payload);

beforeEach(() => {
  send.mockClear();
  onEnd.mockClear();
});

afterEach(() => {
  session?.destroy();
  session = undefined;
  ctx?.abort();
  ctx = undefined;
  vi.useRealTimers();
  document.body.replaceChildren();
});

describe('guide session', () => {
  it('highlights the Settings button first, in a host that exposes nothing', () => {
    mountMainScreen();
    const s = start('last-seen');
    expect(guideOverlaysIn(document).map((o) => o.host)).toEqual([s.overlay.host]);
    expect(guide()?.dataset).toMatchObject({ walkthrough: 'last-seen', step: '0', state: 'highlight' });
    // A plain host with a closed shadow root: the page sees neither content nor what the user is doing.
    expect(s.overlay.host.shadowRoot).toBeNull();
    expect(s.overlay.host.localName).toBe('div');
    expect(s.overlay.host.getAttributeNames()).toEqual(['dir']);
    expect(panelText(s)).toContain('Click Settings, the gear icon');
    expect(s.overlay.shadow.querySelector('.box')?.hasAttribute('hidden')).toBe(true); // happy-dom has no layout: zero rect
    expect(progress()).toEqual([{ walkthroughId: 'last-seen', step: 0, status: 'active' }]);
  });

  it('advances as drawers change and marks the walkthrough done when the page shows Nobody', async () => {
    const { left } = mountMainScreen();
    const s = start('last-seen');

    expect(guide()?.dataset.target).toBe('navSettingsButton');
    left.replaceChildren(settingsDrawer());
    await vi.waitFor(() => expect(guide()?.dataset).toMatchObject({ step: '1', target: 'settingsPrivacyItem' }));
    left.replaceChildren(privacyDrawer());
    await vi.waitFor(() => expect(guide()?.dataset).toMatchObject({ step: '2', target: 'privacyLastSeenItem' }));
    left.replaceChildren(lastSeenDrawer('contacts'));
    await vi.waitFor(() => expect(guide()?.dataset).toMatchObject({ step: '3', target: 'radioOption' }));
    expect(panelText(s)).toContain("We'll confirm here");

    // WhatsApp replaces the radio button when it is checked (whatsapp-dom.md §d.4).
    left.replaceChildren(lastSeenDrawer('none'));
    await vi.waitFor(() => expect(guide()?.dataset.state).toBe('done'));
    expect(progress().map((p) => (p as { status: string }).status)).toEqual(['active', 'active', 'active', 'active', 'done']);
    expect(onEnd).toHaveBeenCalledTimes(1);
    expect(s.finished).toBe(true);

    buttonNamed(s, 'Close')!.click();
    expect(guide()).toBeNull();
  });

  it('is done at once when the setting is already private', () => {
    mountMainScreen({ left: privacyDrawer({ readReceipts: false }) });
    const s = start('read-receipts');
    expect(s.finished).toBe(true);
    expect(progress()).toEqual([{ walkthroughId: 'read-receipts', step: 0, status: 'done' }]);
  });

  it('falls back to written steps when the target stays missing, and says so', () => {
    vi.useFakeTimers();
    mountMainScreen({ left: privacyDrawer({ protectIp: null }) });
    const s = start('protect-ip-calls');
    expect(guide()?.dataset.state).toBe('highlight');

    vi.advanceTimersByTime(TARGET_MISSING_MS - 1);
    expect(guide()?.dataset.state).toBe('highlight');
    expect(guide()?.dataset.target).toBeUndefined();
    vi.advanceTimersByTime(1);
    expect(guide()?.dataset.state).toBe('fallback');
    expect(panelText(s)).toContain("We couldn't find this on the page; here are the steps to follow by hand.");
    expect(s.overlay.shadow.querySelectorAll('.text li')).toHaveLength(3);
    expect(progress().at(-1)).toEqual({ walkthroughId: 'protect-ip-calls', step: 2, status: 'target-missing' });

    // The user can still confirm by hand.
    buttonNamed(s, 'I did it')!.click();
    expect(progress().at(-1)).toEqual({ walkthroughId: 'protect-ip-calls', step: 2, status: 'done' });
  });

  it('waits, without falling back, while WhatsApp is loading', () => {
    vi.useFakeTimers();
    mountLoadingScreen();
    const s = start('last-seen');
    vi.advanceTimersByTime(TARGET_MISSING_MS * 3);
    expect(guide()?.dataset.state).toBe('waiting');
    expect(panelText(s)).toContain('Waiting for WhatsApp Web');
    expect(progress()).toEqual([]);
  });

  it('Next shows the following step without calling it missing', () => {
    vi.useFakeTimers();
    mountMainScreen();
    const s = start('last-seen');
    buttonNamed(s, 'Next')!.click();
    expect(guide()?.dataset.step).toBe('1');
    vi.advanceTimersByTime(TARGET_MISSING_MS * 2);
    expect(guide()?.dataset.state).toBe('highlight');
    expect(progress().map((p) => (p as { step: number }).step)).toEqual([0, 1]);
  });

  it('Stop and Esc cancel the guide and remove it from the page', () => {
    mountMainScreen();
    const s = start('about');
    buttonNamed(s, 'Stop')!.click();
    expect(guide()).toBeNull();
    expect(progress().at(-1)).toMatchObject({ walkthroughId: 'about', status: 'cancelled' });
    expect(onEnd).toHaveBeenCalledTimes(1);

    const t = start('groups');
    t.overlay.shadow.querySelector('.panel')!.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    expect(guide()).toBeNull();
    expect(progress().at(-1)).toMatchObject({ walkthroughId: 'groups', status: 'cancelled' });
  });

  it('lets the user finish a step the page cannot confirm', () => {
    mountMainScreen({ main: conversation(), right: contactInfo() });
    const s = start('block-report-business');
    expect(guide()?.dataset.step).toBe('2');
    expect(buttonNamed(s, 'Next')).toBeUndefined();
    buttonNamed(s, 'I did it')!.click();
    expect(guide()?.dataset.state).toBe('done');
    expect(panelText(s)).toContain('Thank you');
  });

  it('follows the UI direction', () => {
    installI18n('rtl');
    mountMainScreen();
    const s = start('last-seen');
    expect(s.overlay.shadow.querySelector('.panel')?.getAttribute('dir')).toBe('rtl');
  });

  it('stops watching the page when destroyed', async () => {
    const { left } = mountMainScreen();
    const s = start('last-seen');
    s.destroy();
    left.replaceChildren(settingsDrawer());
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(guide()).toBeNull();
    expect(progress()).toHaveLength(1);
  });
});
