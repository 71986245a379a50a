// The dashboard's hash routes: #<section> jumps to a section, #walkthrough=<id> focuses one walkthrough.
export const SECTIONS = ['overview', 'matrix', 'ai', 'timeline', 'businesses', 'audit', 'walkthroughs', 'data'] as const;
export type SectionId = (typeof SECTIONS)[number];

export interface Route {
  section: SectionId;
  walkthrough?: string;
}

export function parseRoute(hash: string): Route {
  let raw = hash.replace(/^#/, '');
  try {
    raw = decodeURIComponent(raw);
  } catch {
    // A malformed escape (typed by hand) is just an unknown route.
  }
  const walkthrough = /^walkthrough=(.+)$/.exec(raw)?.[1];
  if (walkthrough) return { section: 'walkthroughs', walkthrough };
  return { section: (SECTIONS as readonly string[]).includes(raw) ? (raw as SectionId) : 'overview' };
}

export function walkthroughHash(id: string): string {
  return `#walkthrough=${encodeURIComponent(id)}`;
}
