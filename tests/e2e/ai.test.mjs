// What went to AI, in the views, in both real browsers on the mock WhatsApp Web (its 2026 chats, ?ai=1): after one
// message to Meta AI and one to a business that answers with AI from Meta, the popup's next steps lead to the Meta AI
// walkthrough, the dashboard's AI part counts both, the matrix has them under "What you send to AI", and the
// business row says "Uses AI from Meta" (the Meta AI chat itself is never a business).
// Markup read here (components/dashboard/AiPart.tsx, Businesses.tsx): [data-section="ai"] tr[data-ai][data-count];
// [data-section="businesses"][data-count] with rows [data-business-key][data-ai][data-acp]; popup cards [data-walkthrough].
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { BROWSERS, launchBrowser } from './harness/index.mjs';
import { wrapPlaywrightPage, wrapPuppeteerPage } from './harness/page.mjs';
import { MOCK_AI_CHATS, mockUrl, openChat, sendText, waitForMain } from './harness/mock-driver.mjs';

// The mock's Meta AI chat, and its business whose replies come from AI from Meta (tests/mock/chats.js).
const META_AI_CHAT = MOCK_AI_CHATS.find((c) => c.kind === 'meta-ai').id;
const BUSINESS_AI_CHAT = MOCK_AI_CHATS.find((c) => c.bizAi === 'meta').id;
const MATRIX_ROWS = '[data-section="matrix"] tbody tr[data-category]';

const delay = (ms) => new Promise((ok) => setTimeout(() => ok(null), ms));

/** [data-ai] row → count, as the dashboard's AI part shows it. */
function aiCounts() {
  return Object.fromEntries(
    [...document.querySelectorAll('[data-section="ai"] tbody tr[data-ai]')].map((tr) => [tr.dataset.ai, Number(tr.dataset.count)]),
  );
}

/** The tab a click in `from` opened on an extension page whose hash is `hash` (the popup's "Show steps" uses tabs.create). */
async function openedTab(session, from, hash) {
  const pages = async () => (session.name === 'chromium' ? from.raw.context().pages() : await from.raw.browser().pages());
  const wrap = session.name === 'chromium' ? wrapPlaywrightPage : wrapPuppeteerPage;
  let found;
  await session.until(
    async () => {
      for (const page of await pages()) {
        if (page.url().startsWith('https://')) continue; // WhatsApp Web's tab, if still open
        // A new tab may report its address late, or not yet have a document: ask the page, briefly.
        const at = await Promise.race([page.evaluate(() => location.hash).catch(() => null), delay(1_000)]);
        if (at === hash) found = page;
      }
      return !!found;
    },
    { timeout: 10_000, message: `a tab at ${hash}` },
  );
  return wrap(found);
}

