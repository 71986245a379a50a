// Text taken from the page (business names, WhatsApp's notices quoted under "Why?") may be hostile: it is shown in
// our own UI, so it must look like what it is. Controls, bidi controls and invisible characters are removed, not
// rendered: an override (U+202E) or an Arabic letter mark (U+061C) could make a name read as something else, and a
// zero-width character (U+200B–U+200D, U+2060, U+FEFF…) could make two names that look the same differ.

export const MAX_LABEL_LENGTH = 80;

// Cc: C0/C1 controls. Cf: format characters, among them every bidi embedding, override, isolate and mark, the
// zero-width (non-)joiners and the word joiner. Default_Ignorable_Code_Point: what renders as nothing and is not Cf
// (fillers, variation selectors, the soft hyphen's kin). Cs: a lone surrogate left by cutting a string mid-pair.
const UNSAFE = /[\p{Cc}\p{Cf}\p{Default_Ignorable_Code_Point}\p{Cs}]/gu;

/** Page text safe to show: no control or invisible characters, spacing collapsed, at most `max` characters. */
export function plainText(raw: string, max: number): string {
  // Spacing first: tabs and line breaks are controls too, but stand between words. (Unicode White_Space, unlike
  // JavaScript's \s, leaves out U+FEFF, which is invisible and goes with the rest.)
  const spaced = raw.replace(/\p{White_Space}+/gu, ' ');
  const chars = Array.from(spaced.replace(UNSAFE, '').replace(/ {2,}/g, ' ').trim());
  return chars.slice(0, max).join('').trim();
}

/** A label safe to store and show, or undefined when nothing printable is left. */
export function cleanLabel(raw: string): string | undefined {
  const label = plainText(raw, MAX_LABEL_LENGTH);
  return label === '' ? undefined : label;
}
