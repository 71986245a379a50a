// Detection of the 2026 AI flows end to end, in both real browsers on the mock WhatsApp Web (its 2026 chats, ?ai=1;
// docs/research/ai-2026.md): two messages to Meta AI are two "What you send to AI" → Meta and no business; a message in
// a group Meta AI was added to reaches Meta; one in a group under Private Processing reaches nobody; one to a business
// that answers with AI from Meta goes to Meta's AI and to the business, whose row says so. Strict account settings
// seen on the Privacy list are recorded. Message text planted in every chat is nowhere to be found afterwards.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { BROWSERS, launchBrowser } from './harness/index.mjs';
import { mockUrl, openChat, openLockedToggle, sendText, waitForMain } from './harness/mock-driver.mjs';

const CANARY = 'CANARY-e2e-ai-3f9d2a-never-store';
// Late retries, re-renders or a second look must add nothing: wait this long before counting "no more".
const QUIET_MS = 2_000;

const delay = (ms) => new Promise((ok) => setTimeout(ok, ms));
const pairs = (event) => event.exposures.map((x) => `${x.category}>${x.audience}`);
const sentIn = (events, chat) => events.filter((e) => e.type === 'message-sent' && e.chat === chat);
/** How often `pair` ("category>audience") went anywhere, over these events. */
const exposed = (events, pair) => events.flatMap(pairs).filter((p) => p === pair).length;
/** The all-time tally of one category × audience (scope '*'), summed over days. */
const tallied = (tallies, category, audience) =>
  tallies.filter((t) => t.scope === '*' && t.category === category && t.audience === audience).reduce((n, t) => n + t.count, 0);

