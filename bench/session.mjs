// The heavy scripted session on the mock, identical for every side: start-up, 14 chat opens with 60 messages
// sent in them, Settings › Privacy, then (once the last chat's header has settled) the chat list churning on its own. The list is re-created every 500 ms
// and a message arrives in a chat that is not open every 1.5 s throughout. Each phase is a window of the page's
// monotonic clock, so the page's script time (CDP Performance metrics) and the extension's CPU samples (CDP
// Profiler) are split by phase; with our extension, the service worker also notes when each observation arrives.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from '../tests/e2e/harness/index.mjs';
import { mockUrl, openChat, openPrivacy, sendText, waitForMain } from '../tests/e2e/harness/mock-driver.mjs';
import { wrapPlaywrightPage } from '../tests/e2e/harness/page.mjs';
import { attachCdp, launchSide, settledHeap } from './browser.mjs';
import { extensionMs, indexProfile } from './profile.mjs';

/** [chat, messages sent there]: 14 opens, 60 messages; the channel has no compose box. */
export const HEAVY_SESSION = [
  ['biz-meta', 5],
  ['personal', 5],
  ['biz-vendor', 5],
  ['group', 5],
  ['biz-self', 5],
  ['biz-ad', 5],
  ['personal-negative', 4],
  ['channel', 0],
  ['biz-meta', 5],
  ['personal', 5],
  ['biz-vendor', 4],
  ['group', 4],
  ['biz-ad', 4],
  ['biz-self', 4],
];
export const CHURN_MS = 500;
export const INCOMING_MS = 1500;
/** Time in a chat before its messages are typed: past the settle window, as a person reading the chat. */
const DWELL_MS = 800;
/** The mock's header subtitle stages after a chat opens: three of 3 s (tests/mock/README.md, ?subtitle). */
const SUBTITLE_STAGES_MS = 3 * 3000;
/** Chats only their subtitle's "Business Account" stage shows to be a business: when that stage renders. */
const DECIDED_BY_SUBTITLE_MS = { 'biz-self': 3000 };
/** Start-up: from navigation until the main screen has shown for this long. */
const STARTUP_SETTLE_MS = 1500;

/** The settle window detection waits after a chat opens (lib/content/chat-tracker.ts), read from the source. */
export function chatSettleMs() {
  const source = readFileSync(join(ROOT, 'lib/content/chat-tracker.ts'), 'utf8');
  return Number(/CHAT_SETTLE_MS = (\d[\d_]*)/.exec(source)?.[1].replace(/_/g, '') ?? 400);
}

/**
 * Page-side marks (main world, the same on every side): when a chat row was clicked, when Enter sent a row. Times are
 * Date.now() everywhere (page, content script, worker): each context's performance.timeOrigin may sit apart from the
 * others' by more than the latencies measured.
 */
function installMarks() {
  const now = () => Date.now();
  window.__benchMarks = { opens: [], sends: [] };
  // Where the click landed is read before the mock's handler (which re-creates the rows), the time after it: by
  // then it has rendered the chat (or, for Enter, appended the row) synchronously.
  let onRow = false;
  window.addEventListener('click', (event) => (onRow = event.target instanceof Element && !!event.target.closest('#pane-side')), true);
  window.addEventListener('click', () => {
    if (onRow) window.__benchMarks.opens.push({ t: now(), chat: window.__mock.activeChat() });
    onRow = false;
  });
  window.addEventListener('keydown', (event) => {
    if (event.key !== 'Enter' || !(event.target instanceof Element) || !event.target.closest('footer')) return;
    const rows = document.querySelector('#main')?.querySelectorAll('[data-id^="true_"]');
    window.__benchMarks.sends.push({ t: now(), chat: window.__mock.activeChat(), key: rows?.[rows.length - 1]?.getAttribute('data-id') });
  });
}

/** A message arrives every `ms` in the next chat (round robin) that is not the open one. */
function startIncoming(ms) {
  const ids = window.__mock.chats().map((chat) => chat.id);
  let next = 0;
  window.__benchIncoming = setInterval(() => {
    for (let tries = 0; tries < ids.length; tries += 1) {
      const id = ids[next++ % ids.length];
      if (id === window.__mock.activeChat()) continue;
      window.__mock.receive(id, 'bench incoming');
      return;
    }
  }, ms);
}

/** In the extension's service worker: note when each observation arrives (a listener beside the real one). */
function recordObservations() {
  self.__benchObservations = [];
  chrome.runtime.onMessage.addListener((message) => {
    if (message?.type !== 'observe') return;
    const arrived = Date.now();
    for (const o of message.payload?.observations ?? []) self.__benchObservations.push({ arrived, type: o.type, at: o.at, chat: o.chat });
  });
}

const sleep = (ms) => new Promise((ok) => setTimeout(ok, ms));

/**
 * Runs the session for one side. Returns per-phase page script/task time and extension CPU time (ms), the
 * final JS heap, the marks and observation arrivals (ours), and the indexed profile.
 */
