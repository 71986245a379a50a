import { useState } from 'preact/hooks';
import { t, type MessageKey } from '@/lib/i18n/t';
import type { BusinessRow, Snapshot } from '@/lib/model/snapshot';
import type { BusinessAi, Hosting, SwitchState, Verification } from '@/lib/model/observation';
import { formatDateTime, formatNumber } from '@/lib/view/format';
import type { SnapshotStore } from '@/lib/view/store';
import { ConfirmButton } from '../ConfirmButton';

const VERIFICATION: Record<Verification, MessageKey> = {
  verified: 'dashboard_verification_verified',
  unverified: 'dashboard_verification_unverified',
  unknown: 'ui_unknown',
};

// what-whatsapp-shares.md §3.3: who holds the business's side of the chat decides who can read it.
const HOSTING: Record<Hosting, MessageKey> = {
  meta: 'dashboard_hosting_meta',
  vendor: 'dashboard_hosting_vendor',
  self: 'dashboard_hosting_self',
  unknown: 'ui_unknown',
};

// ai-2026.md §5: whose AI answers for the business, independent of who holds the chat.
const AI: Record<BusinessAi, MessageKey> = {
  meta: 'dashboard_business_ai_meta',
  'third-party': 'dashboard_business_ai_third_party',
  none: 'dashboard_business_ai_none',
};

// ai-2026.md §6: advanced chat privacy as last seen for the chat; WhatsApp doesn't offer it with every business (§6.4).
const ACP: Record<SwitchState | 'unknown', MessageKey> = {
  on: 'dashboard_business_acp_on',
  off: 'dashboard_business_acp_off',
  unknown: 'dashboard_business_acp_unknown',
};

// ai-2026.md §8.6: in a chat started from an ad, data sharing with the advertiser, when its notice was seen.
function adsReferral(row: BusinessRow): MessageKey {
  if (!row.adsReferral) return 'dashboard_ads_referral_no';
  if (row.dataSharing === 'on') return 'dashboard_ads_referral_sharing_on';
  if (row.dataSharing === 'off') return 'dashboard_ads_referral_sharing_off';
  return 'dashboard_ads_referral_yes';
}

/** Rows are added a page at a time so a log of hundreds of businesses stays quick to open. */
const PAGE = 50;

function businessName(row: BusinessRow): string {
  return row.label ?? t('ui_business_ordinal', row.ordinal);
}

/** One row per business key, in the snapshot's order (most recently seen first), with "don't log" and "delete". */
export function Businesses({ snapshot, store }: { snapshot: Snapshot; store: SnapshotStore }) {
  const [shown, setShown] = useState(PAGE);
  if (snapshot.businesses.length === 0) return <p class="muted">{t('dashboard_businesses_empty')}</p>;
  const rows = snapshot.businesses;
  return (
    <>
      {!snapshot.settings.labels && <p class="hint">{t('dashboard_businesses_unlabelled')}</p>}
      <div class="table-scroll" tabIndex={0} role="region" aria-labelledby="businesses-caption">
        <table class="businesses">
          <caption id="businesses-caption">
            {t('dashboard_businesses_caption', [formatNumber(rows.length), formatNumber(snapshot.days)])}
          </caption>
          <thead>
            <tr>
              <th scope="col">{t('dashboard_business')}</th>
              <th scope="col">{t('dashboard_verification')}</th>
              <th scope="col">{t('dashboard_hosting')}</th>
              <th scope="col">{t('dashboard_ads_referral')}</th>
              <th scope="col">{t('dashboard_business_ai')}</th>
              <th scope="col">{t('dashboard_business_acp')}</th>
              <th scope="col">{t('dashboard_interactions')}</th>
              <th scope="col">{t('dashboard_last_seen')}</th>
              <th scope="col">{t('dashboard_actions')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.slice(0, shown).map((row) => {
              const name = businessName(row);
              const acp = row.advancedChatPrivacy ?? 'unknown';
              return (
                <tr key={row.key} data-business-key={row.key} data-ignored={row.ignored} data-ai={row.ai} data-acp={acp}>
                  <th scope="row" class="business-name">
                    {name}
                  </th>
                  <td>{t(VERIFICATION[row.verification])}</td>
                  <td>{t(HOSTING[row.hosting])}</td>
                  <td>{t(adsReferral(row))}</td>
                  <td class="business-ai">{t(AI[row.ai])}</td>
                  <td>{t(ACP[acp])}</td>
                  <td class="num">{formatNumber(row.interactions)}</td>
                  <td>
                    <time dateTime={new Date(row.lastSeen).toISOString()}>{formatDateTime(row.lastSeen)}</time>
                  </td>
                  <td class="row-actions">
                    <label class="inline-check">
                      <input
                        type="checkbox"
                        checked={row.ignored}
                        aria-label={t('dashboard_dont_log_named', name)}
                        onChange={(event) => void store.setBusinessIgnored(row.key, event.currentTarget.checked)}
                      />
                      <span aria-hidden="true">{t('dashboard_dont_log')}</span>
                    </label>
                    <ConfirmButton
                      label={t('dashboard_delete')}
                      question={t('dashboard_delete_question', name)}
                      confirmLabel={t('dashboard_delete_confirm')}
                      onConfirm={() => store.forgetBusiness(row.key, name)}
                    />
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      {shown < rows.length && (
        <button type="button" onClick={() => setShown(shown + PAGE)}>
          {t('dashboard_show_more', [formatNumber(Math.min(PAGE, rows.length - shown)), formatNumber(rows.length - shown)])}
        </button>
      )}
    </>
  );
}
