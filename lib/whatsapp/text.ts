// Matching WhatsApp's UI wording against the per-locale tables (locale-text.ts), and reading UI labels
// without picking up icon names: every WhatsApp icon carries an svg <title> with its name
// (docs/research/whatsapp-dom.md §0), so textContent of a row includes "chevron", "psa-verified-blue"…
import { LOCALE_TEXT, type TextKey } from './locale-text';

const BIDI_MARKS = /[\u200e\u200f\u202a-\u202e\u2066-\u2069\u200b\u00ad]/g;
const ARABIC_MARKS = /[\u064b-\u065f\u0670\u0640]/g; // harakat, superscript alef, tatweel
const QUOTES = /[\u2018\u2019\u02bc]/g;
const ELLIPSIS = /\s*(?:\u2026|\.\.\.)\s*$/;

/** Canonical form for comparison: case, bidi marks, Arabic diacritics, quotes, digits, spacing, final punctuation. */
export function normalizeText(text: string): string {
  return text
    .normalize('NFC')
    .replace(BIDI_MARKS, '')
    .replace(ARABIC_MARKS, '')
    .replace(QUOTES, "'")
    .replace(/[\u0660-\u0669]/g, (d) => String(d.charCodeAt(0) - 0x0660))
    .replace(/[\u06f0-\u06f9]/g, (d) => String(d.charCodeAt(0) - 0x06f0))
    .replace(/\s+/g, ' ')
    .trim()
    .replace(ELLIPSIS, '...')
    .replace(/[.。۔]$/, '')
    .toLowerCase();
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

const PLACEHOLDER = /(\{n\}|\{name\})/;

/** A variant's pattern: `{n}` a number, `{name}` anything (a person's name); `whole` anchors the end too. */
function patternOf(variant: string, whole: boolean): RegExp {
  const parts = variant.split(PLACEHOLDER).map((part) => (part === '{n}' ? '\\d+' : part === '{name}' ? '.+?' : escapeRegExp(part)));
  return new RegExp(`^${parts.join('')}${whole ? '$' : ''}`);
}

interface Matcher {
  exact: Set<string>;
  patterns: RegExp[];
  prefixes: string[];
  /** Notices with a placeholder, and whether one is a name. */
  prefixPatterns: { pattern: RegExp; named: boolean }[];
}

const matchers = new Map<TextKey, Matcher>();

function matcherFor(key: TextKey): Matcher {
  let matcher = matchers.get(key);
  if (!matcher) {
    const variants = Object.values(LOCALE_TEXT[key]).flat().map(normalizeText);
    const plain = variants.filter((v) => !PLACEHOLDER.test(v));
    const placeholders = variants.filter((v) => PLACEHOLDER.test(v));
    matcher = {
      exact: new Set(plain),
      patterns: placeholders.filter((v) => !v.includes('{name}')).map((v) => patternOf(v, true)),
      prefixes: plain,
      prefixPatterns: placeholders.map((v) => ({ pattern: patternOf(v, false), named: v.includes('{name}') })),
    };
    matchers.set(key, matcher);
  }
  return matcher;
}

/** The whole label is one of the key's variants (any locale). */
export function isLabel(text: string, key: TextKey): boolean {
  const normal = normalizeText(text);
  const matcher = matcherFor(key);
  return matcher.exact.has(normal) || matcher.patterns.some((p) => p.test(normal));
}

function noticeMatches(text: string, key: TextKey, names: boolean): boolean {
  const normal = normalizeText(text);
  const matcher = matcherFor(key);
  return (
    matcher.prefixes.some((p) => normal.startsWith(p)) ||
    matcher.prefixPatterns.some(({ pattern, named }) => (names || !named) && pattern.test(normal))
  );
}

/** The notice starts with one of the key's sentences (any locale); the tail varies ("Click to learn more."). */
export function startsWithNotice(text: string, key: TextKey): boolean {
  return noticeMatches(text, key, true);
}

/** How WhatsApp joins two values on one line ("My contacts, Everyone", whatsapp-dom.md §d.3), in any script. */
export const LIST_SEPARATOR = /\s*[,،、]\s*/g;

// A notice naming a person is not a known wording: the sanitizer must not keep the name.
function isOneWording(text: string): boolean {
  return (Object.keys(LOCALE_TEXT) as TextKey[]).some(
    (key) => isLabel(text, key) || (key.startsWith('notice') && noticeMatches(text, key, false)),
  );
}

/**
 * The text is one of WhatsApp's wordings in the tables, any key and locale (a notice by its first sentence), or a line
 * of them. scripts/capture-fixture.mjs keeps exactly these when it sanitizes a live page.
 */
export function isKnownWording(text: string): boolean {
  return isOneWording(text) || text.split(LIST_SEPARATOR).every(isOneWording);
}

function isIconText(node: Node): boolean {
  const parent = node.parentElement;
  return !!parent && parent.closest('svg, style, script') !== null;
}

/**
 * The visible text pieces inside an element, one per text-bearing element, icon names left out.
 * Callers use it on WhatsApp's own labels (drawer titles, list items, notices), never on message bubbles.
 */
export function labelTexts(element: Element): string[] {
  const doc = element.ownerDocument;
  const walker = doc.createTreeWalker(element, 4 /* NodeFilter.SHOW_TEXT */);
  const byParent = new Map<Element, string>();
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (isIconText(node) || !node.parentElement) continue;
    const text = node.nodeValue ?? '';
    if (text.trim() === '') continue;
    byParent.set(node.parentElement, (byParent.get(node.parentElement) ?? '') + text);
  }
  return [...byParent.values()].map((t) => t.replace(/\s+/g, ' ').trim()).filter(Boolean);
}

/** The element's whole visible text, icon names left out. */
export function visibleText(element: Element): string {
  return labelTexts(element).join(' ');
}

/** Some label piece inside the element is one of the keys' variants. */
export function hasLabel(element: Element, keys: readonly TextKey[]): boolean {
  return labelTexts(element).some((text) => keys.some((key) => isLabel(text, key)));
}
