// E2E harness: the built extension in real headless Chromium (playwright-core + Debian chromium) and
// real headless Firefox (puppeteer-core over WebDriver BiDi + Debian firefox-esr), with
// https://web.whatsapp.com mapped to the local mock. Recipe: docs/research/browsers-under-test.md §4–5.
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { startMockServer, startRecordingProxy, MOCK_HOST } from './server.mjs';
import { wrapPlaywrightPage, wrapPuppeteerPage } from './page.mjs';

export const BROWSERS = ['chromium', 'firefox'];
export const ROOT = resolve(import.meta.dirname, '..', '..', '..');
export const BUILDS = {
  chromium: join(ROOT, '.output', 'chrome-mv3'),
  firefox: join(ROOT, '.output', 'firefox-mv2'),
};
export const DB_NAME = 'metadata-ledger';
const GECKO_ID = 'metadata-ledger@metadata-ledger.invalid'; // wxt.config.ts
const FIREFOX_UUID = '6b1f3c2e-9a4d-4e57-8c21-0f3a5d7e9b14';
// Hosts the browsers contact on their own (update checks, remote settings): not the extension's doing.
const BROWSER_OWN_HOSTS =
  /(^|\.)(mozilla\.(com|net|org)|firefox\.com|mozilla\.cloudflare-dns\.com|google\.com|googleapis\.com|gstatic\.com)(:\d+)?$/;

/**
 * Launches one browser with the built extension and the mock. Throws when the browser or the
 * extension fails to start: a run that cannot launch a browser fails, it is never skipped.
 */
export async function launchBrowser(name, { locale } = {}) {
  if (!BROWSERS.includes(name)) throw new Error(`unknown browser ${name}`);
  if (!existsSync(join(BUILDS[name], 'manifest.json'))) {
    throw new Error(`${BUILDS[name]} is missing: build first (npm run build:both)`);
  }
  const tmp = mkdtempSync(join(tmpdir(), `ml-e2e-${name}-`));
  const mock = await startMockServer();
  try {
    const session = name === 'chromium' ? await launchChromium(tmp, mock, locale) : await launchFirefox(tmp, mock, locale);
    const close = session.close;
    session.close = async () => {
      await close().catch(() => {});
      await mock.close();
      rmSync(tmp, { recursive: true, force: true });
    };
    return session;
  } catch (error) {
    await mock.close();
    throw error;
  }
}

/** Chromium's flags: the extension (when given) and the mock as web.whatsapp.com, nothing else reachable. */
export function chromiumArgs(mockPort, extensionDir) {
  return [
    ...(extensionDir ? [`--disable-extensions-except=${extensionDir}`, `--load-extension=${extensionDir}`] : []),
    // Every host but the mock resolves to nothing: Chromium's own Google traffic never leaves (browsers-under-test.md §4).
    `--host-resolver-rules=MAP ${MOCK_HOST} 127.0.0.1:${mockPort}, MAP * ~NOTFOUND`,
    '--ignore-certificate-errors',
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
  ];
}

async function launchChromium(tmp, mock, locale) {
  const { chromium } = await import('playwright-core');
  const ext = BUILDS.chromium;
  const context = await chromium.launchPersistentContext(join(tmp, 'profile'), {
    executablePath: '/usr/bin/chromium',
    headless: true,
    locale,
    ignoreDefaultArgs: ['--disable-extensions'],
    args: chromiumArgs(mock.port, ext),
  });
  const requests = [];
  context.on('request', (r) => requests.push(r.url()));
  // Chromium reports a request the page's policy refused, then fails it before it leaves: not an attempt.
  const refused = new Set();
  context.on('requestfailed', (r) => /^csp$|BLOCKED_BY_CSP/i.test(r.failure()?.errorText ?? '') && refused.add(r.url()));
  let [worker] = context.serviceWorkers();
  worker ??= await context.waitForEvent('serviceworker', { timeout: 15_000 });
  const extensionId = new URL(worker.url()).host;
  const origin = `chrome-extension://${extensionId}`;
  // The blank first tab of a persistent context.
  for (const p of context.pages()) await p.close();

  const session = {
    name: 'chromium',
    extensionOrigin: origin,
    mockRequests: mock.requests,
    async openWhatsApp(query = '') {
      const page = await context.newPage();
      await page.goto(`https://${MOCK_HOST}/${query}`);
      return wrapPlaywrightPage(page);
    },
    async openExtensionPage(path, { width = 1100, height = 900, colorScheme } = {}) {
      const page = await context.newPage();
      await page.setViewportSize({ width, height });
      if (colorScheme) await page.emulateMedia({ colorScheme });
      await page.goto(`${origin}/${path}`);
      return wrapPlaywrightPage(page);
    },
    /** Stops the MV3 service worker, as Chrome does after 30 s idle. */
    async stopServiceWorker() {
      const page = context.pages()[0] ?? (await context.newPage());
      const cdp = await context.newCDPSession(page);
      await cdp.send('ServiceWorker.enable');
      await cdp.send('ServiceWorker.stopAllWorkers');
      await cdp.detach();
    },
    /** Every request that was neither to the mock nor inside the extension. */
    extensionRequests() {
      return requests.filter(
        (u) =>
          !refused.has(u) &&
          !u.startsWith(`https://${MOCK_HOST}/`) &&
          !u.startsWith(`${origin}/`) &&
          !u.startsWith('data:') &&
          !u.startsWith('blob:'),
      );
    },
    close: () => settleWithin(context.close(), 15_000),
  };
  return withExtensionHelpers(session);
}

