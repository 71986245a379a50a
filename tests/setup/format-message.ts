import type { CatalogEntry } from '../../scripts/i18n-catalog';

/** Chrome's i18n substitution: named $placeholders$ resolve to their content ($1…$9 from subs). */
export function formatMessage(entry: CatalogEntry, subs: string[]): string {
  const positional = (s: string) => s.replace(/\$(\d)/g, (_, n: string) => subs[Number(n) - 1] ?? '');
  return entry.message
    .replace(/\$([A-Za-z0-9_@]+)\$/g, (whole, name: string) => {
      const placeholder = entry.placeholders?.[name.toLowerCase()] ?? entry.placeholders?.[name];
      return placeholder ? positional(placeholder.content) : whole;
    })
    .replace(/\$\$/g, '$');
}
