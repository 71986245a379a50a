// Walkthroughs end to end, in both real browsers on the mock WhatsApp Web: "Guide me" in the popup starts
// the guide on the page, the highlight follows the user's clicks (nav Settings → Privacy → Last seen →
// Nobody), the changed value marks the walkthrough done; a target WhatsApp no longer shows falls back to
// written steps; loosening the setting afterwards turns "done" into "loosened".
// The guide lives in a closed shadow root: tests read only the state its host exposes
// (data-metadata-ledger="guide", data-walkthrough, data-step, data-state, data-target).
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { BROWSERS, launchBrowser } from './harness/index.mjs';
import { chooseOption, mockUrl, openPrivacy, waitForMain } from './harness/mock-driver.mjs';

const SETTINGS_BUTTON = 'header button[data-navbar-item="true"]:has([data-icon="settings-refreshed"])';

/** The guide host's exposed state, or null without a guide. */
function guideState() {
  const host = document.querySelector('[data-metadata-ledger="guide"]');
  return host ? { ...host.dataset } : null;
}

async function waitGuide(page, expected, what) {
  try {
    await page.waitFor(
      (want) => {
        const host = document.querySelector('[data-metadata-ledger="guide"]');
        return !!host && Object.entries(want).every(([k, v]) => host.dataset[k] === v);
      },
      expected,
      { timeout: 15_000 },
    );
  } catch (error) {
    throw new Error(
      `guide never reached ${what} ${JSON.stringify(expected)}; it shows ${JSON.stringify(await page.evaluate(guideState))}`,
      { cause: error },
    );
  }
}

async function walkthroughStatus(session, id) {
  return (await session.readDb('walkthroughs')).find((w) => w.id === id)?.status;
}

for (const name of BROWSERS) {
  describe(`walkthroughs in ${name}`, () => {
    let session;
    let page;
    before(async () => {
      session = await launchBrowser(name);
      page = await session.openWhatsApp(mockUrl({ reset: true, churn: 0 }));
      await waitForMain(page);
    });
    after(() => session?.close());

    test('"Guide me" on Last seen highlights each click in order and marks it done when set to Nobody', async () => {
      const popup = await session.openExtensionPage('popup.html', { width: 380, height: 600 });
      await popup.click('[data-walkthrough="last-seen"] button');
      await popup.close().catch(() => {}); // the popup may already be gone when WhatsApp took the focus

      await waitGuide(
        page,
        { walkthrough: 'last-seen', step: '0', state: 'highlight', target: 'navSettingsButton' },
        'the Settings button',
      );
      await page.click(SETTINGS_BUTTON);
      await waitGuide(page, { step: '1', target: 'settingsPrivacyItem' }, 'Privacy');
      await page.click('[data-testid="settings-drawer-item-privacy"]');
      await waitGuide(page, { step: '2', target: 'privacyLastSeenItem' }, 'Last seen and online');
      await page.click('[data-testid="last-seen-and-online-privacy-settings-item"]');
      await waitGuide(page, { step: '3', target: 'radioOption' }, 'the Nobody option');

      await chooseOption(page, 'last-seen', 'nobody');
      await waitGuide(page, { state: 'done' }, 'done');
      await session.until(async () => (await walkthroughStatus(session, 'last-seen')) === 'done', {
        message: 'last-seen done in the ledger',
      });
      await session.until(async () => (await session.readStorage(['activeGuide'])).activeGuide == null, {
        message: 'the guide request cleared',
      });

      const dashboard = await session.openExtensionPage('dashboard.html#walkthrough=last-seen');
      await dashboard.waitFor(() => document.querySelector('[data-walkthrough="last-seen"]')?.getAttribute('data-status') === 'done');
      await dashboard.close();
    });

    test('a target missing from the page falls back to the written steps', async () => {
      const reply = await session.sendMessage('openWhatsApp', { walkthroughId: 'protect-ip-calls' });
      assert.equal(reply.ok, true, JSON.stringify(reply));
      await waitGuide(page, { walkthrough: 'protect-ip-calls' }, 'the protect-IP guide');
      // Reach the Privacy drawer, then take the item away as a WhatsApp build without calling would (whatsapp-dom.md §d.5).
      await openPrivacy(page);
      await waitGuide(page, { walkthrough: 'protect-ip-calls', step: '2', target: 'privacyProtectIpItem' }, 'the protect-IP switch');
      await page.evaluate(() => document.querySelector('[data-testid="protect-ip-in-calls-privacy-settings-item"]')?.remove());
      await waitGuide(page, { walkthrough: 'protect-ip-calls', step: '2', state: 'fallback' }, 'the written-steps fallback');
      assert.equal((await page.evaluate(guideState)).target, undefined, 'nothing is highlighted in the fallback');
      assert.notEqual(await walkthroughStatus(session, 'protect-ip-calls'), 'done');
    });

    test('loosening Last seen afterwards makes the walkthrough "changed back"', async () => {
      await chooseOption(page, 'last-seen', 'everyone');
      await session.until(async () => (await walkthroughStatus(session, 'last-seen')) === 'loosened', {
        timeout: 15_000,
        message: 'last-seen loosened in the ledger',
      });
      const popup = await session.openExtensionPage('popup.html', { width: 380, height: 600 });
      await popup.waitFor(() => document.querySelector('[data-walkthrough="last-seen"]')?.getAttribute('data-status') === 'loosened');
      await popup.close();
    });

    test('the guide made no network request', () => {
      assert.deepEqual(session.extensionRequests(), []);
    });
  });
}
