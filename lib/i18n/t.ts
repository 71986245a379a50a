// The one way to turn a catalog key into user-visible text (locales/<lang>/*.json → _locales).
import { browser } from 'wxt/browser';
import type { MessageKey } from './keys';

export type { MessageKey } from './keys';

// WXT types getMessage from public/_locales only; our catalog is generated at build time, typed by keys.ts.
const getMessage = (key: string, subs?: string[]): string =>
  (browser.i18n.getMessage as (key: string, subs?: string[]) => string)(key, subs);

// A message without substitutions never changes while the extension runs (Chrome and Firefox fix the UI language
// at start-up), and the content script and the popup re-render the same few messages again and again: each is read
// once. The cache follows getMessage itself, so a replaced catalog (tests install one per test) starts afresh.
const cache = new Map<string, string>();
let cachedFor: unknown = null;

function lookUp(key: MessageKey, subs?: string[]): string {
  const text = getMessage(key, subs);
  // An empty answer means the key is missing from the shipped catalog: show the key, never nothing.
  return text === '' ? key : text;
}

/**
 * Looks up a message. Substitutions fill the message's $placeholders$; sentences are whole
 * messages in the catalog, never assembled here from fragments.
 */
export function t(key: MessageKey, substitutions?: string | number | Array<string | number>): string {
  if (substitutions !== undefined) return lookUp(key, [substitutions].flat().map(String));
  if (browser.i18n.getMessage !== cachedFor) {
    cache.clear();
    cachedFor = browser.i18n.getMessage;
  }
  let text = cache.get(key);
  if (text === undefined) cache.set(key, (text = lookUp(key)));
  return text;
}

/** Text direction of the UI language ("rtl" for Arabic, Hebrew, Persian, Urdu). */
export function uiDirection(): 'ltr' | 'rtl' {
  return getMessage('@@bidi_dir') === 'rtl' ? 'rtl' : 'ltr';
}

/** The UI language as a BCP 47 tag, for Intl formatters. */
export function uiLanguage(): string {
  return browser.i18n.getUILanguage?.() || 'en';
}
