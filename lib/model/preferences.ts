// The user's preferences (extension storage, versioned). The salt lives apart and is never exported.
import type { Region } from './ids';

export const RETENTION_DAYS = [7, 30, 90, 365, 0] as const; // 0 = keep forever
export type RetentionDays = (typeof RETENTION_DAYS)[number];

export interface Settings {
  /** Raw events older than this are pruned daily; tallies stay until cleared. */
  retentionDays: RetentionDays;
  /** Nothing is logged while paused. */
  paused: boolean;
  region: Region;
  /** Whether `region` was chosen by the user (else derived from the time zone). */
  regionChosen: boolean;
  /** Keep businesses' display names. Off: businesses are "Business 1, 2…". */
  labels: boolean;
  /** Show the small notice inside WhatsApp Web's business chats. */
  inPageNotices: boolean;
  /** Show today's business-chat exposures on the toolbar icon. */
  badge: boolean;
  /** Business keys the user asked not to log. */
  ignoredBusinesses: string[];
  /** Business keys whose in-page notice the user dismissed. */
  dismissedNotices: string[];
}
