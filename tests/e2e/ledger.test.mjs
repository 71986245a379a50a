// The ledger end to end, in both real browsers on the mock WhatsApp Web: interactions land in the
// background's IndexedDB with the categories × audiences the rules give them (lib/taxonomy/rules.ts),
// the counters agree with the events, a Chromium service worker stopped while messages are being sent
// loses and duplicates nothing, and two WhatsApp tabs at once keep the counts consistent.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { BROWSERS, launchBrowser } from './harness/index.mjs';
import { mockUrl, openChat, sendAttachment, sendText, waitForMain } from './harness/mock-driver.mjs';

const pairs = (event) => event.exposures.map((e) => `${e.category}>${e.audience}`).sort();
const businessEvents = (events) => events.filter((e) => e.chat === 'business');

/** Waits until `count(events)` reaches `want`, then returns the events. */
async function eventsWhen(session, count, want, message) {
  return session.until(
    async () => {
      const events = await session.readDb('events');
      return count(events) >= want && events;
    },
    { timeout: 20_000, message },
  );
}

/** Every counter must equal what the stored events add up to (no event lost from or doubled in a tally). */
async function assertCountersMatchEvents(session) {
  const [events, days, tallies, businesses] = await Promise.all(['events', 'days', 'tallies', 'businesses'].map((s) => session.readDb(s)));
  const expected = new Map();
  const bump = (key) => expected.set(key, (expected.get(key) ?? 0) + 1);
  for (const e of events) {
    bump(`d|${e.day}|events`);
    if (e.chat === 'business') bump(`d|${e.day}|businessEvents`);
    if (e.businessKey) bump(`b|${e.businessKey}`);
    for (const x of e.exposures) {
      bump(`t|*|${e.day}|${x.category}|${x.audience}`);
      if (e.businessKey) bump(`t|${e.businessKey}|${e.day}|${x.category}|${x.audience}`);
    }
  }
  const actual = new Map();
  for (const d of days) {
    actual.set(`d|${d.day}|events`, d.events);
    if (d.businessEvents) actual.set(`d|${d.day}|businessEvents`, d.businessEvents);
  }
  for (const b of businesses) if (b.interactions) actual.set(`b|${b.key}`, b.interactions);
  for (const t of tallies) actual.set(`t|${t.scope}|${t.day}|${t.category}|${t.audience}`, t.count);
  assert.deepEqual(Object.fromEntries([...actual].sort()), Object.fromEntries([...expected].sort()));
}

