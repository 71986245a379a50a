// Turns a live WhatsApp Web page into a fixture for tests/fixtures/whatsapp/live/, sanitized: structure, classes, roles
// and WhatsApp's own attributes stay (data-testid, data-icon, the shape of data-id), and so do the wordings the
// extension knows (lib/whatsapp/locale-text.ts); every other text, name, title and label is replaced by stable fake
// words, digits in JIDs and message keys by stable fake digits (the @c.us, @g.us, @lid… server kept), and scripts,
// styles, URLs, inline handlers and comments go. Control labels are kept only when they are table wordings too:
// WhatsApp's own labels embed names ("Type a message to NAME", docs/research/whatsapp-dom.md §b.3–b.5).
//
// Usage (vite-node, not node: the sanitizer reads lib/whatsapp's tables, which are TypeScript):
//   npx vite-node scripts/capture-fixture.mjs --console > /tmp/capture.js
//     then paste /tmp/capture.js into the devtools console on web.whatsapp.com: it downloads whatsapp-fixture.html.
//     The page is cloned, never changed, and nothing is sent anywhere.
//   npx vite-node scripts/capture-fixture.mjs saved.html [out.html]
//     over a page saved with "Save page as › Webpage, Complete" (the live DOM); writes out.html, or prints it.
// Then follow tests/fixtures/whatsapp/live/README.md: name it, read it, check its selector counts.
import { selectorCounts } from '../lib/whatsapp/query.ts';
import { SELECTORS } from '../lib/whatsapp/selectors.ts';
import { isKnownWording } from '../lib/whatsapp/text.ts';
import { META_AI_JIDS } from '../lib/whatsapp/detect/meta-ai.ts';

/** Elements dropped with everything inside them: code, styles, embedded documents, page metadata. */
const DROPPED = 'script, style, link, meta, noscript, iframe, frame, object, embed, template, base';

/** Attributes holding free text or secrets (data-ref is the QR login token): kept only when a known wording. */
const FREE_TEXT = new Set([
  'title',
  'aria-label',
  'aria-description',
  'aria-placeholder',
  'aria-valuetext',
  'aria-roledescription',
  'alt',
  'placeholder',
  'label',
  'value',
  'download',
  'data-pre-plain-text',
  'data-ref',
]);

/** Attributes holding URLs. */
const URLS = new Set(['src', 'href', 'xlink:href', 'poster', 'action', 'formaction', 'cite', 'data', 'background']);

/** WhatsApp's names for its own elements: kept as they are, except for the JIDs some embed (conv-msg-KEY). */
const OWN_NAMES = new Set(['data-testid', 'data-icon']);

