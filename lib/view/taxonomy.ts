// Category, audience, rule and source text as the views show it, read from the taxonomy tables (lib/taxonomy/).
import { t } from '@/lib/i18n/t';
import { audience, category } from '@/lib/taxonomy/categories';
import type { AudienceId, CategoryId } from '@/lib/model/ids';
import { ruleById } from '@/lib/taxonomy/rules';
import { SOURCES, type SourceId } from '@/lib/taxonomy/sources';

/** A public document as the user sees it: its title, linked to its address. */
export interface PublicSource {
  title: string;
  url: string;
}

/** A source with the words of it a category or rule rests on. */
export interface SourceView extends PublicSource {
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

/** Title and address only: the research pointer is for developers and never reaches a view. */
export function publicSource(id: SourceId): PublicSource {
  const { title, url } = SOURCES[id];
  return { title, url };
}

function sourceView(id: SourceId, quote: string): SourceView {
  return { ...publicSource(id), quote };
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
