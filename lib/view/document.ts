// Sets the page's language and direction from the UI language, so RTL layouts and screen readers follow it.
import { t, uiDirection, uiLanguage, type MessageKey } from '@/lib/i18n/t';

export function applyLocale(titleKey: MessageKey, doc: Document = document): void {
  doc.documentElement.lang = uiLanguage();
  doc.documentElement.dir = uiDirection();
  doc.title = t(titleKey);
}
