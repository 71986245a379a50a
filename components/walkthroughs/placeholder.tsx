import type { Snapshot } from '@/lib/messaging/protocol';

/** The most valuable walkthroughs not yet done, with progress (popup). */
export function WalkthroughCards(_props: { snapshot: Snapshot; limit: number }) {
  return null;
}

/** Every walkthrough, done / not done, with its written steps and "Guide me" (dashboard). */
export function WalkthroughCatalog(_props: { snapshot: Snapshot; focus?: string }) {
  return null;
}
