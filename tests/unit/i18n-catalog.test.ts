// The catalog is data: every key used in code exists, every placeholder is defined, store limits hold.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildCatalogs } from '../../scripts/i18n-catalog';
import { formatMessage } from '../setup/format-message';

const ROOT = join(import.meta.dirname, '..', '..');
const catalogs = buildCatalogs();
const en = catalogs.en!;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.(ts|tsx)$/.test(name) && !/\.test\.tsx?$/.test(name) ? [path] : [];
  });
}

describe('i18n catalog', () => {
  it('has the manifest strings within store limits', () => {
    expect(en.extName?.message.length).toBeLessThanOrEqual(75);
    expect(en.extDescription?.message.length).toBeLessThanOrEqual(132);
  });

  it('defines every key the code asks for', () => {
    const missing: string[] = [];
    for (const file of ['entrypoints', 'components', 'lib'].flatMap((d) => sourceFiles(join(ROOT, d)))) {
      for (const match of readFileSync(file, 'utf8').matchAll(/\bt\(\s*'([A-Za-z0-9_@]+)'/g)) {
        if (!(match[1]! in en)) missing.push(`${relative(ROOT, file)}: ${match[1]}`);
      }
    }
    expect(missing).toEqual([]);
  });

  it('uses only keys Chrome accepts and defines every placeholder a message uses', () => {
    for (const [key, entry] of Object.entries(en)) {
      expect(key, key).toMatch(/^[A-Za-z0-9_]+$/);
      for (const [, name] of entry.message.matchAll(/\$([A-Za-z0-9_]+)\$/g)) {
        expect(
          Object.keys(entry.placeholders ?? {}).map((p) => p.toLowerCase()),
          `${key} uses $${name}$`,
        ).toContain(name!.toLowerCase());
      }
    }
  });

  it('translations only carry keys that English has, with the same placeholders', () => {
    for (const [lang, catalog] of Object.entries(catalogs)) {
      for (const [key, entry] of Object.entries(catalog)) {
        expect(en, `${lang}: ${key}`).toHaveProperty(key);
        expect(Object.keys(entry.placeholders ?? {}).sort(), `${lang}: ${key}`).toEqual(Object.keys(en[key]!.placeholders ?? {}).sort());
      }
    }
  });

  it('substitutes placeholders the way Chrome does', () => {
    const entry = { message: 'Seen $COUNT$ times, $$5 saved', placeholders: { count: { content: '$1' } } };
    expect(formatMessage(entry, ['3'])).toBe('Seen 3 times, $5 saved');
  });

  it('rejects a key defined in two parts', () => {
    const dir = join(ROOT, 'tests', 'fixtures', 'i18n-duplicate');
    expect(() => buildCatalogs(dir)).toThrow(/defined twice/);
  });
});
