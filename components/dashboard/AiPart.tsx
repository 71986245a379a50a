import { t } from '@/lib/i18n/t';
import type { Snapshot } from '@/lib/model/snapshot';
import { aiExposures } from '@/lib/view/ai';
import { formatNumber } from '@/lib/view/format';
import { walkthroughHash } from '@/lib/view/route';

/**
 * Where AI read what you sent: the Meta AI chat, chats Meta AI reads, businesses answering with AI; each with
 * what happens to it and the walkthrough that limits it.
 */
export function AiPart({ snapshot }: { snapshot: Snapshot }) {
  const rows = aiExposures(snapshot);
  return (
    <>
      <p class="hint">{t('dashboard_ai_intro')}</p>
      <div class="table-scroll" tabIndex={0} role="region" aria-labelledby="ai-caption">
        <table class="ai">
          <caption id="ai-caption">{t('dashboard_ai_caption', formatNumber(snapshot.days))}</caption>
          <thead>
            <tr>
              <th scope="col">{t('dashboard_ai_where')}</th>
              <th scope="col">{t('dashboard_ai_amount')}</th>
              <th scope="col">{t('dashboard_ai_happens')}</th>
              <th scope="col">{t('dashboard_ai_how')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.id} data-ai={row.id} data-count={row.count} class={row.count === 0 ? 'zero' : undefined}>
                <th scope="row">{row.where}</th>
                <td>{row.amount}</td>
                <td>{row.happens}</td>
                <td>
                  <a href={walkthroughHash(row.walkthroughId)} data-walkthrough-link={row.walkthroughId}>
                    {t('dashboard_ai_walkthrough', row.walkthroughTitle)}
                  </a>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
