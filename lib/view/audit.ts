// The privacy-settings audit: every control in lib/model/privacy-controls.ts against what was last observed.
import type { PrivacyControlId, PrivacyValue } from '@/lib/model/privacy-controls';
import type { Snapshot } from '@/lib/model/snapshot';
import { walkthroughsForControl } from '@/lib/walkthroughs/progress';

/**
 * Where a control stands now: 'could-be-stricter' says only that a more private value exists. (Whether
 * it was changed back after a walkthrough is the walkthrough status 'loosened', lib/model/walkthrough-status.ts.)
 */
export type AuditState = 'most-private' | 'could-be-stricter' | 'unknown';

export interface AuditView {
  control: PrivacyControlId;
  value: PrivacyValue | null;
  observedAt: number | null;
  state: AuditState;
  /** The walkthrough that guides to this control, when there is one. */
  walkthroughId?: string;
  /** Held by Strict Account Settings: only the primary phone can change it (ai-2026.md §9.1–9.2). */
  locked: boolean;
}

export interface AuditScore {
  mostPrivate: number;
  /** Controls never observed: they count as unknown, not as failures. */
  unknown: number;
  total: number;
}

/** The snapshot's audit rows (every control, in order) with their state and walkthrough. */
export function auditRows(snapshot: Snapshot): AuditView[] {
  return snapshot.audit.map(({ control, value, observedAt, mostPrivate, lockedByStrict }) => ({
    control,
    value,
    observedAt,
    state: value === null ? 'unknown' : mostPrivate ? 'most-private' : 'could-be-stricter',
    walkthroughId: walkthroughsForControl(control)[0],
    locked: lockedByStrict,
  }));
}

/**
 * Advanced chat privacy is set per chat (ai-2026.md §6): among the businesses in the range whose setting was
 * seen, how many had it on. Businesses where it was never seen (or WhatsApp doesn't offer it, §6.4) don't count.
 */
export function advancedChatPrivacyTally(snapshot: Snapshot): { on: number; seen: number } {
  const seen = snapshot.businesses.filter((b) => b.advancedChatPrivacy !== undefined);
  return { on: seen.filter((b) => b.advancedChatPrivacy === 'on').length, seen: seen.length };
}

export function auditScore(rows: AuditView[]): AuditScore {
  return {
    mostPrivate: rows.filter((r) => r.state === 'most-private').length,
    unknown: rows.filter((r) => r.state === 'unknown').length,
    total: rows.length,
  };
}