for (const name of BROWSERS) {
  describe(`ledger in ${name}`, () => {
    let session;
    before(async () => {
      session = await launchBrowser(name);
      // Pin the region: the rules differ in the European Region and the test machine's time zone varies.
      const reply = await session.sendMessage('updateSettings', { region: 'elsewhere' });
      assert.equal(reply.ok, true, JSON.stringify(reply));
    });
    after(() => session?.close());

    test('business interactions land with the right categories and audiences', async () => {
      const page = await session.openWhatsApp(mockUrl({ reset: true, churn: 0 }));
      await waitForMain(page);

      await openChat(page, 'personal');
      await sendText(page, 'See you at lunch');
      await openChat(page, 'biz-meta');
      await sendText(page, 'Is my flight on time?');
      await sendAttachment(page, 'location');
      await openChat(page, 'biz-vendor');
      await sendAttachment(page, 'contact');

      const events = await eventsWhen(session, (all) => businessEvents(all).length, 5, 'five business events');
      const business = businessEvents(events);
      for (const e of events) {
        assert.match(e.id, /^[A-Za-z0-9_.:-]{1,128}$/);
        assert.equal(typeof e.at, 'number');
        assert.ok(Array.isArray(e.exposures) && e.exposures.length > 0, `${e.type} exposes something`);
      }
      // Chats with people expose nothing we count: no record at all.
      assert.equal(events.filter((e) => e.chat === 'personal').length, 0);
      assert.ok(
        events.some((e) => e.type === 'session'),
        'the session',
      );

      const meta = business.filter((e) => e.exposures.some((x) => x.category === 'message-content' && x.audience === 'meta'));
      const vendor = business.filter((e) => e.exposures.some((x) => x.category === 'message-content' && x.audience === 'vendor'));
      assert.equal(meta.length, 3, 'opened + text + location in the Meta-hosted chat');
      assert.equal(vendor.length, 2, 'opened + contact card in the vendor-hosted chat');
      assert.equal(new Set(meta.map((e) => e.businessKey)).size, 1);
      assert.match(meta[0].businessKey, /^[0-9a-f]{64}$/);
      assert.notEqual(meta[0].businessKey, vendor[0].businessKey);

      const opened = meta.find((e) => e.type === 'chat-opened');
      assert.deepEqual(pairs(opened), [
        'business-interactions>meta',
        'business-interactions>whatsapp',
        'message-content>meta',
        'phone-number>business',
        'profile>business',
      ]);
      assert.ok(pairs(meta.find((e) => e.message === 'location')).includes('location>business'));
      assert.ok(pairs(vendor.find((e) => e.message === 'contact')).includes('contacts>business'));

      // Nothing readable about the chats is at rest: no names, numbers or chat ids.
      const rest = JSON.stringify([events, await session.readDb('businesses'), await session.readDb('tallies')]);
      for (const secret of ['Acme Airlines', 'Rota Shoes', 'Marina', '207475612345678', '5511955550142', 'flight on time']) {
        assert.ok(!rest.includes(secret), `${secret} is not stored`);
      }

      await assertCountersMatchEvents(session);
      const snapshot = await session.sendMessage('getSnapshot', { days: 7 });
      assert.equal(snapshot.ok, true);
      assert.equal(snapshot.value.today, business.length);
      await page.close();
    });

    test('two WhatsApp tabs at once keep the counts consistent', async () => {
      const before = businessEvents(await session.readDb('events')).length;
      const [a, b] = await Promise.all([session.openWhatsApp(mockUrl({ churn: 0 })), session.openWhatsApp(mockUrl({ churn: 0 }))]);
      await Promise.all([waitForMain(a), waitForMain(b)]);
      // One person switching between the two tabs, as only the front tab takes clicks and keys.
      await openChat(a, 'biz-self');
      await openChat(b, 'biz-ad');
      for (let i = 0; i < 3; i += 1) {
        await sendText(a, `a${i}`);
        await sendText(b, `b${i}`);
      }

      const events = await eventsWhen(session, (all) => businessEvents(all).length, before + 8, 'eight more business events');
      assert.equal(businessEvents(events).length, before + 8);
      const ad = businessEvents(events).filter((e) => e.exposures.some((x) => x.category === 'ad-attribution'));
      assert.equal(ad.length, 4, 'the chat from an ad: opened + three messages');
      await assertCountersMatchEvents(session);
      await Promise.all([a.close(), b.close()]);
    });

    if (name === 'chromium') {
      test('a service worker stopped while messages are sent loses and duplicates nothing', async () => {
        const before = businessEvents(await session.readDb('events')).length;
        const page = await session.openWhatsApp(mockUrl({ churn: 0 }));
        await waitForMain(page);
        await openChat(page, 'biz-meta');
        const sent = 8;
        for (let i = 0; i < sent; i += 1) {
          await sendText(page, `message ${i}`);
          if (i % 2 === 0) await session.stopServiceWorker();
        }
        const events = await eventsWhen(
          session,
          (all) => businessEvents(all).length,
          before + 1 + sent,
          'every message after the restarts',
        );
        // Give late retries a moment: they must not add anything.
        await new Promise((r) => setTimeout(r, 2_000));
        assert.equal(businessEvents(await session.readDb('events')).length, businessEvents(events).length);
        assert.equal(businessEvents(events).length, before + 1 + sent);
        await assertCountersMatchEvents(session);
        await page.close();
      });
    }
  });
}
