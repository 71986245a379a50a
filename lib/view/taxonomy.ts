// Category, audience and rule text as the views show it, read from the taxonomy tables (lib/taxonomy/).
import { t } from '@/lib/i18n/t';
import { audience, category } from '@/lib/taxonomy/categories';
import type { AudienceId, CategoryId } from '@/lib/model/ids';
import { ruleById } from '@/lib/taxonomy/rules';
import { SOURCES, type SourceId } from '@/lib/taxonomy/sources';

export interface SourceView {
  name: string;
  /** Only web addresses become links; archive paths and bare domains are shown as text. */
  url?: string;
  quote: string;
}

export function categoryLabel(id: CategoryId): string {
  return t(category(id).labelKey);
}

export function categoryDescription(id: CategoryId): string {
  return t(category(id).descriptionKey);
}

export function audienceLabel(id: AudienceId): string {
  return t(audience(id).labelKey);
}

function sourceView(id: SourceId, quote: string): SourceView {
  const { name, ref } = SOURCES[id];
  return { name, url: ref.startsWith('https://') ? ref : undefined, quote };
}

export function categorySource(id: CategoryId): SourceView {
  const { source, quote } = category(id);
  return sourceView(source, quote);
}

/** The source of the rule that counted an interaction; undefined for a rule id this version does not know (an import). */
export function ruleSource(ruleId: string): SourceView | undefined {
  const rule = ruleById(ruleId);
  return rule && sourceView(rule.source, rule.quote);
}
