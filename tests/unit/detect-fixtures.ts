// Loads a committed WhatsApp Web fixture page (tests/fixtures/whatsapp/*.html) into happy-dom's document.
// The fixtures were rendered from the mock (tests/mock) in Chromium, numbers scrubbed; each is a static snapshot.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const DIR = join(import.meta.dirname, '..', 'fixtures', 'whatsapp');

/** Text planted in message rows of the fixtures: it must never reach an observation. */
export const CANARY = 'CANARY-7f3a9c-do-not-store';

export const FIXTURES = readdirSync(DIR)
  .filter((file) => file.endsWith('.html'))
  .map((file) => file.slice(0, -'.html'.length))
  .sort();

export function loadFixture(name: string): Document {
  const html = readFileSync(join(DIR, `${name}.html`), 'utf8');
  const root = /<html lang="([^"]*)" dir="([^"]*)">/.exec(html);
  const body = /<body>([\s\S]*)<\/body>/.exec(html);
  if (!root || !body) throw new Error(`fixture ${name}: no <html lang dir> or <body>`);
  document.documentElement.lang = root[1]!;
  document.documentElement.dir = root[2]!;
  document.body.innerHTML = body[1]!;
  return document;
}
