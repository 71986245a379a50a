// Whether detection still finds WhatsApp's page: an expected anchor missing for 5 s makes health "degraded"
// with the selector keys that failed; "ok" is reported once when everything is found, and again on recovery.
// The popup turns "degraded" into "WhatsApp changed its page; detection may be incomplete".
import { detectSettingsView } from '../whatsapp/detect/app';
import { findFirst } from '../whatsapp/query';
import type { PageContainers } from './observe';

export const HEALTH_GRACE_MS = 5000;

export interface HealthReport {
  status: 'ok' | 'degraded';
  failed: string[];
}

export interface HealthUpdate {
  /** Send this (a change since the last report). */
  report?: HealthReport;
  /** Check again after this many ms: an anchor is missing but still within its grace period. */
  recheckInMs?: number;
}

export class HealthTracker {
  private readonly missingSince = new Map<string, number>();
  private last: HealthReport | null = null;

  /** `missing`: the anchors expected right now and not found. */
  update(missing: readonly string[], now: number): HealthUpdate {
    for (const key of [...this.missingSince.keys()]) if (!missing.includes(key)) this.missingSince.delete(key);
    for (const key of missing) if (!this.missingSince.has(key)) this.missingSince.set(key, now);

    const failed = [...this.missingSince]
      .filter(([, since]) => now - since >= HEALTH_GRACE_MS)
      .map(([key]) => key)
      .sort();
    const waiting = [...this.missingSince.values()].filter((since) => now - since < HEALTH_GRACE_MS);
    const update: HealthUpdate = {};
    if (waiting.length > 0) update.recheckInMs = Math.min(...waiting.map((since) => since + HEALTH_GRACE_MS - now));

    // Anchors still in their grace period decide nothing yet.
    const desired: HealthReport | null =
      failed.length > 0 ? { status: 'degraded', failed } : missing.length === 0 ? { status: 'ok', failed: [] } : null;
    if (desired && (desired.status !== this.last?.status || desired.failed.join() !== this.last.failed.join())) {
      this.last = desired;
      update.report = desired;
    }
    return update;
  }
}

/**
 * The anchors the main UI should show right now and does not: the chat list always, the open chat's header
 * anchors (`chatMissing`), and a settings step whenever Settings is selected. `page`: the containers the page
 * watcher found; `left`: the left drawer's scope.
 */
export function missingAnchors(
  doc: Document,
  page: Pick<PageContainers, 'chatList' | 'left'>,
  left: ParentNode,
  chatMissing: readonly string[],
): string[] {
  const missing: string[] = [];
  if (!page.chatList) missing.push('chatList');
  missing.push(...chatMissing);
  if (findFirst(doc, 'navSettingsSelected') === null) return missing;
  const stepShown = page.left?.querySelector('header') != null || detectSettingsView(left) !== null;
  if (!stepShown) missing.push('settingsDrawer');
  return missing;
}