export async function heavySession(side, mockPort, { churnSeconds, samplingUs, signal }) {
  const browser = await launchSide(side, mockPort);
  signal?.addEventListener('abort', () => void browser.close(), { once: true }); // a hung session ends with its browser
  try {
    if (side.self) await browser.serviceWorker.evaluate(recordObservations);
    const raw = await browser.context.newPage();
    // Same-site first page, so the renderer (and the profiler started in it) carries over to the mock.
    await raw.goto('https://web.whatsapp.com/bench-blank');
    const { cdp, metrics } = await attachCdp(browser.context, raw);
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: samplingUs });
    await cdp.send('Profiler.start');
    const boundaries = [];
    const mark = async (phase) => boundaries.push({ phase, ...(await metrics()) });

    await mark('begin');
    await raw.goto(`https://web.whatsapp.com/${mockUrl({ reset: 1, churn: CHURN_MS })}`);
    const page = wrapPlaywrightPage(raw);
    await waitForMain(page);
    await sleep(STARTUP_SETTLE_MS);
    await mark('startup');

    await raw.evaluate(installMarks);
    await raw.evaluate(startIncoming, INCOMING_MS);
    let lastOpen = 0;
    for (const [chat, messages] of HEAVY_SESSION) {
      const opened = (lastOpen = Date.now());
      await openChat(page, chat);
      await sleep(Math.max(0, opened + DWELL_MS - Date.now()));
      await mark('chat-open');
      for (let i = 0; i < messages; i += 1) await sendText(page, `m${i}`);
      if (messages > 0) await mark('messages');
    }
    await openPrivacy(page);
    await sleep(300);
    await mark('settings');
    // The open chat's header subtitle walks through its stages for a few seconds (the mock's ?subtitle): let it end,
    // so the churn phase has nothing but the list churning and messages arriving in other chats.
    await sleep(Math.max(0, lastOpen + SUBTITLE_STAGES_MS - Date.now()));
    await mark('quiet');
    await sleep(churnSeconds * 1000);
    await mark('churn');

    const { profile } = await cdp.send('Profiler.stop');
    const indexed = indexProfile(profile, samplingUs);
    const phases = {};
    for (let i = 1; i < boundaries.length; i += 1) {
      const [from, to] = [boundaries[i - 1], boundaries[i]];
      const phase = (phases[to.phase] ??= { script: 0, task: 0, extension: 0, count: 0 });
      phase.script += (to.ScriptDuration - from.ScriptDuration) * 1000;
      phase.task += (to.TaskDuration - from.TaskDuration) * 1000;
      phase.extension += extensionMs(indexed, from.Timestamp, to.Timestamp);
      phase.count += 1;
    }
    const [first, last] = [boundaries[0], boundaries.at(-1)];
    const heap = await settledHeap(cdp);
    const total = {
      script: (last.ScriptDuration - first.ScriptDuration) * 1000,
      task: (last.TaskDuration - first.TaskDuration) * 1000,
      extension: extensionMs(indexed, first.Timestamp, last.Timestamp),
    };
    const marks = await raw.evaluate(() => window.__benchMarks);
    const arrivals = side.self ? await browser.serviceWorker.evaluate(() => self.__benchObservations).catch(() => null) : null;
    const windows = {};
    for (let i = 1; i < boundaries.length; i += 1)
      (windows[boundaries[i].phase] ??= []).push([boundaries[i - 1].Timestamp, boundaries[i].Timestamp]);
    return { total, phases, windows, heap, marks, arrivals, indexed };
  } finally {
    await browser.close();
  }
}

/**
 * Detection latency from one session of ours, in ms. Chat: header render (the row click, which renders #main
 * synchronously, or the subtitle stage that shows a business) → chat-opened arriving in the worker, less the settle
 * window, for chats decided while open (a personal chat waits seconds for the business subtitle and is judged when
 * left); an observation is matched by its `at`, the moment detection first saw the chat. Message: the row rendered
 * (Enter) → its message-sent arriving, for chats already reported (past their settle window), matched by `at`, when
 * detection saw the row (in the same chat).
 */
export function latencies({ marks, arrivals }, settleMs) {
  if (!marks || !arrivals) return { chat: [], message: [] };
  // A click retried on a re-created row marks the same open twice: keep the first.
  const opens = marks.opens.filter((open, i) => open.chat !== marks.opens[i - 1]?.chat);
  const opened = arrivals.filter((a) => a.type === 'chat-opened');
  const sent = arrivals.filter((a) => a.type === 'message-sent');
  const chat = [];
  const reportedAt = new Map(); // open index → when its chat-opened arrived
  opens.forEach((open, i) => {
    const until = opens[i + 1]?.t ?? Infinity;
    const hit = opened.find((a) => a.at >= open.t && a.at < open.t + 1000);
    if (!hit) return;
    reportedAt.set(i, hit.arrived);
    // The header render that decides: the click's, or for a business shown only by its subtitle, that stage's.
    if (hit.arrived < until) chat.push(hit.arrived - open.t - (DECIDED_BY_SUBTITLE_MS[open.chat] ?? settleMs));
  });
  const message = [];
  const used = new Set();
  for (const send of marks.sends) {
    const openIndex = opens.findLastIndex((open) => open.t <= send.t);
    const reported = reportedAt.get(openIndex);
    if (reported === undefined || reported > send.t) continue;
    // Seen while this chat was open (a group's messages count nothing: the next chat's must not stand in for them).
    const until = opens[openIndex + 1]?.t ?? Infinity;
    const hit = sent.filter((a) => !used.has(a) && a.at >= send.t && a.at < until).sort((a, b) => a.at - b.at)[0];
    if (!hit) continue;
    used.add(hit);
    message.push(hit.arrived - send.t);
  }
  return { chat, message };
}
