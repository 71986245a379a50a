// Background start-up (Chrome MV3 service worker, Firefox MV2 background script). Runs every time the
// worker wakes: listeners first (a message may be what woke it), then the start-up chores.
import { browser } from 'wxt/browser';
import { getDb, LedgerUnavailableError, readDb, startFreshLedger } from './db/connection';
import { nextMidnight } from '../model/day';
import { NewBusinessAllowance } from './ledger/flood';
import { CapGuard, pruneLedger } from './ledger/prune';
import { handleMessage, type Ledger } from './handlers';
import { loadSettings } from '../storage/preferences';
import { updateBadge } from './badge';
import { startContentAccess } from './content-access';

export const PRUNE_ALARM = 'prune';
/** Fires at local midnight so the badge's "today" starts again from zero. */
export const DAY_ALARM = 'day';
const DAY_MINUTES = 24 * 60;

type Sender = Parameters<typeof handleMessage>[1] & { tab?: { id?: number } };

export function startBackground(): void {
  const capGuard = new CapGuard();
  const allowance = new NewBusinessAllowance();
  const refreshBadge = async () => updateBadge(await getDb(), await loadSettings(), Date.now());
  const ledger: Ledger = {
    db: getDb,
    readDb,
    startFresh: startFreshLedger,
    now: () => Date.now(),
    async changed(added) {
      await capGuard.afterWrite(await getDb(), added);
      await refreshBadge();
    },
  };
  const prune = async () => {
    await pruneLedger(await getDb(), await loadSettings(), Date.now());
    capGuard.forget();
  };
  // A message from a tab (the content script) brings new businesses out of that tab's allowance.
  const forSender = (sender: Sender): Ledger => {
    const tab = sender.tab?.id;
    return tab === undefined ? ledger : { ...ledger, admitNewBusiness: () => allowance.take(tab, Date.now()) };
  };

  // The polyfill sends whatever the returned promise resolves to as the reply (the Result).
  browser.runtime.onMessage.addListener(((message: unknown, sender: Sender) =>
    handleMessage(message, sender, forSender(sender))) as Parameters<typeof browser.runtime.onMessage.addListener>[0]);

  startContentAccess(report);

  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === PRUNE_ALARM) void prune().catch(report);
    if (alarm.name === DAY_ALARM) void dayChanged(refreshBadge).catch(report);
  });

  void (async () => {
    // Re-creating an existing alarm would push it back a day on every wake, so only create it once.
    if (!(await browser.alarms.get(PRUNE_ALARM))) browser.alarms.create(PRUNE_ALARM, { periodInMinutes: DAY_MINUTES });
    scheduleDayAlarm();
    await prune();
    await refreshBadge();
  })().catch(report);
}

function scheduleDayAlarm(): void {
  browser.alarms.create(DAY_ALARM, { when: nextMidnight(Date.now()) });
}

async function dayChanged(refreshBadge: () => Promise<void>): Promise<void> {
  scheduleDayAlarm();
  await refreshBadge();
}

function report(error: unknown): void {
  // A ledger saved by a newer version is read-only: the chores wait, and the snapshot's health says why.
  if (error instanceof LedgerUnavailableError) return;
  console.error('Metadata Ledger background:', error);
}
