import { t } from '@/lib/i18n/t';
import type { SourceView } from '@/lib/view/taxonomy';

/** Where a claim comes from: the quoted words and the source, linked when it is a web address. */
export function SourceNote({ source }: { source: SourceView }) {
  return (
    <figure class="source">
      <blockquote>{source.quote}</blockquote>
      <figcaption>
        {t('ui_source')}{' '}
        {source.url ? (
          <a href={source.url} target="_blank" rel="noreferrer">
            {source.name}
          </a>
        ) : (
          <cite>{source.name}</cite>
        )}
      </figcaption>
    </figure>
  );
}
