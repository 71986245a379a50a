import { t } from '@/lib/i18n/t';
import type { Snapshot } from '@/lib/model/snapshot';
import type { SnapshotStore } from '@/lib/view/store';
import { Switch } from './Switch';

/** Pause logging: nothing is recorded while paused. */
export function PauseSwitch({ snapshot, store }: { snapshot: Snapshot; store: SnapshotStore }) {
  return (
    <Switch
      setting="paused"
      label={t('ui_pause')}
      checked={snapshot.settings.paused}
      hint={snapshot.settings.paused ? t('ui_paused_hint') : undefined}
      onChange={(paused) => void store.setPaused(paused)}
    />
  );
}
