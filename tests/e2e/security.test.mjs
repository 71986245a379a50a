// Issue 12's trust breaks, in both real browsers on the mock WhatsApp Web: what a page or a content script could
// steer, and what the browser itself must forbid.
// item 5  extension storage is closed to the content script (Chromium, where the browser can close it); in both browsers,
//     values planted in storage (what a Firefox content script could write) change nothing that matters.
// item 6  a damaged salt is never used, and the salt then stays put: a business keeps its key.
// item 7  damaged settings are repaired: the notice, health and logging keep working.
// item 8  a business name full of bidi controls and invisible characters is stored without them.
// item 9  the page sees nothing of the guide but a plain host.
// item 10 the extension pages' policy forbids remote connections and images: a fetch elsewhere is refused by the browser,
//     never attempted.
// item 12 an observation reaches the ledger even when its tab closes right after it.
import { createHash } from 'node:crypto';
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { BROWSERS, launchBrowser } from './harness/index.mjs';
import { MOCK_CHATS, mockUrl, openChat, sendText, waitForMain } from './harness/mock-driver.mjs';

const sha256 = (text) => createHash('sha256').update(text).digest('hex');
const jidOf = (id) => MOCK_CHATS.find((c) => c.id === id).jid;
const KEY = /^[0-9a-f]{64}$/;
/** Every character a hostile page could use to disguise a name (tests/unit/label.test.ts lists them by name). */
const DISGUISES =
  '\u061c\u200b\u200c\u200d\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2060\u2066\u2067\u2068\u2069\ufeff\u00ad\u180e\u3164';
const PROBE_HOST = 'csp-probe.example';

/** Runs in an extension page: tries a remote fetch and a remote image, and records what the policy reported. */
async function tryRemote(host) {
  const violations = [];
  document.addEventListener('securitypolicyviolation', (e) =>
    violations.push({ directive: e.effectiveDirective || e.violatedDirective, blocked: e.blockedURI }),
  );
  let fetched;
  try {
    await fetch(`https://${host}/probe.json`, { cache: 'no-store' });
    fetched = 'fetched';
  } catch (error) {
    fetched = `refused: ${error.name}`;
  }
  const image = await new Promise((resolve) => {
    const img = new Image();
    img.onload = () => resolve('loaded');
    img.onerror = () => resolve('refused');
    img.src = `https://${host}/probe.png`;
  });
  // Violation reports are queued as tasks: give them a moment.
  await new Promise((resolve) => setTimeout(resolve, 300));
  return { fetched, image, violations };
}

/** Elements the extension added to the page body (the mock's body holds only #app), as the page sees them. */
function addedToBody() {
  return [...document.body.children]
    .filter((el) => el.id !== 'app')
    .map((el) => ({ tag: el.localName, attributes: el.getAttributeNames() }));
}

/** Every attribute anywhere in the page that would say what the user does in the guide. */
function guideAttributesInPage() {
  const names = ['data-walkthrough', 'data-step', 'data-state', 'data-target', 'data-metadata-ledger'];
  return [...document.querySelectorAll('*')].flatMap((el) =>
    el
      .getAttributeNames()
      .filter((n) => names.includes(n))
      .map((n) => `${el.localName}[${n}]`),
  );
}

