// The registry: every walkthrough, in catalog order, and the queries the popup, dashboard, guide and ledger need.
import type { WalkthroughStatus } from '../model/walkthrough-status';
import { about } from './catalog/about';
import { accountsCenter } from './catalog/accounts-center';
import { adPartnerActivity } from './catalog/ad-partner-activity';
import { advancedChatPrivacy } from './catalog/advanced-chat-privacy';
import { blockReportBusiness } from './catalog/block-report-business';
import { blockUnknown } from './catalog/block-unknown';
import { defaultTimer } from './catalog/default-timer';
import { encryptedBackup } from './catalog/encrypted-backup';
import { europeanRegion } from './catalog/european-region';
import { groups } from './catalog/groups';
import { lastSeen } from './catalog/last-seen';
import { linkPreviews } from './catalog/link-previews';
import { linkedDevices } from './catalog/linked-devices';
import { metaAiData } from './catalog/meta-ai-data';
import { online } from './catalog/online';
import { profilePhoto } from './catalog/profile-photo';
import { protectIpCalls } from './catalog/protect-ip-calls';
import { readReceipts } from './catalog/read-receipts';
import { requestAccountInfo } from './catalog/request-account-info';
import { securityNotifications } from './catalog/security-notifications';
import { shareAccountInfo2016 } from './catalog/share-account-info-2016';
import { status } from './catalog/status';
import { stopMarketing } from './catalog/stop-marketing';
import { strictAccountSettings } from './catalog/strict-account-settings';
import { twoStepVerification } from './catalog/two-step-verification';
import { updatesTabAds } from './catalog/updates-tab-ads';
import { usernameAndKey } from './catalog/username-and-key';
import type { ActionableWalkthrough, Walkthrough, WebWalkthrough } from './types';

export type * from './types';

export const WALKTHROUGHS: readonly Walkthrough[] = [
  // Guided on WhatsApp Web
  lastSeen,
  online,
  profilePhoto,
  about,
  status,
  readReceipts,
  groups,
  defaultTimer,
  protectIpCalls,
  linkPreviews,
  blockUnknown,
  securityNotifications,
  requestAccountInfo,
  blockReportBusiness,
  stopMarketing,
  advancedChatPrivacy,
  // On your phone
  twoStepVerification,
  encryptedBackup,
  linkedDevices,
  accountsCenter,
  metaAiData,
  adPartnerActivity,
  updatesTabAds,
  usernameAndKey,
  strictAccountSettings,
  // Background
  shareAccountInfo2016,
  europeanRegion,
];

export function walkthroughById(id: string): Walkthrough | undefined {
  return WALKTHROUGHS.find((w) => w.id === id);
}

export function isActionable(w: Walkthrough): w is ActionableWalkthrough {
  return w.kind !== 'background';
}

export function isWebWalkthrough(w: Walkthrough | undefined): w is WebWalkthrough {
  return w?.kind === 'web';
}

export type StatusMap = Readonly<Record<string, { status: WalkthroughStatus } | undefined>>;

export function statusOf(statuses: StatusMap, id: string): WalkthroughStatus {
  return statuses[id]?.status ?? 'not-started';
}

/**
 * The `limit` most valuable actionable walkthroughs not done yet ("loosened" counts as not done). `first` names
 * walkthroughs to put ahead of the rest, in that order (the ones for what was just exposed, e.g. AI chats).
 */
export function mostValuableNotDone(statuses: StatusMap, limit: number, first: readonly string[] = []): ActionableWalkthrough[] {
  const rank = (w: ActionableWalkthrough) => (first.includes(w.id) ? first.indexOf(w.id) - first.length : 0);
  return WALKTHROUGHS.filter(isActionable)
    .filter((w) => statusOf(statuses, w.id) !== 'done')
    .sort((a, b) => rank(a) - rank(b) || b.value - a.value)
    .slice(0, Math.max(0, limit));
}