// The URL prefixes the selector table tests for (`img[src^="blob:"]`, map links) survive, nothing after them.
const URL_PREFIXES = [...JSON.stringify(SELECTORS).matchAll(/\[(?:src|href)\^=\\"([^"\\]+)\\"\]/g)].map((match) => match[1]);

const JID = /@(?:c\.us|g\.us|lid|s\.whatsapp\.net|newsletter|broadcast|bot|hosted(?:\.lid)?|call)(?![a-z])/; // `_` may follow (conv-msg-KEY)
const FAKE_WORDS = ['lorem', 'ipsum', 'dolor', 'sit', 'amet', 'consectetur', 'adipiscing', 'elit', 'sed', 'eiusmod', 'tempor', 'magna'];

/** FNV-1a: the same input always gives the same fake, so one name or number stays one fake across the page. */
function hash(text) {
  let h = 2166136261;
  for (const char of text) h = Math.imul(h ^ char.codePointAt(0), 16777619) >>> 0;
  return h;
}

function next(h) {
  return (Math.imul(h, 2654435761) + 1) >>> 0;
}

// Meta's AIs are public identities, not people: their JIDs stay, as the detectors read them (ai-2026.md §1.1).
const META_AI = new RegExp(`(?<!\\d)(${META_AI_JIDS.map((jid) => jid.replace(/\./g, '\\.')).join('|')})`);

/** Every run of digits replaced by a fake run of the same length, Meta's AI JIDs left as they are. */
function fakeDigits(text) {
  return text
    .split(META_AI)
    .map((part, i) =>
      i % 2 === 1
        ? part
        : part.replace(/\d+/g, (run) => {
            let h = hash(run);
            return run.replace(/\d/g, () => String((h = next(h)) % 10));
          }),
    )
    .join('');
}

/** Every word (anything between spaces and punctuation, digits and emoji included) replaced by a fake word. */
function fakeText(text) {
  let h = hash(text);
  return text.replace(/[^\s.,:;!?()[\]{}"'«»“”‘’·•|/\\-]+/gu, () => FAKE_WORDS[(h = next(h)) % FAKE_WORDS.length]);
}

/** The attribute's sanitized value, or null to drop it. */
function cleanAttribute(name, value) {
  if (name.startsWith('on') || name === 'srcset' || name === 'integrity' || name === 'nonce') return null;
  // Only an inline display:none survives: it is how WhatsApp hides a preloaded second #main (query.ts isHiddenByAncestor).
  if (name === 'style') return /(?:^|;)\s*display\s*:\s*none\b/i.test(value) ? 'display: none;' : null;
  if (URLS.has(name)) return value.startsWith('#') ? value : (URL_PREFIXES.find((prefix) => value.startsWith(prefix)) ?? null);
  if (FREE_TEXT.has(name)) return isKnownWording(value) ? value : fakeText(value);
  if (name === 'data-id' || JID.test(value)) return fakeDigits(value);
  if (OWN_NAMES.has(name)) return value;
  return value.replace(/\d{7,}/g, (run) => fakeDigits(run)); // a phone number in any other attribute
}

function cleanAttributes(element) {
  for (const name of element.getAttributeNames()) {
    const value = cleanAttribute(name.toLowerCase(), element.getAttribute(name) ?? '');
    if (value === null) element.removeAttribute(name);
    else element.setAttribute(name, value);
  }
}

/**
 * The element's own text, judged whole as text.ts labelTexts reads it (one piece per element): kept when it is a known
 * wording, else every text node faked. Icon names (an svg's <title>) are WhatsApp's and stay.
 */
function cleanText(element) {
  if (element.localName === 'title' && element.closest('svg')) return;
  const nodes = [...element.childNodes].filter((node) => node.nodeType === 3 && node.nodeValue.trim() !== '');
  if (nodes.length === 0) return;
  if (
    isKnownWording(
      nodes
        .map((node) => node.nodeValue)
        .join('')
        .replace(/\s+/g, ' ')
        .trim(),
    )
  )
    return;
  for (const node of nodes) node.nodeValue = fakeText(node.nodeValue);
}

function removeComments(root) {
  const walker = root.ownerDocument.createTreeWalker(root, 128 /* NodeFilter.SHOW_COMMENT */);
  const comments = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode()) comments.push(node);
  for (const comment of comments) comment.remove();
}

/** A sanitized copy of the page, as a new document; the page itself is not touched. */
export function sanitize(page) {
  const doc = page.implementation.createHTMLDocument('');
  for (const name of ['lang', 'dir']) {
    const value = page.documentElement.getAttribute(name);
    if (value && /^[\w-]+$/.test(value)) doc.documentElement.setAttribute(name, value);
  }
  const body = doc.importNode(page.body, true);
  doc.body.replaceWith(body);
  for (const element of body.querySelectorAll(DROPPED)) element.remove();
  removeComments(body);
  for (const element of [body, ...body.querySelectorAll('*')]) {
    cleanAttributes(element);
    cleanText(element);
  }
  return doc;
}

/** The sanitized page as a fixture file, headed by the selector counts it shows (tests/unit/selectors.test.ts). */
export function toFixture(doc, name = 'whatsapp-fixture') {
  const html = doc.documentElement;
  return [
    '<!doctype html>',
    '<!-- Fixture (live): WHAT THIS PAGE SHOWS. Sanitized by scripts/capture-fixture.mjs: names, texts and numbers are fakes. -->',
    `<html lang="${html.getAttribute('lang') ?? ''}" dir="${html.getAttribute('dir') ?? ''}">`,
    // How many elements each selector key matches here (a key not listed: none); tests/unit/selectors.test.ts holds the table to it.
    `<head><meta charset="utf-8"><title>${name.replace(/[^\w.-]/g, '')}</title><script type="application/json" id="selector-counts">${JSON.stringify(selectorCounts(doc))}</script></head>`,
    `<body>${doc.body.innerHTML}</body>`,
    '</html>',
    '',
  ].join('\n');
}

// What the console snippet runs in the page: sanitize, then hand the file to the browser's downloads.
const CONSOLE_ENTRY = `
import { sanitize, toFixture } from './capture-fixture.mjs';
const link = document.createElement('a');
link.href = URL.createObjectURL(new Blob([toFixture(sanitize(document))], { type: 'text/html' }));
link.download = 'whatsapp-fixture.html';
link.click();
console.log('Saved whatsapp-fixture.html. Read it before committing: tests/fixtures/whatsapp/live/README.md');
`;

/** The sanitizer and its tables bundled into one script to paste into the devtools console. */
async function consoleSnippet() {
  const { build } = await import('esbuild');
  const { fileURLToPath } = await import('node:url');
  const result = await build({
    stdin: { contents: CONSOLE_ENTRY, resolveDir: fileURLToPath(new URL('.', import.meta.url)), sourcefile: 'capture-console.js' },
    bundle: true,
    format: 'iife',
    platform: 'browser',
    target: 'es2022',
    external: ['node:*', 'esbuild', 'happy-dom'],
    define: { 'import.meta.url': '""' },
    write: false,
    logLevel: 'error',
  });
  return result.outputFiles[0].text;
}

async function main([first, output]) {
  if (first === '--console') return void process.stdout.write(await consoleSnippet());
  if (!first) throw new Error('usage: npx vite-node scripts/capture-fixture.mjs (--console | saved.html [out.html])');
  const { readFileSync, writeFileSync } = await import('node:fs');
  const { basename } = await import('node:path');
  const { Window } = await import('happy-dom');
  const window = new Window();
  const page = new window.DOMParser().parseFromString(readFileSync(first, 'utf8'), 'text/html');
  const fixture = toFixture(sanitize(page), output ? basename(output, '.html') : undefined);
  if (output) writeFileSync(output, fixture);
  else process.stdout.write(fixture);
  await window.happyDOM.close();
}

// vite-node runs this file as its entry (argv: node, vite-node, ...args); imported by a test or pasted into a page, it only exports.
if (typeof process !== 'undefined' && /vite-node(\.m?js)?$/.test(process.argv[1] ?? '')) {
  main(process.argv.slice(2)).catch((error) => {
    console.error(error.message);
    process.exitCode = 1;
  });
}