for (const name of BROWSERS) {
  describe(`AI detection in ${name}`, () => {
    let session;
    let page;
    const consoleLines = [];
    const events = () => session.readDb('events');
    /** Waits until `count(events)` reaches `want`; returns the events. */
    const eventsWhen = (count, want, message) =>
      session.until(
        async () => {
          const all = await events();
          return count(all) >= want && all;
        },
        { timeout: 15_000, message },
      );

    before(async () => {
      session = await launchBrowser(name);
      // Pin the region (the AI rules' notes differ by region), and open the helper tab before WhatsApp Web.
      const reply = await session.sendMessage('updateSettings', { region: 'elsewhere' });
      assert.equal(reply.ok, true, JSON.stringify(reply));
      page = await session.openWhatsApp(mockUrl({ ai: true, reset: true, churn: 0 }));
      page.onConsole((line) => consoleLines.push(line));
      await waitForMain(page, { timeout: 20_000 });
    });
    after(() => session?.close());

    test('two messages to Meta AI: "What you send to AI" → Meta twice, and no business', async () => {
      const before = {
        businesses: (await session.readDb('businesses')).length,
        tally: tallied(await session.readDb('tallies'), 'ai-conversations', 'meta'),
      };
      await openChat(page, 'meta-ai');
      await sendText(page, `${CANARY} meta-ai 1`);
      await sendText(page, `${CANARY} meta-ai 2`);
      await eventsWhen((all) => sentIn(all, 'meta-ai').length, 2, 'two messages to Meta AI in the ledger');
      await delay(QUIET_MS);
      const all = await events();
      const sent = sentIn(all, 'meta-ai');
      assert.equal(sent.length, 2, 'two messages, each once');
      assert.equal(exposed(sent, 'ai-conversations>meta'), 2);
      assert.equal(tallied(await session.readDb('tallies'), 'ai-conversations', 'meta') - before.tally, 2);
      for (const e of sent) {
        assert.equal(e.message, 'text');
        assert.equal(e.businessKey, undefined, 'the Meta AI chat is never a business');
        assert.ok(!pairs(e).some((p) => p.endsWith('>business')), pairs(e).join());
      }
      assert.equal(all.filter((e) => e.chat === 'business').length, 0);
      assert.equal((await session.readDb('businesses')).length, before.businesses, 'no business recorded');
    });

    test('one message in the group Meta AI was added to: its content reaches Meta', async () => {
      const known = new Set((await events()).map((e) => e.id));
      const fresh = (all) => sentIn(all, 'group').filter((e) => !known.has(e.id));
      await openChat(page, 'group-ai');
      await sendText(page, `${CANARY} group-ai`);
      await eventsWhen((all) => fresh(all).length, 1, 'the message in the open AI group');
      await delay(QUIET_MS);
      const sent = fresh(await events());
      assert.equal(sent.length, 1, 'one message, once');
      assert.equal(sent[0].metaAi, 'open');
      assert.ok(pairs(sent[0]).includes('message-content>meta'), pairs(sent[0]).join());
      assert.equal(sent[0].businessKey, undefined);
    });

    test('one message in the group under Private Processing: nothing reaches Meta', async () => {
      const known = new Set((await events()).map((e) => e.id));
      const fresh = (all) => all.filter((e) => !known.has(e.id));
      await openChat(page, 'group-ai-private');
      await sendText(page, `${CANARY} group-ai-private`);
      // A message in the open AI group after it: once that one is in, the Private Processing one was judged too
      // (observations go through one queue, in order).
      await openChat(page, 'group-ai');
      await sendText(page, `${CANARY} group-ai after`);
      await eventsWhen((all) => sentIn(fresh(all), 'group').length, 1, 'the later message in the open AI group');
      await delay(QUIET_MS);
      const toMeta = fresh(await events()).filter((e) => pairs(e).some((p) => p.endsWith('>meta')));
      assert.deepEqual(
        toMeta.map((e) => e.metaAi),
        ['open'],
        'only the open group’s message reached Meta: the Private Processing one exposed nothing to it',
      );
    });

    test('one message to a business answering with AI from Meta: Meta’s AI and the business; its row says so', async () => {
      const known = new Set((await events()).map((e) => e.id));
      const businesses = new Set((await session.readDb('businesses')).map((b) => b.key));
      const fresh = (all) => sentIn(all, 'business').filter((e) => !known.has(e.id));
      await openChat(page, 'biz-ai-meta');
      await sendText(page, `${CANARY} biz-ai-meta`);
      await eventsWhen((all) => fresh(all).length, 1, 'the message to the business');
      await delay(QUIET_MS);
      const sent = fresh(await events());
      assert.equal(sent.length, 1, 'one message, once');
      const exposures = pairs(sent[0]);
      assert.ok(exposures.includes('ai-conversations>meta'), exposures.join());
      assert.ok(exposures.includes('phone-number>business'), exposures.join());
      assert.ok(!exposures.includes('message-content>meta'), 'self-hosted: Meta hosts nothing, its AI gets the messages');
      assert.equal(sent[0].metaAi, undefined);
      const business = (await session.readDb('businesses')).find((b) => b.key === sent[0].businessKey);
      assert.ok(business && !businesses.has(business.key), 'a new business row');
      assert.equal(business.ai, 'meta');
      assert.equal(business.hosting, 'self', 'the AI is independent of who hosts the chat');
      assert.equal(business.verification, 'unverified');
      assert.equal(business.advancedChatPrivacy, 'on');
    });

    test('strict account settings seen on the Privacy list are recorded', async () => {
      const strict = await session.openWhatsApp(mockUrl({ strict: true, reset: true, churn: 0 }));
      await waitForMain(strict, { timeout: 20_000 });
      await openLockedToggle(strict);
      const lock = await session.until(async () => (await session.readDb('account')).find((r) => r.strict === true), {
        message: 'strict account settings in the ledger',
      });
      assert.equal(typeof lock.observedAt, 'number');
      await strict.close();
    });

    test('the canary is nowhere: stores, exports, console', async () => {
      await page.close();
      const stores = ['events', 'tallies', 'days', 'businesses', 'audit', 'account', 'health', 'walkthroughs'];
      const dump = JSON.stringify(await Promise.all(stores.map((s) => session.readDb(s))));
      const json = await session.sendMessage('exportData', { format: 'json' });
      assert.equal(json.ok, true);
      for (const [what, text] of [
        ['stores', dump],
        ['json export', json.value.text],
        ['console', consoleLines.join('\n')],
      ]) {
        assert.ok(!text.includes('CANARY'), `no canary in the ${what}`);
        assert.ok(!/@(c\.us|g\.us|lid|bot)\b/.test(text), `no chat id in the ${what}`);
      }
      assert.ok(dump.includes('ai-conversations'), 'the stores do hold the AI messages');
    });

    test('the extension made no network request', () => {
      assert.deepEqual(session.extensionRequests(), []);
    });
  });
}
