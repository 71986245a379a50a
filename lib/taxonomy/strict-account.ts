// The privacy controls Strict Account Settings lock (docs/research/ai-2026.md §9.1): contacts-only last seen,
// online, profile photo, About and group adds; blocking unknown accounts, IP protection in calls, no link
// previews and security notifications. While they are on, WhatsApp Web shows these controls locked (§9.2),
// and they can only be changed on the primary phone, by turning strict account settings off. Two-step
// verification, blocking media from unknown senders and silencing unknown callers are part of it too, but
// WhatsApp Web shows no control of ours for them.
import type { PrivacyControlId } from '../model/privacy-controls';
import type { SourceId } from './sources';

export const STRICT_ACCOUNT_SOURCE: SourceId = 'blog-strict-account-settings';

export const STRICT_ACCOUNT_CONTROLS: readonly PrivacyControlId[] = [
  'last-seen',
  'online',
  'profile-photo',
  'about',
  'groups',
  'block-unknown',
  'protect-ip-calls',
  'disable-link-previews',
  'security-notifications',
];
