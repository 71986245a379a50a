import { t } from '@/lib/i18n/t';
import type { HealthState } from '@/lib/model/snapshot';
import { formatDateTime } from '@/lib/view/format';

/** Says so when detection on WhatsApp Web is failing, rather than going silent; details on request. */
export function HealthNotice({ health }: { health: HealthState }) {
  if (health.status !== 'degraded') return <span hidden data-health={health.status} />;
  return (
    <div class="notice notice-warning" role="status" data-health="degraded">
      <p>{t('ui_health_degraded')}</p>
      <details>
        <summary>{t('ui_technical_details')}</summary>
        {health.at !== null && <p>{t('ui_health_checked_at', formatDateTime(health.at))}</p>}
        {health.failed.length > 0 && (
          <>
            <p>{t('ui_health_failed_list')}</p>
            <ul class="mono">
              {health.failed.map((key) => (
                <li key={key}>{key}</li>
              ))}
            </ul>
          </>
        )}
      </details>
    </div>
  );
}
