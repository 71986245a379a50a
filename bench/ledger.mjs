// The ledger at scale, in the real extension in Chromium: with 1,000 events, then with 1,000,000 events and three
// years of daily tallies written straight into its IndexedDB, how long the popup and the dashboard take to show
// their first snapshot (p50 of 5, as ratios to the 1,000-event case), how long a burst of 100 observations takes to
// be written, whether the dashboard stays responsive while the worker prunes to the cap (snapshot latency during the
// prune ÷ after it), and whether an export of everything completes.
import { launchBrowser } from '../tests/e2e/harness/index.mjs';
import { median } from './stats.mjs';

const DB = 'metadata-ledger';
const SAMPLES = 5;
const BUSINESSES = 200;
const TALLY_YEARS = 3;
/** lib/background/ledger/prune.ts EVENT_CAP: the most raw events the worker keeps. */
const EVENT_CAP = 50_000;

/**
 * Writes `count` events (numbered from `offset`) spread over the last `days` days, and for the small case the
 * businesses they name, straight into the events store in large transactions. Runs in an extension page.
 */
function fillEvents({ db: name, count, offset, days, businesses }) {
  const pad = (n) => String(n).padStart(2, '0');
  const dayOf = (at) => {
    const d = new Date(at);
    return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
  };
  const keyOf = (i) => (i % businesses).toString(16).padStart(64, '0');
  return new Promise((resolve, reject) => {
    const open = indexedDB.open(name);
    open.onerror = () => reject(open.error);
    open.onsuccess = async () => {
      const db = open.result;
      const now = Date.now();
      const span = days * 86_400_000;
      try {
        for (let done = 0; done < count; done += 25_000) {
          await new Promise((ok, fail) => {
            const tx = db.transaction('events', 'readwrite');
            const store = tx.objectStore('events');
            for (let i = done; i < Math.min(count, done + 25_000); i += 1) {
              const n = offset + i;
              const at = now - span + Math.floor(((n + 0.5) / (offset + count)) * span);
              store.put({
                id: `bench:${n}`,
                at,
                day: dayOf(at),
                type: 'message-sent',
                chat: 'business',
                message: 'text',
                businessKey: keyOf(n),
                exposures: [{ category: 'business-interactions', audience: 'business' }],
                rules: ['bench'],
              });
            }
            tx.oncomplete = ok;
            tx.onerror = () => fail(tx.error);
          });
        }
        resolve();
      } catch (error) {
        reject(error);
      } finally {
        db.close();
      }
    };
  });
}

/** Daily tallies (everything and per business) and day totals for the last `days` days, and the businesses. */
function fillTallies({ db: name, days, businesses, perDay }) {
  const pad = (n) => String(n).padStart(2, '0');
  const dayOf = (at) => {
    const d = new Date(at);
    return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
  };
  const cells = [
    ['business-interactions', 'business'],
    ['business-interactions', 'meta'],
    ['phone-number', 'business'],
    ['profile', 'business'],
    ['device-network', 'whatsapp'],
    ['message-content', 'vendor'],
  ];
  return new Promise((resolve, reject) => {
    const open = indexedDB.open(name);
    open.onerror = () => reject(open.error);
    open.onsuccess = () => {
      const db = open.result;
      const tx = db.transaction(['tallies', 'days', 'businesses'], 'readwrite');
      const now = Date.now();
      for (let d = 0; d < days; d += 1) {
        const day = dayOf(now - d * 86_400_000);
        tx.objectStore('days').put({ day, events: perDay, businessEvents: perDay });
        for (const [category, audience] of cells) {
          tx.objectStore('tallies').put({ scope: '*', day, category, audience, count: perDay });
          for (let b = 0; b < 4; b += 1) {
            const scope = ((d * 7 + b) % businesses).toString(16).padStart(64, '0');
            tx.objectStore('tallies').put({ scope, day, category, audience, count: Math.ceil(perDay / 10) });
          }
        }
      }
      for (let b = 0; b < businesses; b += 1) {
        tx.objectStore('businesses').put({
          key: b.toString(16).padStart(64, '0'),
          verification: b % 3 === 0 ? 'verified' : 'unverified',
          hosting: ['meta', 'vendor', 'self'][b % 3],
          adsReferral: b % 5 === 0,
          ai: 'none',
          firstSeen: now - days * 86_400_000,
          lastSeen: now - (b % 30) * 86_400_000,
          interactions: perDay * days,
          ignored: false,
        });
      }
      tx.oncomplete = () => {
        db.close();
        resolve();
      };
      tx.onerror = () => reject(tx.error);
    };
  });
}

function countEvents(db) {
  return new Promise((ok, fail) => {
    const open = indexedDB.open(db);
    open.onerror = () => fail(open.error);
    open.onsuccess = () => {
      const q = open.result.transaction('events').objectStore('events').count();
      q.onsuccess = () => {
        open.result.close();
        ok(q.result);
      };
      q.onerror = () => fail(q.error);
    };
  });
}

/** True (with the time since navigation) once the page shows its first snapshot; -1 on a load error. */
function firstRender() {
  if (document.querySelector('.load-error')) return -1;
  const main = document.querySelector('main');
  if (!main || main.querySelector('.loading') || !main.querySelector('section, h2')) return false;
  return performance.now();
}

/** Milliseconds from navigation to the first snapshot on screen, `SAMPLES` times; the median. */
async function renderTime(session, path) {
  const times = [];
  for (let i = 0; i < SAMPLES; i += 1) {
    const page = await session.openExtensionPage(path, path.startsWith('popup') ? { width: 380, height: 600 } : undefined);
    const handle = await page.raw.waitForFunction(firstRender, undefined, { polling: 'raf', timeout: 120_000 });
    const ms = await handle.jsonValue();
    await page.close();
    if (ms < 0) throw new Error(`${path} showed a load error`);
    times.push(ms);
  }
  return median(times);
}

