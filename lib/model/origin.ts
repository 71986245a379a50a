// WhatsApp Web's one origin: the content script's match, the senders the background trusts, and the
// tabs the extension may look for. Our host permission covers exactly this.
export const WHATSAPP_ORIGIN = 'https://web.whatsapp.com';

/** Match pattern for WhatsApp Web tabs (tabs.query, content-script matches). */
export const WHATSAPP_TABS = `${WHATSAPP_ORIGIN}/*`;

export function isWhatsAppUrl(url: string | undefined): boolean {
  return url !== undefined && url.startsWith(`${WHATSAPP_ORIGIN}/`);
}
