import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { badgeText } from '@/lib/background/badge';
import { DAY_ALARM, PRUNE_ALARM, startBackground } from '@/lib/background/start';
import { getDb } from '@/lib/background/db/connection';
import { nextMidnight } from '@/lib/model/day';
import { recordObservations } from '@/lib/background/ledger/record';
import { updateSettings } from '@/lib/storage/preferences';
import type { Observation } from '@/lib/model/observation';
import { business, chatOpened, CONTENT_SENDER, DAY, freshLedger, HOUR, KEY_A, POPUP_SENDER, session, T0 } from './ledger-fixtures';

beforeEach(async () => {
  await freshLedger();
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(T0);
});
afterEach(() => {
  vi.useRealTimers();
});

/** Delivers a message the way the browser does, to every listener, and returns the first reply. */
async function deliver(message: unknown, sender: object): Promise<unknown> {
  const replies = await fakeBrowser.runtime.onMessage.trigger(message, sender);
  return replies[0];
}

/** Starts the background and waits for its start-up chores (prune, alarms, badge: the badge is last). */
async function start(): Promise<void> {
  const setBadgeText = vi.spyOn(fakeBrowser.action, 'setBadgeText');
  startBackground();
  await vi.waitFor(() => expect(setBadgeText).toHaveBeenCalled());
  setBadgeText.mockRestore();
}

const observe = (observations: Observation[]) => deliver({ type: 'observe', payload: { observations } }, CONTENT_SENDER);
const badge = () => fakeBrowser.action.getBadgeText({});

describe('background start-up', () => {
  it('answers runtime messages with a Result', async () => {
    expect(browser).toBe(fakeBrowser);
    await start();
    expect(await observe([chatOpened('c', T0, business(KEY_A))])).toEqual({ ok: true, value: { stored: ['c'] } });
    // Through sendMessage the fake browser names no sender: refused, but still answered.
    expect(await browser.runtime.sendMessage({ type: 'getSnapshot', payload: { days: 7 } })).toMatchObject({
      ok: false,
      error: { code: 'bad-sender' },
    });
  });

  it('schedules the daily prune once and the midnight badge reset', async () => {
    await start();
    const prune = await browser.alarms.get(PRUNE_ALARM);
    expect(prune?.periodInMinutes).toBe(24 * 60);
    expect((await browser.alarms.get(DAY_ALARM))?.scheduledTime).toBe(nextMidnight(T0));
    // The worker wakes again an hour later: the prune alarm keeps its time.
    vi.setSystemTime(T0 + HOUR);
    fakeBrowser.runtime.onMessage.removeAllListeners();
    await start();
    expect((await browser.alarms.get(DAY_ALARM))?.scheduledTime).toBe(nextMidnight(T0 + HOUR));
    expect((await browser.alarms.get(PRUNE_ALARM))?.scheduledTime).toBe(prune?.scheduledTime);
  });

  it('prunes on start-up and when the prune alarm fires', async () => {
    const settings = await updateSettings((s) => ({ ...s, retentionDays: 7 }));
    const db = await getDb();
    await recordObservations(db, [session('old', T0 - 10 * DAY), session('new', T0)], settings);
    await start();
    expect(await db.getAllKeys('events')).toEqual(['new']);

    await recordObservations(db, [session('old-again', T0 - 9 * DAY)], settings);
    await fakeBrowser.alarms.onAlarm.trigger({ name: PRUNE_ALARM, scheduledTime: T0 });
    await vi.waitFor(async () => expect(await db.getAllKeys('events')).toEqual(['new']));
  });
});

describe('badge', () => {
  it("shows today's business-chat events and updates after each batch", async () => {
    await start();
    expect(await badge()).toBe('');
    await observe([chatOpened('a', T0, business(KEY_A)), session('s', T0), chatOpened('p', T0)]);
    expect(await badge()).toBe('1');
    await observe([chatOpened('b', T0 + HOUR, business(KEY_A)), chatOpened('y', T0 - DAY, business(KEY_A))]);
    expect(await badge()).toBe('2');
  });

  it('starts again from zero at midnight', async () => {
    await start();
    await observe([chatOpened('a', T0, business(KEY_A))]);
    expect(await badge()).toBe('1');
    vi.setSystemTime(nextMidnight(T0) + 1);
    await fakeBrowser.alarms.onAlarm.trigger({ name: DAY_ALARM, scheduledTime: nextMidnight(T0) });
    await vi.waitFor(async () => expect(await badge()).toBe(''));
    expect((await browser.alarms.get(DAY_ALARM))?.scheduledTime).toBe(nextMidnight(nextMidnight(T0) + 1));
  });

  it('is empty when turned off, and back when turned on', async () => {
    await start();
    await observe([chatOpened('a', T0, business(KEY_A))]);
    await deliver({ type: 'updateSettings', payload: { badge: false } }, POPUP_SENDER);
    expect(await badge()).toBe('');
    await deliver({ type: 'updateSettings', payload: { badge: true } }, POPUP_SENDER);
    expect(await badge()).toBe('1');
  });

  it('uses browserAction where there is no action (Firefox MV2)', async () => {
    const texts: string[] = [];
    const action = fakeBrowser.action;
    Object.assign(fakeBrowser, {
      action: undefined,
      browserAction: { setBadgeText: async ({ text }: { text: string }) => void texts.push(text) },
    });
    try {
      startBackground();
      await vi.waitFor(() => expect(texts).toEqual(['']));
      await observe([chatOpened('a', T0, business(KEY_A))]);
      expect(texts.at(-1)).toBe('1');
    } finally {
      Object.assign(fakeBrowser, { action });
    }
  });

  it('keeps the text short', () => {
    expect([0, 1, 999, 1000].map(badgeText)).toEqual(['', '1', '999', '999+']);
  });
});
