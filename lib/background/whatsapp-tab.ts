// Opens WhatsApp Web for a walkthrough: focus a tab that already shows it, or open one. Our host
// permission lets us read the URL of web.whatsapp.com tabs (and only those) without the "tabs" permission.
import { browser } from 'wxt/browser';
import { isWhatsAppUrl, WHATSAPP_ORIGIN, WHATSAPP_TABS } from '../model/origin';

export async function openWhatsAppTab(): Promise<void> {
  const existing = (await browser.tabs.query({ url: WHATSAPP_TABS })).find((tab) => tab.id !== undefined && isWhatsAppUrl(tab.url));
  if (!existing) {
    await browser.tabs.create({ url: `${WHATSAPP_ORIGIN}/`, active: true });
    return;
  }
  await browser.tabs.update(existing.id!, { active: true });
  // Firefox for Android has no windows API.
  if (browser.windows && existing.windowId !== undefined) await browser.windows.update(existing.windowId, { focused: true });
}
