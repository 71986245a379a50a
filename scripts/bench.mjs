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
import { BUILDS, ROOT, launchBrowser } from '../tests/e2e/harness/index.mjs';
import { startMockServer } from '../tests/e2e/harness/server.mjs';
import { wrapPlaywrightPage } from '../tests/e2e/harness/test-page.mjs';
import { mockUrl, openChat, openPrivacy, openSettings, sendText, waitForMain } from '../tests/e2e/harness/mock-driver.mjs';

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);

if (!existsSync(join(BUILDS.chromium, 'manifest.json'))) {
  execFileSync('npx', ['wxt', 'build'], { cwd: ROOT, stdio: 'inherit' });
}

async function contentScriptSession(withExtension) {
  const mock = await startMockServer();
  const tmp = mkdtempSync(join(tmpdir(), 'ml-bench-'));
  const ext = BUILDS.chromium;
  const context = await chromium.launchPersistentContext(join(tmp, 'profile'), {
    executablePath: '/usr/bin/chromium',
    headless: true,
    ignoreDefaultArgs: ['--disable-extensions'],
    args: [
      ...(withExtension ? [`--disable-extensions-except=${ext}`, `--load-extension=${ext}`] : []),
      `--host-resolver-rules=MAP web.whatsapp.com 127.0.0.1:${mock.port}, MAP * ~NOTFOUND`,
      '--ignore-certificate-errors', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync',
    ],
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

async function benchLedger() {
  const session = await launchBrowser('chromium');
  try {
    const page = await session.openExtensionPage('dashboard.html#bench', { width: 800, height: 600 });
    const timeSnapshot = () =>
      page.evaluate(async () => {
        const started = performance.now();
        const reply = await chrome.runtime.sendMessage({ type: 'getSnapshot', payload: { days: 90 } });
        if (!reply?.ok) throw new Error(JSON.stringify(reply));
        return performance.now() - started;
      });
    const fill = (count) =>
      page.evaluate(async (count) => {
        const reply = await chrome.runtime.sendMessage({ type: 'benchFill', payload: { count } });
        return reply;
      }, count);
    const small = await fill(1_000);
    if (!small?.ok) {
      console.log('ledger: skipped (the background has no bench fill hook):', JSON.stringify(small));
      return;
    }
    const smallSnapshot = await timeSnapshot();
    await fill(999_000);
    const bigSnapshot = await timeSnapshot();
    console.log(`ledger snapshot, 1,000,000 ÷ 1,000 events: ×${(bigSnapshot / smallSnapshot).toFixed(2)}`);
  } finally {
    await session.close();
  }
}

await benchContentScript();
await benchLedger();
