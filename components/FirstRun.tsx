import { t } from '@/lib/i18n/t';

/** What the extension does and never does, before anything was logged (snapshot.empty). */
export function FirstRun({ onOpenWhatsApp }: { onOpenWhatsApp: () => void }) {
  return (
    <section class="first-run" data-section="first-run" aria-labelledby="first-run-title">
      <h2 id="first-run-title">{t('ui_first_run_title')}</h2>
      <p>{t('ui_first_run_what')}</p>
      <p>{t('ui_first_run_local')}</p>
      <p>{t('ui_first_run_never')}</p>
      <button type="button" class="primary" onClick={onOpenWhatsApp}>
        {t('ui_open_whatsapp')}
      </button>
    </section>
  );
}
