// Issue 12 item 5: extension storage closed to content scripts where the browser can (Chrome), and content scripts told
// to ask `hello` again whenever the salt, the settings or the guided walkthrough change (both browsers).
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { notifyWhatsAppTabs, startContentAccess } from '@/lib/background/content-access';
import { STATE_CHANGED } from '@/lib/protocol/contract';
import { closeStorageToContentScripts } from '@/lib/storage/access';
import { activeGuideItem } from '@/lib/storage/active-guide';
import { updateSettings } from '@/lib/storage/preferences';
import { getSalt, resetSalt } from '@/lib/storage/salt';
import { freshLedger } from './ledger-fixtures';

type Area = typeof fakeBrowser.storage.local & { setAccessLevel?: (options: { accessLevel: string }) => Promise<void> };
const local = fakeBrowser.storage.local as Area;

let sent: Array<[number, unknown]>;
beforeEach(async () => {
  await freshLedger();
  sent = [];
  await fakeBrowser.tabs.create({ url: 'https://web.whatsapp.com/' });
  await fakeBrowser.tabs.create({ url: 'https://example.org/' });
  await fakeBrowser.tabs.create({ url: 'https://web.whatsapp.com.evil.example/' });
  await fakeBrowser.tabs.create({ url: 'https://web.whatsapp.com/send?phone=1' });
  // The fake ignores match patterns; a real browser returns only the tabs matching the pattern (and may add others
  // whose URL it cannot show us, which the check on the URL leaves out).
  const queryAll = fakeBrowser.tabs.query.bind(fakeBrowser.tabs);
  vi.spyOn(fakeBrowser.tabs, 'query').mockImplementation(async () => [...(await queryAll({})), { id: 99, index: 9 } as never]);
  vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockImplementation((async (tabId: number, message: unknown) => {
    sent.push([tabId, message]);
    if (tabId === 4) throw new Error('Could not establish connection. Receiving end does not exist.'); // still loading
  }) as never);
});
afterEach(() => {
  vi.restoreAllMocks();
  delete local.setAccessLevel;
});

const whatsAppTabs = async () =>
  (await fakeBrowser.tabs.query({})).filter((t) => t.url?.startsWith('https://web.whatsapp.com/')).map((t) => t.id);

describe('telling content scripts the state changed', () => {
  it('messages every WhatsApp Web tab, and only those, with nothing but "ask again"', async () => {
    await notifyWhatsAppTabs();
    expect(sent.map(([id]) => id).sort()).toEqual((await whatsAppTabs()).sort());
    for (const [, message] of sent) expect(message).toEqual({ type: 'stateChanged' });
    expect(STATE_CHANGED).toEqual({ type: 'stateChanged' });
  });

  it('follows the settings, the guided walkthrough and the salt, not other storage', async () => {
    startContentAccess(() => undefined);
    const told = async () => {
      await vi.waitFor(() => expect(sent.length).toBeGreaterThan(0));
      sent.length = 0;
    };
    await updateSettings((s) => ({ ...s, labels: true }));
    await told();
    await activeGuideItem.setValue({ walkthroughId: 'last-seen', startedAt: Date.now() });
    await told();
    await getSalt();
    await told();
    await resetSalt();
    await told();
    await fakeBrowser.storage.local.set({ unrelated: 1 });
    await new Promise((r) => setTimeout(r, 20));
    expect(sent).toEqual([]);
  });
});

describe('closing extension storage to content scripts', () => {
  it('asks for trusted contexts only where the browser offers it (Chrome)', async () => {
    local.setAccessLevel = vi.fn(async () => undefined);
    expect(await closeStorageToContentScripts()).toBe(true);
    expect(local.setAccessLevel).toHaveBeenCalledWith({ accessLevel: 'TRUSTED_CONTEXTS' });
  });

  it('does without where it is missing (Firefox: storage.local has no access levels)', async () => {
    expect(local.setAccessLevel).toBeUndefined();
    expect(await closeStorageToContentScripts()).toBe(false);
  });

  it('is done at every background start', async () => {
    local.setAccessLevel = vi.fn(async () => undefined);
    startContentAccess(() => undefined);
    await vi.waitFor(() => expect(local.setAccessLevel).toHaveBeenCalledOnce());
  });
});
