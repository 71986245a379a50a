// Business display names come from the page, which may be hostile: keep them short and printable.

export const MAX_LABEL_LENGTH = 80;

// C0/C1 controls, and bidi overrides/isolates that could make a name render as something else.
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069\ufeff]/g;

/** A label safe to store and show, or undefined when nothing printable is left. */
export function cleanLabel(raw: string): string | undefined {
  const chars = Array.from(raw.replace(/\s+/g, ' ').replace(UNSAFE, '').replace(/ {2,}/g, ' ').trim());
  const label = chars.slice(0, MAX_LABEL_LENGTH).join('').trim();
  return label === '' ? undefined : label;
}
