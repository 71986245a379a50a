// The privacy-settings audit: every control in lib/privacy/controls.ts against what was last observed.
import { PRIVACY_CONTROLS, type PrivacyControlId, type PrivacyValue } from '@/lib/model/privacy-controls';
import type { Snapshot } from '@/lib/model/snapshot';
import { walkthroughsForControl } from '@/lib/walkthroughs/progress';

export type AuditState = 'most-private' | 'loosened' | 'unknown';

export interface AuditView {
  control: PrivacyControlId;
  value: PrivacyValue | null;
  observedAt: number | null;
  state: AuditState;
  /** The walkthrough that guides to this control, when there is one. */
  walkthroughId?: string;
}

export interface AuditScore {
  mostPrivate: number;
  /** Controls never observed: they count as unknown, not as failures. */
  unknown: number;
  total: number;
}

export function auditRows(snapshot: Snapshot): AuditView[] {
  const observed = new Map(snapshot.audit.map((row) => [row.control, row]));
  return PRIVACY_CONTROLS.map(({ id }) => {
    const row = observed.get(id);
    const value = row?.value ?? null;
    return {
      control: id,
      value,
      observedAt: value === null ? null : (row?.observedAt ?? null),
      state: value === null ? 'unknown' : row!.mostPrivate ? 'most-private' : 'loosened',
      walkthroughId: walkthroughsForControl(id)[0],
    };
  });
}

export function auditScore(rows: AuditView[]): AuditScore {
  return {
    mostPrivate: rows.filter((r) => r.state === 'most-private').length,
    unknown: rows.filter((r) => r.state === 'unknown').length,
    total: rows.length,
  };
}
