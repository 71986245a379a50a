// @vitest-environment happy-dom
// Page-derived text in our UI (issue 12 item 8): business labels and the notice's "Why?" quote keep no control, bidi
// control or invisible character, so a name can neither be reordered on screen nor look like another one.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { cleanLabel, MAX_LABEL_LENGTH, plainText } from '@/lib/model/label';
import { InPageNotice } from '@/lib/content/ui/notice';

/** Every character a hostile page could use to disguise text, each named. */
export const DISGUISES: Array<[name: string, char: string]> = [
  ['NUL', '\u0000'],
  ['BEL', '\u0007'],
  ['ESC', '\u001b'],
  ['DEL', '\u007f'],
  ['C1 CSI', '\u009b'],
  ['soft hyphen', '\u00ad'],
  ['combining grapheme joiner', '\u034f'],
  ['Arabic letter mark', '\u061c'],
  ['Hangul choseong filler', '\u115f'],
  ['Khmer inherent vowel', '\u17b4'],
  ['Mongolian vowel separator', '\u180e'],
  ['zero-width space', '\u200b'],
  ['zero-width non-joiner', '\u200c'],
  ['zero-width joiner', '\u200d'],
  ['left-to-right mark', '\u200e'],
  ['right-to-left mark', '\u200f'],
  ['left-to-right embedding', '\u202a'],
  ['right-to-left embedding', '\u202b'],
  ['pop directional formatting', '\u202c'],
  ['left-to-right override', '\u202d'],
  ['right-to-left override', '\u202e'],
  ['word joiner', '\u2060'],
  ['invisible times', '\u2062'],
  ['left-to-right isolate', '\u2066'],
  ['right-to-left isolate', '\u2067'],
  ['first strong isolate', '\u2068'],
  ['pop directional isolate', '\u2069'],
  ['inhibit symmetric swapping', '\u206a'],
  ['Hangul filler', '\u3164'],
  ['variation selector 16', '\ufe0f'],
  ['byte order mark', '\ufeff'],
  ['halfwidth Hangul filler', '\uffa0'],
  ['interlinear annotation anchor', '\ufff9'],
  ['musical symbol begin beam', '\u{1d173}'],
  ['tag latin small a', '\u{e0061}'],
  ['lone high surrogate', '\ud83d'],
];

describe('page text shown in our UI', () => {
  it.each(DISGUISES)('drops the %s', (_name, char) => {
    expect(cleanLabel(`Acme${char}Bank`)).toBe('AcmeBank');
    expect(cleanLabel(`${char}${char}`)).toBeUndefined();
    expect(plainText(`${char}Acme Bank${char}`, 300)).toBe('Acme Bank');
  });

  it('keeps what a real name has: letters of any script, spaces, punctuation, emoji', () => {
    for (const name of [
      'Acme Airlines',
      'Łódź Café',
      'مطعم البيت',
      'שלום',
      'Магазин №1',
      '東京ストア',
      'Pizza 🍕 & Co.',
      'O’Brien-Smith',
    ]) {
      expect(cleanLabel(name)).toBe(name);
    }
  });

  it('turns any spacing into single spaces, and cuts to the limit without leaving half a character', () => {
    expect(cleanLabel(' Evil\n\tShop\u00a0\u2028Ltd ')).toBe('Evil Shop Ltd');
    expect(cleanLabel('x'.repeat(200))).toHaveLength(MAX_LABEL_LENGTH);
    expect(Array.from(cleanLabel('😀'.repeat(200))!)).toHaveLength(MAX_LABEL_LENGTH);
    expect(plainText('a '.repeat(10), 3)).toBe('a a');
  });

  it('cannot be made to read backwards: an override around a reversed name leaves the name as stored', () => {
    expect(cleanLabel('Bank \u202ekcab yenom\u202c')).toBe('Bank kcab yenom');
    expect(cleanLabel('\u2067Meta\u2069 verified')).toBe('Meta verified');
  });
});

describe("the notice's Why? quote", () => {
  let root: ShadowRoot;
  beforeEach(() => {
    const attach = Element.prototype.attachShadow;
    vi.spyOn(Element.prototype, 'attachShadow').mockImplementation(function (this: Element, init: ShadowRootInit) {
      root = attach.call(this, init);
      return root;
    });
    document.body.replaceChildren();
  });
  afterEach(() => vi.restoreAllMocks());

  it.each(DISGUISES)('quotes page text without the %s', (_name, char) => {
    const source = `This business uses a secure service from ${char}Meta${char} to manage this chat.`;
    const notice = { about: 'business', key: 'k1', hosting: 'meta', adsReferral: false, ai: 'none', source, aiSource: null } as const;
    new InPageNotice(document, () => undefined).render(notice);
    expect(root.textContent).toContain('This business uses a secure service from Meta to manage this chat.');
    expect(root.textContent).not.toContain(char);
  });
});
