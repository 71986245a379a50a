// `npm run bench`: what the extension costs WhatsApp Web, as ratios measured side by side in one run.
//
// 1. Content-script overhead: the same scripted session on the mock (a churning chat list, chat
//    switches, messages sent, settings opened) in Chromium with the extension and without it,
//    alternating rounds; compares the page's script time and task time (CDP Performance.getMetrics).
// 2. Ledger at scale: the dashboard's snapshot and the retention prune with 1,000 and with 1,000,000
//    events in the real extension's IndexedDB: the snapshot reads daily tallies, so its ratio should
//    stay near 1, and neither may freeze the browser.
// Times on these machines are noisy: only ratios are reported, never bare times.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { BUILDS, ROOT, chromiumArgs, launchBrowser } from '../tests/e2e/harness/index.mjs';
import { startMockServer } from '../tests/e2e/harness/server.mjs';
import { wrapPlaywrightPage } from '../tests/e2e/harness/page.mjs';
import { mockUrl, openChat, openPrivacy, openSettings, sendText, waitForMain } from '../tests/e2e/harness/mock-driver.mjs';

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);

if (!existsSync(join(BUILDS.chromium, 'manifest.json'))) {
  execFileSync('npx', ['wxt', 'build'], { cwd: ROOT, stdio: 'inherit' });
}

async function contentScriptSession(withExtension) {
  const mock = await startMockServer();
  const tmp = mkdtempSync(join(tmpdir(), 'ml-bench-'));
  const context = await chromium.launchPersistentContext(join(tmp, 'profile'), {
    executablePath: '/usr/bin/chromium',
    headless: true,
    ignoreDefaultArgs: ['--disable-extensions'],
    args: chromiumArgs(mock.port, withExtension ? BUILDS.chromium : undefined),
  });
  try {
    const raw = await context.newPage();
    await raw.goto(`https://web.whatsapp.com/${mockUrl({ reset: 1, churn: 250 })}`);
    const page = wrapPlaywrightPage(raw);
    await waitForMain(page);
    const cdp = await context.newCDPSession(raw);
    await cdp.send('Performance.enable');
    const metric = async () => Object.fromEntries((await cdp.send('Performance.getMetrics')).metrics.map((m) => [m.name, m.value]));
    const before = await metric();
    for (const chat of ['biz-meta', 'personal', 'biz-vendor', 'group', 'biz-self', 'biz-ad']) {
      await openChat(page, chat);
      for (let i = 0; i < 10; i += 1) await sendText(page, `bench message ${i}`);
    }
    await openSettings(page);
    await openPrivacy(page);
    await new Promise((r) => setTimeout(r, 3000)); // let the churning list run on its own for a while
    const after = await metric();
    return {
      script: after.ScriptDuration - before.ScriptDuration,
      task: after.TaskDuration - before.TaskDuration,
      heap: after.JSHeapUsedSize,
    };
  } finally {
    await context.close();
    await mock.close();
    rmSync(tmp, { recursive: true, force: true });
  }
}

async function benchContentScript() {
  const totals = { with: { script: 0, task: 0, heap: 0 }, without: { script: 0, task: 0, heap: 0 } };
  for (let round = 0; round < ROUNDS; round += 1) {
    // Alternate the order so drift on the machine hits both sides alike.
    const order = round % 2 === 0 ? [true, false] : [false, true];
    for (const withExtension of order) {
      const r = await contentScriptSession(withExtension);
      const side = totals[withExtension ? 'with' : 'without'];
      side.script += r.script;
      side.task += r.task;
      side.heap += r.heap;
    }
  }
  const ratio = (k) => (totals.with[k] / totals.without[k]).toFixed(2);
  console.log(`content script, ${ROUNDS} rounds each, with ÷ without the extension:`);
  console.log(`  page script time ×${ratio('script')}, page task time ×${ratio('task')}, JS heap ×${ratio('heap')}`);
}

/** Writes `count` synthetic events straight into the ledger's events store, 10,000 per transaction. */
function fillEvents(page, count, offset) {
  return page.evaluate(
    ({ count, offset }) =>
      new Promise((resolve, reject) => {
        const open = indexedDB.open('metadata-ledger');
        open.onerror = () => reject(open.error);
        open.onsuccess = async () => {
          const db = open.result;
          const start = Date.now() - 30 * 86_400_000; // inside the default 90-day retention
          for (let done = 0; done < count; done += 10_000) {
            await new Promise((ok, fail) => {
              const tx = db.transaction('events', 'readwrite');
              for (let i = done; i < Math.min(count, done + 10_000); i += 1) {
                const n = offset + i;
                tx.objectStore('events').put({
                  id: `bench:${n}`,
                  at: start + n,
                  day: '2026-01-01',
                  type: 'message-sent',
                  chat: 'business',
                  message: 'text',
                  businessKey: 'f'.repeat(64),
                  exposures: [{ category: 'phone-number', audience: 'business' }],
                  rules: ['bench'],
                });
              }
              tx.oncomplete = ok;
              tx.onerror = () => fail(tx.error);
            });
          }
          db.close();
          resolve();
        };
      }),
    { count, offset },
  );
}

async function benchLedger(total) {
  const session = await launchBrowser('chromium');
  try {
    // The background creates the database on its first message.
    await session.sendMessage('getSnapshot', { days: 90 });
    const page = await session.openExtensionPage('dashboard.html#bench', { width: 800, height: 600 });
    const snapshotLatency = (samples) =>
      page.evaluate(async (samples) => {
        let sum = 0;
        for (let i = 0; i < samples; i += 1) {
          const started = performance.now();
          const reply = await chrome.runtime.sendMessage({ type: 'getSnapshot', payload: { days: 90 } });
          if (!reply?.ok) throw new Error(JSON.stringify(reply));
          sum += performance.now() - started;
        }
        return sum / samples;
      }, samples);

    await fillEvents(page, 1_000, 0);
    const small = await snapshotLatency(20);
    await fillEvents(page, total - 1_000, 1_000);
    const big = await snapshotLatency(20);
    console.log(`ledger snapshot with ${total.toLocaleString('en')} ÷ 1,000 raw events: ×${(big / small).toFixed(2)}`);

    // A stopped worker prunes on its next start; the dashboard must stay responsive meanwhile.
    await session.stopServiceWorker();
    await snapshotLatency(1); // wakes the worker, which starts pruning to the cap (start-up cost not counted)
    const during = await snapshotLatency(10);
    const remaining = await session.until(
      async () => {
        const n = await page.evaluate(
          () =>
            new Promise((ok) => {
              const open = indexedDB.open('metadata-ledger');
              open.onsuccess = () => {
                const q = open.result.transaction('events').objectStore('events').count();
                q.onsuccess = () => {
                  open.result.close();
                  ok(q.result);
                };
              };
            }),
        );
        return n <= 50_000 && n;
      },
      { timeout: 600_000, interval: 1_000, message: 'pruning to the cap' },
    );
    const after = await snapshotLatency(20);
    console.log(`pruned ${total.toLocaleString('en')} → ${remaining.toLocaleString('en')} events (the cap) without a crash`);
    console.log(`snapshot latency while pruning ÷ after: ×${(during / after).toFixed(2)}`);
  } finally {
    await session.close();
  }
}

if (ROUNDS > 0) await benchContentScript();
await benchLedger(Number(process.env.BENCH_EVENTS ?? 1_000_000));
