// The plain-words headline over the tally. Each variant is a whole sentence in the catalog: English
// needs separate messages for one and many, and other languages get the same slots to translate.
import { t, type MessageKey } from '@/lib/i18n/t';
import type { Snapshot } from '@/lib/model/snapshot';
import { formatNumber } from './format';
import { categoryTallies, exposedAudiences } from './tally';

export interface Headline {
  /** What was exposed, to how many audiences. */
  title: string;
  /** How many business chats took part. */
  detail: string;
}

const EXPOSURE: Record<'one' | 'many', Record<'one' | 'many', MessageKey>> = {
  one: { one: 'ui_headline_kind1_audience1', many: 'ui_headline_kind1_audiences' },
  many: { one: 'ui_headline_kinds_audience1', many: 'ui_headline_kinds_audiences' },
};

const plural = (n: number): 'one' | 'many' => (n === 1 ? 'one' : 'many');

export function headline(snapshot: Snapshot): Headline {
  const kinds = categoryTallies(snapshot).length;
  const audiences = exposedAudiences(snapshot).length;
  const days = formatNumber(snapshot.days);
  const title =
    kinds === 0
      ? t('ui_headline_nothing', days)
      : t(EXPOSURE[plural(kinds)][plural(audiences)], [days, formatNumber(kinds), formatNumber(audiences)]);
  const chats = snapshot.businessChats;
  const detail =
    chats === 0 ? t('ui_headline_chats0') : chats === 1 ? t('ui_headline_chats1') : t('ui_headline_chats', formatNumber(chats));
  return { title, detail };
}
