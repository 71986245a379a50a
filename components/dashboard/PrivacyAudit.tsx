import { t, type MessageKey } from '@/lib/i18n/t';
import type { Snapshot } from '@/lib/model/snapshot';
import type { PrivacyControlId, PrivacyValue } from '@/lib/model/privacy-controls';
import { walkthroughById } from '@/lib/walkthroughs/index';
import { advancedChatPrivacyTally, auditRows, auditScore, type AuditState } from '@/lib/view/audit';
import { formatDateTime, formatNumber } from '@/lib/view/format';
import { walkthroughHash } from '@/lib/view/route';

// Names as WhatsApp Web shows them (what-whatsapp-shares.md §4, whatsapp-dom.md §d.3–d.6).
const CONTROL: Record<PrivacyControlId, MessageKey> = {
  'last-seen': 'dashboard_control_last_seen',
  online: 'dashboard_control_online',
  'profile-photo': 'dashboard_control_profile_photo',
  about: 'dashboard_control_about',
  status: 'dashboard_control_status',
  groups: 'dashboard_control_groups',
  'default-timer': 'dashboard_control_default_timer',
  'read-receipts': 'dashboard_control_read_receipts',
  'block-unknown': 'dashboard_control_block_unknown',
  'protect-ip-calls': 'dashboard_control_protect_ip_calls',
  'disable-link-previews': 'dashboard_control_disable_link_previews',
  'security-notifications': 'dashboard_control_security_notifications',
};

const VALUE: Record<PrivacyValue, MessageKey> = {
  everyone: 'dashboard_value_everyone',
  contacts: 'dashboard_value_contacts',
  'contacts-except': 'dashboard_value_contacts_except',
  nobody: 'dashboard_value_nobody',
  'same-as-last-seen': 'dashboard_value_same_as_last_seen',
  'only-share-with': 'dashboard_value_only_share_with',
  on: 'dashboard_value_on',
  off: 'dashboard_value_off',
  'timer-24h': 'dashboard_value_timer_24h',
  'timer-7d': 'dashboard_value_timer_7d',
  'timer-90d': 'dashboard_value_timer_90d',
};

const STATE: Record<AuditState, MessageKey> = {
  'most-private': 'dashboard_audit_most_private',
  'could-be-stricter': 'dashboard_audit_could_be_stricter',
  unknown: 'dashboard_audit_not_checked',
};

function WalkthroughLink({ id }: { id: string }) {
  const walkthrough = walkthroughById(id);
  return walkthrough ? <a href={walkthroughHash(id)}>{t('dashboard_audit_walkthrough', t(walkthrough.title))}</a> : null;
}

/** Strict Account Settings as last seen (ai-2026.md §9), and advanced chat privacy across business chats (§6). */
function AccountWide({ snapshot }: { snapshot: Snapshot }) {
  const strict = snapshot.strictAccount;
  const acp = advancedChatPrivacyTally(snapshot);
  return (
    <ul class="audit-account">
      <li data-strict-account={strict === null ? 'unknown' : strict.on ? 'on' : 'off'}>
        {strict === null
          ? t('dashboard_audit_strict_unknown')
          : t(strict.on ? 'dashboard_audit_strict_on' : 'dashboard_audit_strict_off', formatDateTime(strict.observedAt))}{' '}
        <WalkthroughLink id="strict-account-settings" />
      </li>
      <li data-acp-on={acp.on} data-acp-seen={acp.seen}>
        {acp.seen === 0 ? t('dashboard_audit_acp_none') : t('dashboard_audit_acp', [formatNumber(acp.on), formatNumber(acp.seen)])}{' '}
        <WalkthroughLink id="advanced-chat-privacy" />
      </li>
    </ul>
  );
}

/** Each privacy control: last value seen on WhatsApp Web, whether it is the most private, how to change it. */
export function PrivacyAudit({ snapshot }: { snapshot: Snapshot }) {
  const rows = auditRows(snapshot);
  const score = auditScore(rows);
  return (
    <>
      <p class="score" data-score={score.mostPrivate} data-total={score.total}>
        {t('ui_audit_score', [formatNumber(score.mostPrivate), formatNumber(score.total)])}
        {score.unknown > 0 && ` ${t('dashboard_audit_unknown', formatNumber(score.unknown))}`}
      </p>
      <AccountWide snapshot={snapshot} />
      <div class="table-scroll" tabIndex={0} role="region" aria-labelledby="audit-caption">
        <table class="audit">
          <caption id="audit-caption">{t('dashboard_audit_caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('dashboard_audit_control')}</th>
              <th scope="col">{t('dashboard_audit_value')}</th>
              <th scope="col">{t('dashboard_audit_when')}</th>
              <th scope="col">{t('dashboard_audit_state')}</th>
              <th scope="col">{t('dashboard_audit_how')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.control} data-control={row.control} data-state={row.state} data-locked={row.locked || undefined}>
                <th scope="row">{t(CONTROL[row.control])}</th>
                <td>{row.value === null ? t('dashboard_audit_not_checked') : t(VALUE[row.value])}</td>
                <td>
                  {row.observedAt === null ? (
                    '–'
                  ) : (
                    <time dateTime={new Date(row.observedAt).toISOString()}>{formatDateTime(row.observedAt)}</time>
                  )}
                </td>
                <td class={`state state-${row.state}`}>
                  {t(STATE[row.state])}
                  {row.locked && <span class="locked"> {t('dashboard_audit_locked')}</span>}
                </td>
                <td>
                  {row.walkthroughId && (
                    <a href={walkthroughHash(row.walkthroughId)}>{t('dashboard_audit_walkthrough', t(CONTROL[row.control]))}</a>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
