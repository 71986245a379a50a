import { useEffect, useState } from 'preact/hooks';
import { WalkthroughCards } from '@/components/walkthroughs';
import { t } from '@/lib/i18n/t';
import { isWhatsAppOpen, openDashboard } from '@/lib/view/navigation';
import { useSnapshotStore } from '@/lib/view/store';
import { CategoryTally } from '../CategoryTally';
import { FirstRun } from '../FirstRun';
import { Headline } from '../Headline';
import { HealthNotice } from '../HealthNotice';
import { LiveNotice } from '../LiveNotice';
import { LoadGate } from '../LoadGate';
import { PauseSwitch } from '../PauseSwitch';

/** The toolbar popup: this week's tally, health, pause, next walkthroughs, and ways out. */
export function Popup({ close = () => window.close() }: { close?: () => void }) {
  const { store, state, notice } = useSnapshotStore(7);
  // null until known: the button appears only when no WhatsApp Web tab is open.
  const [whatsAppOpen, setWhatsAppOpen] = useState<boolean | null>(null);
  useEffect(() => {
    isWhatsAppOpen().then(setWhatsAppOpen, () => setWhatsAppOpen(false));
  }, []);

  const toDashboard = async () => {
    await openDashboard();
    close();
  };
  const toWhatsApp = async () => {
    if (await store.openWhatsApp()) close();
  };

  return (
    <main class="popup">
      <header class="popup-header">
        <h1>{t('extName')}</h1>
      </header>
      <LoadGate state={state} onRetry={() => void store.load()}>
        {(snapshot) => (
          <>
            <HealthNotice health={snapshot.health} />
            <PauseSwitch snapshot={snapshot} store={store} />
            {snapshot.empty ? (
              <FirstRun onOpenWhatsApp={() => void toWhatsApp()} />
            ) : (
              <section aria-labelledby="popup-tally-title">
                <h2 id="popup-tally-title" class="visually-hidden">
                  {t('popup_tally_title')}
                </h2>
                <Headline snapshot={snapshot} />
                <CategoryTally snapshot={snapshot} />
              </section>
            )}
            <section aria-labelledby="popup-walkthroughs-title">
              <h2 id="popup-walkthroughs-title">{t('popup_walkthroughs_title')}</h2>
              <WalkthroughCards snapshot={snapshot} limit={3} />
            </section>
            <div class="actions">
              <button type="button" class="primary" onClick={() => void toDashboard()}>
                {t('popup_open_dashboard')}
              </button>
              {whatsAppOpen === false && !snapshot.empty && (
                <button type="button" data-action="open-whatsapp" onClick={() => void toWhatsApp()}>
                  {t('ui_open_whatsapp')}
                </button>
              )}
            </div>
          </>
        )}
      </LoadGate>
      <LiveNotice notice={notice} onDismiss={() => store.dismissNotice()} />
    </main>
  );
}
