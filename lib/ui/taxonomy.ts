// TEMPORARY until lib/taxonomy exports its labels: the one place the UI reads category and audience text.
import type { AudienceId, CategoryId } from '@/lib/taxonomy/ids';

const humanize = (id: string) => id.replace(/-/g, ' ');

export function categoryLabel(id: CategoryId): string {
  return humanize(id);
}

export function categoryDescription(_id: CategoryId): string {
  return '';
}

export function categorySource(_id: CategoryId): { label: string; url?: string } | undefined {
  return undefined;
}

export function audienceLabel(id: AudienceId): string {
  return humanize(id);
}
