// Unit and component tests read the real English catalog, so they see the text users see
// (fakeBrowser has no i18n). Substitution follows Chrome's rules: $name$ placeholders and $1…$9.
import { beforeEach } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { buildCatalogs } from '../../scripts/i18n-catalog';
import { formatMessage } from './format-message';

const en = buildCatalogs().en!;

export function installI18n(direction: 'ltr' | 'rtl' = 'ltr'): void {
  fakeBrowser.i18n.getMessage = ((key: string, subs?: string | string[]) => {
    if (key === '@@bidi_dir') return direction;
    const entry = en[key];
    return entry ? formatMessage(entry, subs === undefined ? [] : [subs].flat()) : '';
  }) as typeof fakeBrowser.i18n.getMessage;
  fakeBrowser.i18n.getUILanguage = () => (direction === 'rtl' ? 'ar' : 'en');
}

beforeEach(() => installI18n());
