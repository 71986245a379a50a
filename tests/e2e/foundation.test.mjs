// Foundation: the built extension loads in both real browsers, its content script runs on the mock
// WhatsApp Web, its pages open, and it contacts nothing but the page it watches.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { BROWSERS, launchBrowser } from './harness/index.mjs';

for (const name of BROWSERS) {
  describe(`foundation in ${name}`, () => {
    let session;
    before(async () => {
      session = await launchBrowser(name);
    });
    after(() => session?.close());

    test('the content script runs on web.whatsapp.com and reaches the background', async () => {
      const page = await session.openWhatsApp('?reset=1');
      const events = await session.until(
        async () => {
          const all = await session.readDb('events');
          return all.some((e) => e.type === 'session') && all;
        },
        { message: 'a session event in the ledger' },
      );
      assert.equal(events.filter((e) => e.type === 'session').length, 1, 'one session per page load');
      await page.close();
    });

    test('the popup opens and renders', async () => {
      const popup = await session.openExtensionPage('popup.html', { width: 380, height: 600 });
      await popup.waitFor(() => (document.querySelector('#app')?.textContent ?? '').trim().length > 0);
      assert.equal(await popup.evaluate(() => document.documentElement.lang.length > 0), true, 'html has a lang');
      await popup.close();
    });

    test('the dashboard opens and renders', async () => {
      const dashboard = await session.openExtensionPage('dashboard.html');
      await dashboard.waitFor(() => (document.querySelector('#app')?.textContent ?? '').trim().length > 0);
      await dashboard.close();
    });

    test('the extension made no network request', () => {
      assert.deepEqual(session.extensionRequests(), []);
    });

    // Last: proves the check above can fail, by making a request it must catch.
    // Extension pages can't make one (their policy refuses it, tests/e2e/security.test.mjs), so the page does.
    test('the network check catches a request to another host', async () => {
      const page = await session.openWhatsApp();
      await page.evaluate(() => fetch('https://example.org/beacon', { mode: 'no-cors' }).catch(() => null));
      await session.until(() => session.extensionRequests().some((r) => r.includes('example.org')), {
        message: 'the beacon in the request log',
      });
      await page.close();
    });
  });
}
