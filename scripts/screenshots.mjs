// `npm run screenshots`: uses the built Chromium extension (npm run build:both first) and the e2e harness to
// drive the mock WhatsApp Web through a few business chats and a privacy setting, then captures the popup and
// the dashboard in light and dark into docs/screenshots/*.png for the README.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { launchBrowser, ROOT } from '../tests/e2e/harness/index.mjs';
import { chooseOption, mockUrl, openChat, sendText, waitForMain } from '../tests/e2e/harness/mock-driver.mjs';

const OUT = join(ROOT, 'docs', 'screenshots');
mkdirSync(OUT, { recursive: true });

const session = await launchBrowser('chromium');
try {
  // The helper tab first, so WhatsApp Web stays the tab in front while it is driven (see tests/e2e/ui.test.mjs).
  await session.readDb('events');
  const page = await session.openWhatsApp(mockUrl({ reset: true, churn: 0 }));
  await waitForMain(page);
  let seen = 0;
  const logged = async (what) => {
    seen += 1;
    await session.until(async () => (await session.readDb('events')).length > seen, { timeout: 15_000, message: what });
  };
  await openChat(page, 'biz-meta');
  await logged('a business chat');
  await sendText(page, 'Is my order ready?');
  await logged('a message');
  await openChat(page, 'biz-vendor');
  await logged('a second business chat');
  await chooseOption(page, 'last-seen', 'nobody');
  await session.until(async () => (await session.readDb('audit')).length > 0, { timeout: 15_000, message: 'an audited setting' });
  await page.close();

  for (const colorScheme of ['light', 'dark']) {
    const popup = await session.openExtensionPage('popup.html', { width: 360, height: 640, colorScheme });
    await popup.waitForSelector('[data-headline]');
    await popup.screenshot(join(OUT, `popup-${colorScheme}.png`), { fullPage: true });
    await popup.close();

    const dashboard = await session.openExtensionPage('dashboard.html', { width: 1280, height: 900, colorScheme });
    await dashboard.waitForSelector('[data-section="matrix"] tbody tr[data-category]');
    await dashboard.screenshot(join(OUT, `dashboard-${colorScheme}.png`), { fullPage: true });
    await dashboard.close();
  }
  console.log(`screenshots written to ${OUT}`);
} finally {
  await session.close();
}