async function launchFirefox(tmp, mock, locale) {
  const puppeteer = (await import('puppeteer-core')).default;
  const proxy = await startRecordingProxy(mock.port);
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: '/usr/bin/firefox-esr',
    headless: true,
    acceptInsecureCerts: true,
    userDataDir: join(tmp, 'profile'),
    args: ['--remote-allow-system-access'], // else BiDi refuses moz-extension:// navigation (browsers-under-test.md pitfall 9)
    extraPrefsFirefox: {
      // All traffic goes through the recording proxy, which serves only the mock.
      'network.proxy.type': 1,
      'network.proxy.http': '127.0.0.1',
      'network.proxy.http_port': proxy.port,
      'network.proxy.ssl': '127.0.0.1',
      'network.proxy.ssl_port': proxy.port,
      'network.proxy.no_proxies_on': '',
      'network.proxy.allow_hijacking_localhost': true,
      'network.dns.forceResolve': '127.0.0.1', // belt and braces: nothing resolves off the machine
      'network.dns.disablePrefetch': true,
      'network.http.speculative-parallel-limit': 0,
      'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: FIREFOX_UUID }),
      // Background tabs keep normal timers, as Playwright's Chromium does (--disable-background-timer-throttling):
      // tests drive two WhatsApp tabs at once, and a throttled mock would only slow them down.
      'dom.min_background_timeout_value': 4,
      'dom.timeout.enable_budget_timer_throttling': false,
      ...(locale && { 'intl.locale.requested': locale }),
    },
  });
  try {
    await browser.installExtension(BUILDS.firefox);
  } catch (error) {
    await browser.close();
    await proxy.close();
    throw error;
  }
  const origin = `moz-extension://${FIREFOX_UUID}`;
  const session = {
    name: 'firefox',
    extensionOrigin: origin,
    mockRequests: mock.requests,
    async openWhatsApp(query = '') {
      const page = await browser.newPage();
      await page.goto(`https://${MOCK_HOST}/${query}`);
      return wrapPuppeteerPage(page);
    },
    async openExtensionPage(path, { width = 1100, height = 900, colorScheme } = {}) {
      const page = await browser.newPage();
      await page.setViewport({ width, height });
      if (colorScheme) await page.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: colorScheme }]);
      // page.goto to moz-extension:// hangs under BiDi; the raw navigate works (browsers-under-test.md pitfall 9).
      await page.mainFrame().browsingContext.navigate(`${origin}/${path}`, 'complete');
      return wrapPuppeteerPage(page);
    },
    async stopServiceWorker() {
      throw new Error('Firefox runs the MV2 background as an event page; there is no service worker to stop');
    },
    extensionRequests() {
      return proxy.attempts.filter((host) => !BROWSER_OWN_HOSTS.test(host));
    },
    close: async () => {
      // A BiDi close that never answers must not keep the test run alive.
      await settleWithin(browser.close(), 15_000);
      browser.process()?.kill('SIGKILL');
      await proxy.close();
    },
  };
  return withExtensionHelpers(session);
}

/** Waits for `promise` (its outcome ignored) or `ms`, whichever comes first. */
async function settleWithin(promise, ms) {
  let timer;
  await Promise.race([promise.catch(() => undefined), new Promise((ok) => (timer = setTimeout(ok, ms)))]);
  clearTimeout(timer);
}

/** Helpers that run inside an extension page, identical in both browsers. */
function withExtensionHelpers(session) {
  let helperPage;
  const extensionPage = async () => (helperPage ??= await session.openExtensionPage('dashboard.html#e2e', { width: 800, height: 600 }));
  return Object.assign(session, {
    /** All records of one IndexedDB store of the ledger (empty when the store or database is missing). */
    async readDb(store) {
      const page = await extensionPage();
      return page.evaluate(
        ({ db, store }) =>
          new Promise((ok, fail) => {
            const open = indexedDB.open(db);
            open.onerror = () => fail(open.error);
            open.onupgradeneeded = () => open.transaction.abort(); // never create the database from a test
            open.onsuccess = () => {
              const conn = open.result;
              if (!conn.objectStoreNames.contains(store)) {
                conn.close();
                ok([]);
                return;
              }
              const all = conn.transaction(store).objectStore(store).getAll();
              all.onsuccess = () => {
                conn.close();
                ok(all.result);
              };
              all.onerror = () => fail(all.error);
            };
          }).catch((e) => (String(e).includes('Abort') ? [] : Promise.reject(e))),
        { db: DB_NAME, store },
      );
    },
    /** browser.storage.local, as the extension sees it. */
    async readStorage(keys = null) {
      const page = await extensionPage();
      return page.evaluate((keys) => (globalThis.browser ?? globalThis.chrome).storage.local.get(keys), keys);
    },
    /** Sends one protocol message from an extension page, as the popup would; returns the Result. */
    async sendMessage(type, payload = {}) {
      const page = await extensionPage();
      return page.evaluate(({ type, payload }) => (globalThis.browser ?? globalThis.chrome).runtime.sendMessage({ type, payload }), {
        type,
        payload,
      });
    },
    /** Polls `fn()` in Node until it returns a truthy value. */
    async until(fn, { timeout = 10_000, interval = 100, message = 'condition' } = {}) {
      const deadline = Date.now() + timeout;
      let last;
      while (Date.now() < deadline) {
        last = await fn();
        if (last) return last;
        await new Promise((r) => setTimeout(r, interval));
      }
      throw new Error(`timed out after ${timeout} ms waiting for ${message}; last value: ${JSON.stringify(last)?.slice(0, 500)}`);
    },
  });
}
