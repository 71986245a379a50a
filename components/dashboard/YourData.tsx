import { useId, useRef } from 'preact/hooks';
import { t, type MessageKey } from '@/lib/i18n/t';
import type { LedgerHealth } from '@/lib/model/ledger-health';
import type { Snapshot } from '@/lib/model/snapshot';
import { RETENTION_DAYS, type RetentionDays, type Settings } from '@/lib/model/preferences';
import { REGIONS, type Region } from '@/lib/model/ids';
import { formatDateTime, formatNumber } from '@/lib/view/format';
import type { SnapshotStore } from '@/lib/view/store';
import { ConfirmButton } from '../ConfirmButton';
import { Switch } from '../Switch';

const REGION: Record<Region, MessageKey> = {
  'european-region': 'dashboard_region_european',
  elsewhere: 'dashboard_region_elsewhere',
};

function retentionLabel(days: RetentionDays): string {
  return days === 0 ? t('dashboard_retention_forever') : t('dashboard_retention_days', formatNumber(days));
}

const onOff = (on: boolean) => t(on ? 'dashboard_import_offer_on' : 'dashboard_import_offer_off');

/** One line per setting an imported file would change, in the words of the settings below. */
function offerLines(offer: Partial<Settings>, current: Settings): string[] {
  const line = (setting: string, value: string) => t('dashboard_import_offer_setting', [setting, value]);
  const lines: string[] = [];
  if (offer.retentionDays !== undefined) lines.push(line(t('dashboard_retention'), retentionLabel(offer.retentionDays)));
  if (offer.region !== undefined) lines.push(line(t('dashboard_region'), t(REGION[offer.region])));
  if (offer.paused !== undefined) lines.push(line(t('ui_pause'), onOff(offer.paused)));
  if (offer.labels !== undefined) lines.push(line(t('dashboard_labels'), onOff(offer.labels)));
  if (offer.inPageNotices !== undefined) lines.push(line(t('dashboard_in_page_notices'), onOff(offer.inPageNotices)));
  if (offer.badge !== undefined) lines.push(line(t('dashboard_badge'), onOff(offer.badge)));
  if (offer.ignoredBusinesses) {
    lines.push(t('dashboard_import_offer_ignored', formatNumber(offer.ignoredBusinesses.length - current.ignoredBusinesses.length)));
  }
  if (offer.dismissedNotices) {
    lines.push(t('dashboard_import_offer_dismissed', formatNumber(offer.dismissedNotices.length - current.dismissedNotices.length)));
  }
  return lines;
}

/** The ledger's own state: saved by a newer version (read-only, with a way out), new businesses held back. */
function LedgerState({ ledger, store }: { ledger: LedgerHealth | undefined; store: SnapshotStore }) {
  if (ledger?.state === 'newer') {
    return (
      <div class="notice notice-warning" role="status" data-ledger="newer">
        <p>
          <strong>{t('dashboard_ledger_newer_title')}</strong>
        </p>
        <p>{t('dashboard_ledger_newer')}</p>
        <div class="actions">
          <button type="button" data-action="export-readable" onClick={() => void store.exportData('json')}>
            {t('dashboard_ledger_export')}
          </button>
          <ConfirmButton
            label={t('dashboard_ledger_fresh')}
            question={t('dashboard_ledger_fresh_question')}
            confirmLabel={t('dashboard_ledger_fresh_confirm')}
            onConfirm={() => store.clearAll()}
          />
        </div>
      </div>
    );
  }
  if (ledger && ledger.heldBack > 0 && ledger.lastHeldBack !== null) {
    return (
      <p class="notice notice-warning" role="status" data-ledger="held-back">
        {t('dashboard_ledger_held_back', [formatNumber(ledger.heldBack), formatDateTime(ledger.lastHeldBack)])}
      </p>
    );
  }
  return null;
}