for (const name of BROWSERS) {
  describe(`what went to AI, in ${name}`, () => {
    let session;
    let dashboard;
    before(async () => {
      session = await launchBrowser(name);
    });
    after(() => session?.close());

    test('a message to Meta AI and one to a business using AI from Meta are logged', async () => {
      // readDb opens its helper tab now, before WhatsApp Web, which must stay in front while it is used (ui.test.mjs).
      assert.deepEqual(await session.readDb('events'), [], 'a fresh profile starts empty');
      const page = await session.openWhatsApp(mockUrl({ reset: true, churn: 0, ai: true }));
      await waitForMain(page);
      const sentIn = (chat, what) =>
        session.until(async () => (await session.readDb('events')).some((e) => e.type === 'message-sent' && e.chat === chat), {
          timeout: 15_000,
          message: what,
        });

      await openChat(page, META_AI_CHAT);
      await sendText(page, 'Which plants like shade?');
      await sentIn('meta-ai', 'the message to Meta AI in the ledger');

      await openChat(page, BUSINESS_AI_CHAT);
      await sendText(page, 'Do you have ferns in stock?');
      await sentIn('business', 'the message to the business in the ledger');
      await session.until(async () => (await session.readDb('businesses')).some((b) => b.ai === 'meta'), {
        timeout: 15_000,
        message: "the business's AI from Meta in the ledger",
      });
      await page.close(); // nothing more is logged while the views are checked

      const businesses = await session.readDb('businesses');
      assert.equal(businesses.length, 1, `the Meta AI chat is no business: ${JSON.stringify(businesses.map((b) => b.ai))}`);
    });

    test('the popup puts the Meta AI walkthrough first, and "Show steps" opens it on the dashboard', async () => {
      const popup = await session.openExtensionPage('popup.html', { width: 360, height: 800 });
      await popup.waitForSelector('.wt-card[data-walkthrough]');
      const first = await popup.evaluate(() => document.querySelector('.wt-card[data-walkthrough]').dataset.walkthrough);
      assert.equal(first, 'meta-ai-data');
      const aiTally = await popup.evaluate(() =>
        Number(document.querySelector('.tally [data-category="ai-conversations"]')?.dataset.count ?? 0),
      );
      assert.equal(aiTally, 2, 'the popup shows what went to AI like any other category');

      await popup.click('.wt-card[data-walkthrough="meta-ai-data"] button');
      const steps = await openedTab(session, popup, '#walkthrough=meta-ai-data');
      await steps.waitForSelector('[data-walkthrough="meta-ai-data"] button.wt-toggle[aria-expanded="true"]');
      const shown = await steps.evaluate(() => {
        const panel = document.getElementById('wt-panel-meta-ai-data');
        return { hidden: panel.hidden, steps: panel.querySelectorAll('ol li').length };
      });
      assert.equal(shown.hidden, false);
      assert.ok(shown.steps > 0, 'the written steps are shown');
      await steps.close();
      await popup.close();
    });

    test("the dashboard's AI part counts both, with what happens to them and the walkthrough", async () => {
      dashboard = await session.openExtensionPage('dashboard.html#ai', { width: 1200, height: 900 });
      await dashboard.waitForSelector('[data-section="ai"] tr[data-ai="meta-ai-chat"]');
      assert.deepEqual(await dashboard.evaluate(aiCounts), { 'meta-ai-chat': 1, 'open-ai-chats': 0, 'business-ai': 1 });
      const link = await dashboard.evaluate(() => document.querySelector('[data-ai="meta-ai-chat"] a')?.getAttribute('href'));
      assert.equal(link, '#walkthrough=meta-ai-data');

      // Both messages reached Meta as "What you send to AI", the same in the matrix as in the ledger's tallies.
      const cell = await dashboard.evaluate(
        (rows) => document.querySelector(`${rows}[data-category="ai-conversations"] td[data-audience="meta"]`)?.dataset.count,
        MATRIX_ROWS,
      );
      assert.equal(cell, '2');
      const stored = (await session.readDb('tallies'))
        .filter((t) => t.scope === '*' && t.category === 'ai-conversations' && t.audience === 'meta')
        .reduce((sum, t) => sum + t.count, 0);
      assert.equal(stored, 2);

      // The walkthrough link works inside the dashboard too.
      await dashboard.click('[data-ai="meta-ai-chat"] a');
      await dashboard.waitForSelector('[data-walkthrough="meta-ai-data"] button.wt-toggle[aria-expanded="true"]');
    });

    test('the business row says "Uses AI from Meta"; the section counts the one business', async () => {
      const row = await dashboard.evaluate(() => {
        const section = document.querySelector('[data-section="businesses"]');
        const rows = [...section.querySelectorAll('[data-business-key]')];
        return { count: section.dataset.count, rows: rows.length, ai: rows[0]?.dataset.ai, text: rows[0]?.textContent ?? '' };
      });
      assert.equal(row.count, '1');
      assert.equal(row.rows, 1);
      assert.equal(row.ai, 'meta');
      assert.match(row.text, /Uses AI from Meta/);
    });

    test('the business row shows advanced chat privacy as the chat showed it (on)', async () => {
      const acp = await dashboard.evaluate(() => document.querySelector('[data-section="businesses"] [data-business-key]')?.dataset.acp);
      assert.equal(acp, 'on');
      await dashboard.close();
    });

    test('the views made no network request', () => {
      assert.deepEqual(session.extensionRequests(), []);
    });
  });
}
