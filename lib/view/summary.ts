// The share-safe summary: counts per category and who received them, and the audit score.
// No business labels, no keys, no dates of single interactions: safe to paste anywhere (peer-extensions.md §3).
import { t } from '@/lib/i18n/t';
import type { Snapshot } from '@/lib/model/snapshot';
import { auditRows, auditScore } from './audit';
import { formatList, formatNumber } from './format';
import { headline } from './headline';
import { categoryTallies } from './tally';
import { audienceLabel, categoryLabel } from './taxonomy';

export function shareSummary(snapshot: Snapshot): string {
  const { title, detail } = headline(snapshot);
  const lines = categoryTallies(snapshot).map(({ category, count, audiences }) =>
    t('ui_summary_line', [categoryLabel(category), formatNumber(count), formatList(audiences.map((a) => audienceLabel(a.audience)))]),
  );
  const score = auditScore(auditRows(snapshot));
  return [
    t('ui_summary_title'),
    `${title} ${detail}`,
    ...lines.map((line) => `- ${line}`),
    t('ui_audit_score', [formatNumber(score.mostPrivate), formatNumber(score.total)]),
    t('ui_summary_footer'),
  ].join('\n');
}
