import { useId, useRef } from 'preact/hooks';
import { t, type MessageKey } from '@/lib/i18n/t';
import type { Snapshot } from '@/lib/model/snapshot';
import { RETENTION_DAYS, type RetentionDays, type Settings } from '@/lib/model/preferences';
import { REGIONS, type Region } from '@/lib/model/ids';
import { formatNumber } from '@/lib/view/format';
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

/** Retention, export, import, clearing, and the preferences that shape what is kept and shown. */
export function YourData({ snapshot, store }: { snapshot: Snapshot; store: SnapshotStore }) {
  const { settings } = snapshot;
  const update = (change: Partial<Settings>) => void store.updatePreferences(change);
  const fileInput = useRef<HTMLInputElement>(null);
  const importId = useId();

  const importFile = async (file: File) => {
    await store.importData(await file.text());
    if (fileInput.current) fileInput.current.value = ''; // the same file can be chosen again
  };

  return (
    <>
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
