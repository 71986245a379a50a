// Loads a committed WhatsApp Web fixture page into happy-dom's document. Fixtures are labelled by origin, one folder each:
// tests/fixtures/whatsapp/mock/ holds pages rendered from the mock (tests/mock) in Chromium or written by hand;
// tests/fixtures/whatsapp/live/ holds real WhatsApp Web pages sanitized by scripts/capture-fixture.mjs.
// A fixture is named by its file name without .html; names are unique across origins. Each states, in a
// `selector-counts` JSON script in its <head>, how many elements every selector key matches on it (tests/unit/selectors.test.ts).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const DIR = join(import.meta.dirname, '..', 'fixtures', 'whatsapp');

export const ORIGINS = ['mock', 'live'] as const;
export type FixtureOrigin = (typeof ORIGINS)[number];

/** Text planted in message rows of the fixtures: it must never reach an observation. */
export const CANARY = 'CANARY-7f3a9c-do-not-store';

function pagesIn(origin: FixtureOrigin): string[] {
  const dir = join(DIR, origin);
  return existsSync(dir)
    ? readdirSync(dir)
        .filter((file) => file.endsWith('.html'))
        .map((file) => file.slice(0, -'.html'.length))
    : [];
}

/** Every fixture's origin, by name. */
export const FIXTURE_ORIGIN: Readonly<Record<string, FixtureOrigin>> = Object.fromEntries(
  ORIGINS.flatMap((origin) => pagesIn(origin).map((name) => [name, origin] as const)),
);

export const FIXTURES = Object.keys(FIXTURE_ORIGIN).sort();

if (FIXTURES.length !== ORIGINS.reduce((n, origin) => n + pagesIn(origin).length, 0)) {
  throw new Error(`fixture names must be unique across ${ORIGINS.join(' and ')}`);
}

/** The fixture file's text. */
export function fixtureHtml(name: string): string {
  const origin = FIXTURE_ORIGIN[name];
  if (!origin) throw new Error(`no fixture named ${name}`);
  return readFileSync(join(DIR, origin, `${name}.html`), 'utf8');
}

/** The selector counts a fixture page states (a key not listed matches nothing), or null when it states none. */
export function countsIn(html: string): Record<string, number> | null {
  const table = /<script type="application\/json" id="selector-counts">(.*?)<\/script>/.exec(html);
  return table ? (JSON.parse(table[1]!) as Record<string, number>) : null;
}

export function statedCounts(name: string): Record<string, number> | null {
  return countsIn(fixtureHtml(name));
}

/** Puts a fixture page into happy-dom's document. */
export function loadFixtureHtml(html: string, name = 'page'): Document {
  const root = /<html lang="([^"]*)" dir="([^"]*)">/.exec(html);
  const body = /<body>([\s\S]*)<\/body>/.exec(html);
  if (!root || !body) throw new Error(`fixture ${name}: no <html lang dir> or <body>`);
  document.documentElement.lang = root[1]!;
  document.documentElement.dir = root[2]!;
  document.body.innerHTML = body[1]!;
  return document;
}

export function loadFixture(name: string): Document {
  return loadFixtureHtml(fixtureHtml(name), name);
}
