// Merges the catalog parts under locales/<lang>/*.json into one messages.json per language.
// Parts keep each area's strings next to each other; a key may live in only one part.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export interface CatalogEntry {
  message: string;
  description?: string;
  placeholders?: Record<string, { content: string; example?: string }>;
}
export type Catalog = Record<string, CatalogEntry>;

const LOCALES_DIR = join(import.meta.dirname, '..', 'locales');

export function buildCatalogs(dir = LOCALES_DIR): Record<string, Catalog> {
  const out: Record<string, Catalog> = {};
  for (const lang of readdirSync(dir).sort()) {
    const catalog: Catalog = {};
    for (const part of readdirSync(join(dir, lang))
      .filter((f) => f.endsWith('.json'))
      .sort()) {
      const entries = JSON.parse(readFileSync(join(dir, lang, part), 'utf8')) as Catalog;
      for (const [key, entry] of Object.entries(entries)) {
        if (key in catalog) throw new Error(`i18n: key "${key}" is defined twice (${lang}/${part})`);
        catalog[key] = entry;
      }
    }
    out[lang] = catalog;
  }
  return out;
}