/** Retention, export, import, clearing, and the preferences that shape what is kept and shown. */
export function YourData({ snapshot, store }: { snapshot: Snapshot; store: SnapshotStore }) {
  const { settings } = snapshot;
  const update = (change: Partial<Settings>) => void store.updatePreferences(change);
  const fileInput = useRef<HTMLInputElement>(null);
  const importId = useId();
  const offer = store.importOffer;

  const importFile = async (file: File) => {
    await store.importFile(file);
    if (fileInput.current) fileInput.current.value = ''; // the same file can be chosen again
  };

  return (
    <>
      <LedgerState ledger={snapshot.health.ledger} store={store} />

      <fieldset data-setting="retention">
        <legend>{t('dashboard_retention')}</legend>
        <p class="hint">{t('dashboard_retention_hint')}</p>
        {RETENTION_DAYS.map((days) => (
          <label key={days} class="inline-check">
            <input
              type="radio"
              name="retention"
              value={days}
              checked={settings.retentionDays === days}
              onChange={() => update({ retentionDays: days })}
            />
            {retentionLabel(days)}
          </label>
        ))}
      </fieldset>

      <fieldset data-setting="region">
        <legend>{t('dashboard_region')}</legend>
        <p class="hint">{t('dashboard_region_hint')}</p>
        {REGIONS.map((region) => (
          <label key={region} class="inline-check">
            <input
              type="radio"
              name="region"
              value={region}
              checked={settings.region === region}
              onChange={() => update({ region, regionChosen: true })}
            />
            {t(REGION[region])}
          </label>
        ))}
      </fieldset>

      <fieldset>
        <legend>{t('dashboard_preferences')}</legend>
        <Switch
          setting="labels"
          label={t('dashboard_labels')}
          hint={t('dashboard_labels_hint')}
          checked={settings.labels}
          onChange={(labels) => update({ labels })}
        />
        <Switch
          setting="inPageNotices"
          label={t('dashboard_in_page_notices')}
          hint={t('dashboard_in_page_notices_hint')}
          checked={settings.inPageNotices}
          onChange={(inPageNotices) => update({ inPageNotices })}
        />
        <Switch
          setting="badge"
          label={t('dashboard_badge')}
          hint={t('dashboard_badge_hint')}
          checked={settings.badge}
          onChange={(badge) => update({ badge })}
        />
      </fieldset>

      <fieldset>
        <legend>{t('dashboard_backup')}</legend>
        <p class="hint">{t('dashboard_backup_hint')}</p>
        <div class="actions">
          <button type="button" data-action="export-json" onClick={() => void store.exportData('json')}>
            {t('dashboard_export_json')}
          </button>
          <button type="button" data-action="export-csv" onClick={() => void store.exportData('csv')}>
            {t('dashboard_export_csv')}
          </button>
        </div>
        <label for={importId}>{t('dashboard_import')}</label>
        <input
          id={importId}
          ref={fileInput}
          type="file"
          accept=".json,application/json"
          data-action="import"
          onChange={(event) => {
            const file = event.currentTarget.files?.[0];
            if (file) void importFile(file);
          }}
        />
        {offer && (
          <div class="notice notice-warning" role="group" data-import-offer>
            <p>{t('dashboard_import_offer')}</p>
            <ul>
              {offerLines(offer, settings).map((line) => (
                <li key={line}>{line}</li>
              ))}
            </ul>
            <div class="actions">
              <button type="button" data-action="apply-import-settings" onClick={() => void store.applyImportOffer()}>
                {t('dashboard_import_offer_apply')}
              </button>
              <button type="button" onClick={() => store.dismissImportOffer()}>
                {t('dashboard_import_offer_keep')}
              </button>
            </div>
          </div>
        )}
      </fieldset>

      <fieldset class="danger-zone">
        <legend>{t('dashboard_clear_title')}</legend>
        <p class="hint">{t('dashboard_clear_hint')}</p>
        <ConfirmButton
          label={t('dashboard_clear')}
          question={t('dashboard_clear_question')}
          confirmLabel={t('dashboard_clear_confirm')}
          onConfirm={() => store.clearAll()}
        />
      </fieldset>
    </>
  );
}
