// Numbers and dates for the UI, formatted in the UI language (never hand-built strings).
import { uiLanguage } from '@/lib/i18n/t';

// Intl formatters are costly to build; keep one per language and style.
const formatters = new Map<string, Intl.NumberFormat | Intl.DateTimeFormat | Intl.ListFormat>();

function cached<T extends Intl.NumberFormat | Intl.DateTimeFormat | Intl.ListFormat>(id: string, make: (lang: string) => T): T {
  const lang = uiLanguage();
  const key = `${lang}|${id}`;
  let formatter = formatters.get(key) as T | undefined;
  if (!formatter) {
    formatter = make(lang);
    formatters.set(key, formatter);
  }
  return formatter;
}

export function formatNumber(n: number): string {
  return cached('number', (lang) => new Intl.NumberFormat(lang)).format(n);
}

export function formatDateTime(epochMs: number): string {
  return cached('datetime', (lang) => new Intl.DateTimeFormat(lang, { dateStyle: 'medium', timeStyle: 'short' })).format(epochMs);
}

/** A local calendar day as the snapshot writes it (YYYY-MM-DD). */
export function dayToDate(day: string): Date {
  const [y, m, d] = day.split('-').map(Number);
  return new Date(y!, (m ?? 1) - 1, d ?? 1);
}

export function formatDay(day: string): string {
  return cached('day', (lang) => new Intl.DateTimeFormat(lang, { dateStyle: 'medium' })).format(dayToDate(day));
}

export function formatMonth(day: string): string {
  return cached('month', (lang) => new Intl.DateTimeFormat(lang, { year: 'numeric', month: 'long' })).format(dayToDate(day));
}

/** "A, B and C" in the UI language (a list, not a sentence assembled from fragments). */
export function formatList(items: string[]): string {
  return cached('list', (lang) => new Intl.ListFormat(lang, { style: 'long', type: 'conjunction' })).format(items);
}
