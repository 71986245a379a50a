// The popup and the dashboard in both real browsers: after real use of the mock WhatsApp Web they show
// the counts the ledger stored; a JSON export made with the dashboard's button re-imports (through the
// file input) to the same counts; "Delete all logged data" empties both views.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { BROWSERS, launchBrowser } from './harness/index.mjs';
import { mockUrl, openChat, sendText, waitForMain } from './harness/mock-driver.mjs';

/** category → count as a view shows it, read from the data-category / data-count test contract. */
function countsIn(selector) {
  return Object.fromEntries([...document.querySelectorAll(selector)].map((el) => [el.dataset.category, Number(el.dataset.count)]));
}
const POPUP_TALLY = '.tally [data-category]';
const MATRIX_ROWS = '[data-section="matrix"] tbody tr[data-category]';

/** What the ledger stored, summed per category over every audience (all-business scope '*'). */
async function storedCounts(session) {
  const counts = {};
  for (const row of await session.readDb('tallies')) {
    if (row.scope === '*') counts[row.category] = (counts[row.category] ?? 0) + row.count;
  }
  return counts;
}

const nonZero = (counts) => Object.fromEntries(Object.entries(counts).filter(([, n]) => n > 0));

async function popupCounts(session) {
  const popup = await session.openExtensionPage('popup.html', { width: 360, height: 800 });
  await popup.waitFor(() => document.querySelector('[data-headline], [data-section="first-run"]'));
  const counts = await popup.evaluate(countsIn, POPUP_TALLY);
  const firstRun = await popup.evaluate(() => !!document.querySelector('[data-section="first-run"]'));
  await popup.close();
  return { counts, firstRun };
}

async function openDashboard(session) {
  const dashboard = await session.openExtensionPage('dashboard.html#data', { width: 1200, height: 900 });
  await dashboard.waitForSelector(MATRIX_ROWS);
  return dashboard;
}

for (const name of BROWSERS) {
  describe(`popup and dashboard in ${name}`, () => {
    let session;
    let dashboard;
    let logged;
    let exported;
    before(async () => {
      session = await launchBrowser(name);
    });
    after(() => session?.close());

    test('after using WhatsApp Web, the popup shows the stored counts', async () => {
      // readDb opens its helper tab now, before WhatsApp Web: the content script detects on animation
      // frames, which headless Chromium gives only to the tab in front, so WhatsApp Web must stay in front.
      assert.deepEqual(await session.readDb('events'), [], 'a fresh profile starts empty');
      const page = await session.openWhatsApp(mockUrl({ reset: true, churn: 0 }));
      await waitForMain(page);
      // One step at a time, each seen in the ledger before the next, so the counts below are final.
      const businessEvents = (n, what) =>
        session.until(async () => (await session.readDb('events')).filter((e) => e.chat === 'business').length >= n, {
          timeout: 15_000,
          message: what,
        });
      await openChat(page, 'biz-meta');
      await businessEvents(1, 'the first business chat in the ledger');
      await sendText(page, 'Is my order ready?');
      await businessEvents(2, 'the message sent in the ledger');
      await openChat(page, 'biz-vendor');
      await businessEvents(3, 'the second business chat in the ledger');
      await page.close(); // nothing more is logged while the views are checked

      logged = nonZero(await storedCounts(session));
      assert.ok(logged['phone-number'] > 0, `business chats expose the phone number: ${JSON.stringify(logged)}`);
      const popup = await popupCounts(session);
      assert.equal(popup.firstRun, false);
      assert.deepEqual(popup.counts, logged);
    });

    test('the dashboard matrix shows the same counts, and zero for the rest', async () => {
      dashboard = await openDashboard(session);
      const counts = await dashboard.evaluate(countsIn, MATRIX_ROWS);
      assert.deepEqual(nonZero(counts), logged);
      assert.equal(Object.keys(counts).length, 11, 'every category has a row (ai-conversations included)');
      const businesses = await dashboard.evaluate(
        () => document.querySelectorAll('[data-section="businesses"] [data-business-key]').length,
      );
      assert.equal(businesses, 2);
    });

    test('"Export as JSON" hands the browser a file with the ledger', async () => {
      // Capture the download where the page starts it (the same in both browsers): the <a download>
      // the button creates and the Blob behind it (read directly: the page's policy allows no fetch of blob:).
      await dashboard.evaluate(() => {
        window.__downloads = [];
        const blobs = new Map();
        const createObjectURL = URL.createObjectURL;
        URL.createObjectURL = (blob) => {
          const url = createObjectURL.call(URL, blob);
          blobs.set(url, blob);
          return url;
        };
        const click = HTMLAnchorElement.prototype.click;
        HTMLAnchorElement.prototype.click = function () {
          const blob = this.download && blobs.get(this.href);
          if (blob) window.__downloads.push(blob.text().then((text) => ({ name: this.download, text })));
          else click.call(this);
        };
      });
      await dashboard.click('[data-action="export-json"]');
      await dashboard.waitFor(() => window.__downloads.length === 1);
      exported = await dashboard.evaluate(() => window.__downloads[0]);
      assert.match(exported.name, /^metadata-ledger-.*\.json$/);
      assert.equal(JSON.parse(exported.text).format, 'metadata-ledger/1');
      // The "Saved …" note sits at the bottom of the window until dismissed, over the buttons below it.
      await dashboard.click('[data-action="dismiss-notice"]');
      await dashboard.waitFor(() => !document.querySelector('[data-action="dismiss-notice"]'));
    });

    test('"Delete all logged data", confirmed, empties the dashboard and the popup', async () => {
      await dashboard.click('[data-section="data"] .danger-zone button.danger');
      await dashboard.click('[data-section="data"] .confirm button.danger');
      await dashboard.waitForSelector('[data-section="first-run"]');
      const counts = await dashboard.evaluate(countsIn, MATRIX_ROWS);
      assert.deepEqual(nonZero(counts), {});
      assert.deepEqual(await storedCounts(session), {});
      const popup = await popupCounts(session);
      assert.equal(popup.firstRun, true);
      assert.deepEqual(popup.counts, {});
    });

    test('importing the exported file restores the same counts in both views', async () => {
      // Hand the file to the real file input, as a user picking it would (DataTransfer works alike in both browsers).
      await dashboard.evaluate(({ name, text }) => {
        const input = document.querySelector('input[type="file"][data-action="import"]');
        const files = new DataTransfer();
        files.items.add(new File([text], name, { type: 'application/json' }));
        input.files = files.files;
        input.dispatchEvent(new Event('change', { bubbles: true }));
      }, exported);
      await dashboard.waitFor(() => /^Imported\./.test(document.querySelector('[data-notice="ok"]')?.textContent ?? ''));
      await dashboard.waitFor((selector) => !!document.querySelector(`${selector}[data-count]:not([data-count="0"])`), MATRIX_ROWS);
      assert.deepEqual(nonZero(await dashboard.evaluate(countsIn, MATRIX_ROWS)), logged);
      assert.deepEqual((await popupCounts(session)).counts, logged);
      await dashboard.close();
    });

    test('the views made no network request', () => {
      assert.deepEqual(session.extensionRequests(), []);
    });
  });
}
