import { t } from '@/lib/i18n/t';
import type { PublicSource, SourceView } from '@/lib/view/taxonomy';

/** A public source, opened in a new tab. */
export function SourceLink({ source }: { source: PublicSource }) {
  return (
    <a href={source.url} target="_blank" rel="noreferrer">
      {source.title}
    </a>
  );
}

/** Where a claim comes from: the quoted words and the source they are taken from. */
export function SourceNote({ source }: { source: SourceView }) {
  return (
    <figure class="source">
      <blockquote>{source.quote}</blockquote>
      <figcaption>
        {t('ui_source')} <SourceLink source={source} />
      </figcaption>
    </figure>
  );
}