for (const name of BROWSERS) {
  describe(`security in ${name}`, () => {
    let session;
    before(async () => {
      session = await launchBrowser(name);
    });
    after(() => session?.close());

    /** Business events in the ledger for one chat's key (any key when `key` is omitted). */
    const businessEvents = async (key) => (await session.readDb('events')).filter((e) => e.businessKey && (!key || e.businessKey === key));

    test('item 10: the manifest carries the extension-page policy', async () => {
      const page = await session.openExtensionPage('dashboard.html#e2e');
      const csp = await page.evaluate(() => (globalThis.browser ?? globalThis.chrome).runtime.getManifest().content_security_policy);
      const policy = typeof csp === 'string' ? csp : csp?.extension_pages;
      assert.ok(policy, JSON.stringify(csp));
      assert.match(policy, /connect-src 'self'(;|$)/);
      assert.match(policy, /object-src 'none'/);
      assert.doesNotMatch(policy, /https?:|wss?:|\*/, 'no remote source anywhere');
      await page.close();
    });

    test('item 10: a fetch or an image from another origin is refused by policy, never attempted', async () => {
      const page = await session.openExtensionPage('dashboard.html#e2e');
      const { fetched, image, violations } = await page.evaluate(tryRemote, PROBE_HOST);
      assert.match(fetched, /^refused/);
      assert.equal(image, 'refused');
      const directives = violations.map((v) => v.directive);
      assert.ok(directives.includes('connect-src'), `a connect-src violation: ${JSON.stringify(violations)}`);
      assert.ok(directives.includes('img-src'), `an img-src violation: ${JSON.stringify(violations)}`);
      // The browser refused before any request: without the policy, the probe host would be among the requests
      // (Chromium records every request of the context; Firefox's proxy every host it was asked for).
      assert.deepEqual(
        session.extensionRequests().filter((r) => r.includes(PROBE_HOST)),
        [],
      );
      await page.close();
    });

    test('items 5, 6, 7: values planted in extension storage change nothing that matters', async () => {
      // What a content script could write where storage stays open to it (Firefox): a known salt, broken settings,
      // a phone-only walkthrough as the guide. Planted before WhatsApp Web is first opened.
      const plant = await session.openExtensionPage('dashboard.html#e2e');
      await plant.evaluate(() =>
        (globalThis.browser ?? globalThis.chrome).storage.local.set({
          salt: 'corrupt',
          settings: {
            dismissedNotices: 5,
            ignoredBusinesses: 'all',
            inPageNotices: true,
            labels: 'yes',
            region: 'elsewhere',
            regionChosen: true,
          },
          activeGuide: { walkthroughId: 'two-step-verification', startedAt: Date.now() },
        }),
      );
      await plant.close();

      const page = await session.openWhatsApp(mockUrl({ reset: true, churn: 0 }));
      await waitForMain(page);
      await openChat(page, 'biz-meta');
      const [event] = await session.until(
        async () => {
          const events = await businessEvents();
          return events.length > 0 && events;
        },
        { timeout: 20_000, message: 'a business event' },
      );
      const key = event.businessKey;
      assert.match(key, KEY);
      assert.notEqual(key, sha256(`corrupt${jidOf('biz-meta')}`), 'the damaged salt was not used');

      // item 7: the notice and health work despite dismissedNotices = 5.
      await page.waitFor(() => [...document.body.children].some((el) => el.id !== 'app'), undefined, { timeout: 10_000 });
      const snapshot = await session.sendMessage('getSnapshot', { days: 7 });
      assert.equal(snapshot.ok, true, JSON.stringify(snapshot));
      assert.equal(snapshot.value.health.status, 'ok');
      assert.deepEqual(snapshot.value.settings.dismissedNotices, []);
      // item 6: the damaged salt was replaced, health says so, and the salt left extension storage for its own database.
      assert.equal(typeof snapshot.value.health.ledger?.keysReplacedAt, 'number', JSON.stringify(snapshot.value.health));
      assert.equal((await session.readStorage(['salt'])).salt, undefined);

      // item 6: planting again later (a valid-looking known salt this time) changes no key: the business stays linkable.
      const again = await session.openExtensionPage('dashboard.html#e2e');
      await again.evaluate(() => (globalThis.browser ?? globalThis.chrome).storage.local.set({ salt: '0'.repeat(64) }));
      await again.close();
      await page.reload();
      await waitForMain(page);
      const before = (await businessEvents(key)).length;
      await openChat(page, 'biz-meta');
      await session.until(async () => (await businessEvents(key)).length > before, { timeout: 20_000, message: 'the same key again' });
      assert.deepEqual([...new Set((await businessEvents()).map((e) => e.businessKey))], [key]);
      await page.close();
    });

    test('item 8: a business name full of bidi controls and invisible characters is stored without them', async () => {
      assert.equal((await session.sendMessage('updateSettings', { labels: true })).ok, true);
      const known = new Set((await businessEvents()).map((e) => e.businessKey));
      const page = await session.openWhatsApp(mockUrl({ churn: 0 }));
      await waitForMain(page);
      await openChat(page, 'biz-vendor');
      const key = await session.until(async () => (await businessEvents()).find((e) => !known.has(e.businessKey))?.businessKey, {
        timeout: 20_000,
        message: 'the vendor chat',
      });
      // The page re-creates #main with a hostile name: reversed by an override, split by invisible characters.
      const hostile = `Rota\u200b Shoes \u202ekcab yenom\u202c\u2066\u2069${DISGUISES}`;
      await page.evaluate((title) => {
        const main = document.querySelector('#main');
        const clone = main.cloneNode(true);
        const name =
          clone.querySelector('[data-testid="conversation-info-header-chat-title"]') ?? clone.querySelector('header span[title]');
        name.setAttribute('title', title);
        name.textContent = title;
        main.replaceWith(clone);
      }, hostile);
      const label = await session.until(
        async () => (await session.readDb('businesses')).find((b) => b.key === key && b.label && b.label !== 'Rota Shoes')?.label,
        { timeout: 20_000, message: 'the new label' },
      );
      for (const char of DISGUISES) assert.ok(!label.includes(char), `U+${char.codePointAt(0).toString(16)} is gone`);
      assert.equal(label, 'Rota Shoes kcab yenom');
      assert.equal((await session.sendMessage('updateSettings', { labels: false })).ok, true);
      await page.close();
    });

    test('item 9: the page sees nothing of the guide but a plain host', async () => {
      const page = await session.openWhatsApp(mockUrl({ churn: 0 }));
      await waitForMain(page);
      assert.deepEqual(await page.evaluate(addedToBody), [], 'nothing before the guide');
      assert.equal((await session.sendMessage('openWhatsApp', { walkthroughId: 'last-seen' })).ok, true);
      await session.until(async () => (await session.readStorage(['activeGuide'])).activeGuide?.position?.step === 0, {
        timeout: 15_000,
        message: 'the guide on its first step',
      });
      assert.deepEqual(await page.evaluate(addedToBody), [{ tag: 'div', attributes: ['dir'] }]);
      assert.deepEqual(await page.evaluate(guideAttributesInPage), []);
      // Nothing of ours is reachable from the page: the host's shadow root is closed.
      assert.equal(await page.evaluate(() => [...document.body.children].find((el) => el.id !== 'app')?.shadowRoot ?? null), null);
      await page.close();
    });

    if (name === 'chromium') {
      test('item 5: the content script can neither read nor write extension storage, and still gets its state by message', async () => {
        const page = await session.openWhatsApp(mockUrl({ churn: 0 }));
        await waitForMain(page);
        const cdp = await page.raw.context().newCDPSession(page.raw);
        const contexts = [];
        cdp.on('Runtime.executionContextCreated', ({ context }) => contexts.push(context));
        await cdp.send('Runtime.enable');
        const world = await session.until(
          async () =>
            contexts.find(
              (c) => c.auxData?.type === 'isolated' && (c.origin?.startsWith(session.extensionOrigin) || c.name === 'Metadata Ledger'),
            ),
          { message: "the content script's isolated world" },
        );
        const { result } = await cdp.send('Runtime.evaluate', {
          contextId: world.id,
          awaitPromise: true,
          returnByValue: true,
          expression: `(async () => {
            const out = {};
            try { await chrome.storage.local.get(null); out.read = 'allowed'; } catch (e) { out.read = 'refused: ' + e.message; }
            try { await chrome.storage.local.set({ settings: { labels: true } }); out.write = 'allowed'; } catch (e) { out.write = 'refused: ' + e.message; }
            try { const reply = await chrome.runtime.sendMessage({ type: 'hello', payload: {} }); out.hello = !!(reply && reply.ok && /^[0-9a-f]{64}$/.test(reply.value.salt)); }
            catch (e) { out.hello = 'failed: ' + e.message; }
            return out;
          })()`,
        });
        assert.match(result.value.read, /^refused/, JSON.stringify(result.value));
        assert.match(result.value.write, /^refused/, JSON.stringify(result.value));
        assert.equal(result.value.hello, true);
        assert.notEqual((await session.readStorage(['settings'])).settings?.labels, true);
        await cdp.detach();
        await page.close();
      });

      test('item 12: an observation reaches the ledger though its tab closes right after, with the worker just stopped', async () => {
        const page = await session.openWhatsApp(mockUrl({ churn: 0 }));
        await waitForMain(page);
        await openChat(page, 'biz-ad');
        const key = await session.until(
          async () =>
            (await businessEvents()).find((e) => e.chat === 'business' && e.exposures.some((x) => x.category === 'ad-attribution'))
              ?.businessKey,
          {
            timeout: 20_000,
            message: 'the ad chat',
          },
        );
        const sent = async () => (await businessEvents(key)).filter((e) => e.type === 'message-sent').length;
        const before = await sent();
        await session.stopServiceWorker();
        await sendText(page, 'last words');
        await new Promise((resolve) => setTimeout(resolve, 500)); // long enough to see the row, far short of a retry
        await page.close();
        await session.until(async () => (await sent()) === before + 1, {
          timeout: 15_000,
          message: 'the message sent just before the tab closed',
        });
      });
    }

    test('no request left the browser', () => {
      assert.deepEqual(
        session.extensionRequests().filter((r) => !r.includes(PROBE_HOST)),
        [],
      );
    });
  });
}
