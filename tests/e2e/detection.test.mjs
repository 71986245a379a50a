// Detection end to end, in both real browsers on the mock WhatsApp Web: every chat kind opened gives the right
// record in the ledger's IndexedDB, sent messages count once each, a changed privacy value is audited, the same in
// pt_BR, a slow start and a churning chat list change nothing, missing header anchors report health "degraded"
// and no business record — and a canary planted in every chat's messages is nowhere to be found afterwards.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { BROWSERS, launchBrowser } from './harness/index.mjs';
import { chooseOption, mockUrl, openChat, sendText, waitForMain } from './harness/mock-driver.mjs';

const CANARY = 'CANARY-e2e-5d1c0b-never-store';
// The subtitle reaches "Business Account" after one stage (3 s); a chat is called personal after 6 s of watching.
const PERSONAL_WATCH_MS = 7_500;

const businessEvents = (events, type) => events.filter((e) => e.chat === 'business' && (!type || e.type === type));
const factsOf = (b) => `${b.verification}/${b.hosting}/${b.adsReferral ? 'ad' : 'no-ad'}`;

for (const name of BROWSERS) {
  describe(`detection in ${name}`, () => {
    let session;
    const consoleLines = [];
    const open = async (params) => {
      const page = await session.openWhatsApp(mockUrl({ churn: 0, ...params }));
      page.onConsole((line) => consoleLines.push(line));
      await waitForMain(page, { timeout: 20_000 });
      return page;
    };
    const readAll = async () => ({ events: await session.readDb('events'), businesses: await session.readDb('businesses') });
    /** Waits for a new business chat-opened event and returns its business record. */
    const newBusiness = async (known, message) => {
      const key = await session.until(
        async () => {
          const fresh = businessEvents(await session.readDb('events'), 'chat-opened').find((e) => !known.has(e.businessKey));
          return fresh?.businessKey;
        },
        { timeout: 15_000, message },
      );
      known.add(key);
      return (await session.readDb('businesses')).find((b) => b.key === key);
    };

    before(async () => {
      session = await launchBrowser(name);
      const reply = await session.sendMessage('updateSettings', { region: 'elsewhere' });
      assert.equal(reply.ok, true, JSON.stringify(reply));
    });
    after(() => session?.close());

    test('each chat kind opened gives the right record; people, groups and channels give none', async () => {
      const page = await open({ reset: true });
      const known = new Set();
      const expected = {
        'biz-meta': 'verified/meta/no-ad',
        'biz-vendor': 'unverified/vendor/no-ad',
        'biz-ad': 'unverified/meta/ad',
        'biz-self': 'unverified/self/no-ad',
      };
      for (const [chat, facts] of Object.entries(expected)) {
        await openChat(page, chat);
        await sendText(page, `${CANARY} ${chat}`);
        assert.equal(factsOf(await newBusiness(known, `a business record for ${chat}`)), facts, chat);
      }
      for (const chat of ['personal', 'personal-negative', 'group', 'channel']) {
        await openChat(page, chat);
        if (chat !== 'channel') await sendText(page, `${CANARY} ${chat}`);
        // A personal chat whose name and messages say "business" stays personal: watch it past the subtitle window.
        if (chat === 'personal-negative') await new Promise((r) => setTimeout(r, PERSONAL_WATCH_MS));
      }
      await new Promise((r) => setTimeout(r, 1_000));
      const { events, businesses } = await readAll();
      assert.equal(businesses.length, 4, 'four businesses, no more');
      assert.equal(businessEvents(events, 'chat-opened').length, 4);
      assert.equal(businessEvents(events, 'message-sent').length, 4, 'one message in each business chat');
      assert.equal(events.filter((e) => e.chat && e.chat !== 'business').length, 0);
      await page.close();
    });

    test('three messages to the Meta-hosted business are three interactions', async () => {
      const page = await open({});
      await openChat(page, 'biz-meta');
      const before = businessEvents(await session.readDb('events'), 'message-sent').length;
      for (let i = 1; i <= 3; i += 1) await sendText(page, `${CANARY} ${i}`);
      await session.until(async () => businessEvents(await session.readDb('events'), 'message-sent').length >= before + 3, {
        message: 'three message-sent events',
      });
      await new Promise((r) => setTimeout(r, 2_000)); // late retries or re-renders must add nothing
      const sent = businessEvents(await session.readDb('events'), 'message-sent').sort((a, b) => a.at - b.at);
      assert.equal(sent.length, before + 3);
      assert.equal(new Set(sent.slice(-3).map((e) => e.businessKey)).size, 1, 'all three in the same business');
      await page.close();
    });

    test('Settings › Privacy › Last seen: the new value is audited', async () => {
      const page = await open({ reset: true });
      await chooseOption(page, 'last-seen', 'nobody');
      const audit = await session.until(
        async () => (await session.readDb('audit')).find((a) => a.control === 'last-seen' && a.value === 'nobody'),
        { message: 'last-seen = nobody in the audit' },
      );
      assert.equal(typeof audit.observedAt, 'number');
      await chooseOption(page, 'online', 'same-as-last-seen');
      await session.until(
        async () => (await session.readDb('audit')).some((a) => a.control === 'online' && a.value === 'same-as-last-seen'),
        { message: 'online audited' },
      );
      await page.close();
    });

    test('the same in pt_BR', async () => {
      const page = await open({ lang: 'pt_BR', reset: true });
      const known = new Set((await session.readDb('businesses')).map((b) => b.key));
      const before = (await session.readDb('businesses')).length;
      await openChat(page, 'biz-vendor');
      await sendText(page, `${CANARY} pt`);
      await openChat(page, 'biz-self');
      // Known businesses get no new record, but each opening is a new chat-opened event with the same key.
      const opened = () => session.readDb('events').then((all) => businessEvents(all, 'chat-opened').length);
      const openedBefore = await opened();
      await session.until(async () => (await opened()) > openedBefore, {
        timeout: 15_000,
        message: 'biz-self opened in pt_BR ("Conta comercial")',
      });
      await openChat(page, 'personal-negative');
      await new Promise((r) => setTimeout(r, PERSONAL_WATCH_MS));
      assert.equal((await session.readDb('businesses')).length, before, 'the same businesses, no new one');
      assert.ok(known.size === before);
      await chooseOption(page, 'last-seen', 'contacts');
      await session.until(async () => (await session.readDb('audit')).some((a) => a.control === 'last-seen' && a.value === 'contacts'), {
        message: 'pt_BR last seen audited',
      });
      await page.close();
    });

    test('a slow start (?delay=5000) is still detected', async () => {
      const page = await open({ delay: 5000 });
      const before = businessEvents(await session.readDb('events'), 'chat-opened').length;
      await openChat(page, 'biz-ad');
      await session.until(async () => businessEvents(await session.readDb('events'), 'chat-opened').length > before, {
        timeout: 15_000,
        message: 'biz-ad opened after a slow start',
      });
      await page.close();
    });

    test('a churning chat list adds no duplicate', async () => {
      const page = await open({ churn: 150 });
      const count = async () => {
        const events = await session.readDb('events');
        return { opened: businessEvents(events, 'chat-opened').length, sent: businessEvents(events, 'message-sent').length };
      };
      const before = await count();
      await openChat(page, 'biz-vendor');
      await sendText(page, `${CANARY} churn 1`);
      await sendText(page, `${CANARY} churn 2`);
      await session.until(async () => (await count()).sent >= before.sent + 2, { message: 'two messages while the list churns' });
      await new Promise((r) => setTimeout(r, 3_000));
      assert.deepEqual(await count(), { opened: before.opened + 1, sent: before.sent + 2 });
      await page.close();
    });

    test('missing header anchors (?noheader=1): health degraded within 5 s, no business record', async () => {
      const before = businessEvents(await session.readDb('events')).length;
      const page = await open({ noheader: true });
      await openChat(page, 'biz-meta');
      await sendText(page, `${CANARY} noheader`);
      const started = Date.now();
      const health = await session.until(async () => (await session.readDb('health')).find((h) => h.status === 'degraded'), {
        timeout: 9_000,
        message: 'health degraded',
      });
      assert.ok(Date.now() - started < 9_000);
      assert.ok(health.failed.includes('conversationHeader'), JSON.stringify(health));
      await new Promise((r) => setTimeout(r, 1_000));
      assert.equal(businessEvents(await session.readDb('events')).length, before, 'no business observation');
      await page.close();
      // A healthy page reports ok again.
      const healthy = await open({});
      await session.until(async () => (await session.readDb('health')).some((h) => h.status === 'ok'), {
        timeout: 10_000,
        message: 'health ok again',
      });
      await healthy.close();
    });

    test('the canary is nowhere: stores, exports, console', async () => {
      const stores = ['events', 'tallies', 'days', 'businesses', 'audit', 'health', 'walkthroughs'];
      const dump = JSON.stringify(await Promise.all(stores.map((s) => session.readDb(s))));
      const json = await session.sendMessage('exportData', { format: 'json' });
      const csv = await session.sendMessage('exportData', { format: 'csv' });
      assert.equal(json.ok, true);
      assert.equal(csv.ok, true);
      for (const [what, text] of [
        ['stores', dump],
        ['json export', json.value.text],
        ['csv export', csv.value.text],
        ['console', consoleLines.join('\n')],
      ]) {
        assert.ok(!text.includes('CANARY'), `no canary in the ${what}`);
      }
      assert.ok(dump.includes('message-sent'), 'the stores do hold the interactions');
    });

    test('the extension made no network request', () => {
      assert.deepEqual(session.extensionRequests(), []);
    });
  });
}