/** Mean milliseconds of `samples` getSnapshot round trips from an extension page. */
function snapshotLatency(page, samples) {
  return page.evaluate(async (samples) => {
    let sum = 0;
    for (let i = 0; i < samples; i += 1) {
      const started = performance.now();
      const reply = await chrome.runtime.sendMessage({ type: 'getSnapshot', payload: { days: 90 } });
      if (!reply?.ok) throw new Error(JSON.stringify(reply));
      sum += performance.now() - started;
    }
    return sum / samples;
  }, samples);
}

/** The content script's world in a WhatsApp tab, where an `observe` message is allowed from. */
async function contentScriptWorld(session) {
  const page = await session.openWhatsApp('?churn=0');
  const cdp = await page.raw.context().newCDPSession(page.raw);
  const worlds = [];
  cdp.on('Runtime.executionContextCreated', ({ context }) => {
    if (context.auxData?.type === 'isolated' && context.origin?.startsWith(session.extensionOrigin)) worlds.push(context.id);
  });
  await cdp.send('Runtime.enable');
  await session.until(() => worlds.length > 0, { message: 'the content script world' });
  return { page, cdp, contextId: worlds.at(-1) };
}

/** Milliseconds for the background to write one burst of 100 observations (p50 of `SAMPLES` bursts). */
async function burstTime({ cdp, contextId }, round) {
  const times = [];
  for (let i = 0; i < SAMPLES; i += 1) {
    const { result, exceptionDetails } = await cdp.send('Runtime.evaluate', {
      contextId,
      awaitPromise: true,
      returnByValue: true,
      expression: `(async () => {
        const business = { key: 'b'.repeat(64), verification: 'verified', hosting: 'meta', adsReferral: false, ai: 'none' };
        const observations = Array.from({ length: 100 }, (_, n) => ({
          type: 'message-sent', id: 'burst:${round}:${i}:' + n, at: Date.now(), chat: 'business', business, message: 'text',
        }));
        const started = performance.now();
        const reply = await chrome.runtime.sendMessage({ type: 'observe', payload: { observations } });
        const ms = performance.now() - started;
        if (!reply?.ok || reply.value.stored.length !== 100) throw new Error(JSON.stringify(reply).slice(0, 300));
        return ms;
      })()`,
    });
    if (exceptionDetails) throw new Error(exceptionDetails.exception?.description ?? exceptionDetails.text);
    times.push(result.value);
  }
  return median(times);
}

/** Renders, snapshot latency and bursts with what the ledger holds now. */
async function measure(session, helper, world, label) {
  return {
    events: await helper.evaluate(countEvents, DB),
    popupMs: await renderTime(session, 'popup.html'),
    dashboardMs: await renderTime(session, 'dashboard.html'),
    snapshotMs: await snapshotLatency(helper, 20),
    burstMs: await burstTime(world, label),
  };
}

export async function benchLedger({ events: total, log }) {
  const session = await launchBrowser('chromium');
  try {
    // The background creates the database on its first message.
    await session.sendMessage('getSnapshot', { days: 90 });
    const helper = await session.openExtensionPage('dashboard.html#bench', { width: 800, height: 600 });
    const world = await contentScriptWorld(session);
    const fill = (args) => helper.evaluate(fillEvents, { db: DB, businesses: BUSINESSES, ...args });

    log('ledger: 1,000 events');
    await fill({ count: 1_000, offset: 0, days: 30 });
    await helper.evaluate(fillTallies, { db: DB, days: 30, businesses: BUSINESSES, perDay: 33 });
    const small = await measure(session, helper, world, 'small');

    log(`ledger: filling to ${total.toLocaleString('en')} events and ${TALLY_YEARS} years of tallies`);
    let started = Date.now();
    await fill({ count: total - 1_000, offset: 1_000, days: 90 });
    await helper.evaluate(fillTallies, { db: DB, days: TALLY_YEARS * 365, businesses: BUSINESSES, perDay: Math.round(total / 90) });
    log(`ledger: filled in ${((Date.now() - started) / 1000).toFixed(0)} s`);
    const big = await measure(session, helper, world, 'big');

    // A stopped worker prunes on its next start; the dashboard must stay responsive meanwhile.
    log('ledger: pruning');
    await session.stopServiceWorker();
    await snapshotLatency(helper, 1); // wakes the worker, which starts pruning (its start-up is not counted)
    const during = await snapshotLatency(helper, 10);
    started = Date.now();
    const { remaining } = await session.until(
      async () => {
        const remaining = await helper.evaluate(countEvents, DB);
        return remaining <= EVENT_CAP && { remaining };
      },
      { timeout: 900_000, interval: 2_000, message: 'pruning to the cap' },
    );
    const pruneSeconds = (Date.now() - started) / 1000;
    const after = await snapshotLatency(helper, 20);

    log('ledger: export');
    started = Date.now();
    const exported = await helper
      .evaluate(async () => {
        const reply = await chrome.runtime.sendMessage({ type: 'exportData', payload: { format: 'json' } });
        return reply?.ok
          ? { ok: true, bytes: reply.value.text.length }
          : { ok: false, error: JSON.stringify(reply?.error ?? reply).slice(0, 300) };
      })
      .catch((error) => ({ ok: false, error: String(error).slice(0, 300) }));

    return {
      small,
      big,
      prune: { duringMs: during, afterMs: after, remaining, seconds: pruneSeconds },
      export: { ...exported, events: remaining, seconds: (Date.now() - started) / 1000 },
    };
  } finally {
    await session.close();
  }
}
