// Leaving the popup or the dashboard: to the dashboard tab, or to WhatsApp Web through the background.
import { browser } from 'wxt/browser';
import { WHATSAPP_TABS } from '@/lib/model/origin';
import { send } from '@/lib/protocol/client';

/** Opens the dashboard in a tab (the popup then closes itself). */
export async function openDashboard(hash = ''): Promise<void> {
  await browser.tabs.create({ url: browser.runtime.getURL(`/dashboard.html${hash}`) });
}

/** The background opens or focuses WhatsApp Web, and starts the guide there when given a walkthrough. */
export async function openWhatsApp(walkthroughId?: string): Promise<void> {
  await send('openWhatsApp', walkthroughId === undefined ? {} : { walkthroughId });
}

/** Whether a WhatsApp Web tab is open (the host permission lets us see its URL). */
export async function isWhatsAppOpen(): Promise<boolean> {
  return (await browser.tabs.query({ url: WHATSAPP_TABS })).length > 0;
}
