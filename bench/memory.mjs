// What an extension keeps after many chat switches: the page's heap (after garbage collection), its JS event
// listeners (CDP Memory.getDOMCounters) and, for builds of ours, the MutationObservers alive in the content script's world
// (CDP Runtime.queryObjects on that world's MutationObserver.prototype), after 10 switches and after 1,000, with
// the chat list churning throughout. The heap is the whole page's: its growth is compared with no extension's.
import { mockUrl, waitForMain } from '../tests/e2e/harness/mock-driver.mjs';
import { wrapPlaywrightPage } from '../tests/e2e/harness/page.mjs';
import { attachCdp, launchSide, settledHeap } from './browser.mjs';
import { CHURN_MS } from './session.mjs';

export const FEW_SWITCHES = 10;
export const MANY_SWITCHES = 1000;
/** Longer than any window detection keeps a chat in mind (the 6 s business-subtitle watch). */
const QUIET_MS = 7000;

/** Opens `count` chats one after the other by clicking their rows, each given two frames to be seen. */
function switchChats(count) {
  const names = window.__mock.chats().map((chat) => chat.name);
  const frame = () => new Promise((ok) => requestAnimationFrame(() => ok()));
  return (async () => {
    for (let i = 0; i < count; i += 1) {
      const name = names[(window.__benchSwitches = (window.__benchSwitches ?? 0) + 1) % names.length];
      const title = [...document.querySelectorAll('#pane-side [role="row"] span[title]')].find((span) => span.title === name);
      title?.click();
      await frame();
      await frame();
    }
  })();
}

/** MutationObservers alive in an execution context (the extension's isolated world), or null without one. */
async function observersIn(cdp, contextId) {
  if (contextId === null) return null;
  const { result } = await cdp.send('Runtime.evaluate', { expression: 'MutationObserver.prototype', contextId });
  const { objects } = await cdp.send('Runtime.queryObjects', { prototypeObjectId: result.objectId });
  const { result: count } = await cdp.send('Runtime.callFunctionOn', {
    objectId: objects.objectId,
    functionDeclaration: 'function () { return this.length; }',
    returnByValue: true,
  });
  await cdp.send('Runtime.releaseObjectGroup', { objectGroup: 'console' }).catch(() => undefined);
  return count.value;
}

/** One side: heap, listeners and observers after FEW_SWITCHES and after MANY_SWITCHES. */
export async function memorySession(side, mockPort, { signal } = {}) {
  const browser = await launchSide(side, mockPort);
  signal?.addEventListener('abort', () => void browser.close(), { once: true }); // a hung session ends with its browser
  try {
    const raw = await browser.context.newPage();
    const { cdp, extensionWorld } = await attachCdp(browser.context, raw);
    await cdp.send('Memory.enable').catch(() => undefined);
    await raw.goto(`https://web.whatsapp.com/${mockUrl({ reset: 1, churn: CHURN_MS })}`);
    await waitForMain(wrapPlaywrightPage(raw));
    const read = async () => {
      await new Promise((ok) => setTimeout(ok, QUIET_MS));
      const heap = await settledHeap(cdp);
      const counters = await cdp.send('Memory.getDOMCounters');
      // Ours only: Runtime.queryObjects in some other extensions' worlds has crashed the renderer.
      const world = side.self ? extensionWorld(browser.extensionId) : null;
      return { heap, listeners: counters.jsEventListeners, nodes: counters.nodes, observers: await observersIn(cdp, world) };
    };
    await raw.evaluate(switchChats, FEW_SWITCHES);
    const few = await read();
    await raw.evaluate(switchChats, MANY_SWITCHES - FEW_SWITCHES);
    const many = await read();
    return { few, many };
  } finally {
    await browser.close();
  }
}
