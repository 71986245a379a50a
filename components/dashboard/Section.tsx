import type { ComponentChildren } from 'preact';
import type { SectionId } from '@/lib/view/route';

/** A dashboard section: a landmark with a heading, reachable from the nav by its id; `count` is how many items it lists. */
export function Section(props: { id: SectionId; title: string; count?: number; children: ComponentChildren }) {
  return (
    <section id={props.id} data-section={props.id} data-count={props.count} aria-labelledby={`${props.id}-title`}>
      <h2 id={`${props.id}-title`} tabIndex={-1}>
        {props.title}
      </h2>
      {props.children}
    </section>
  );
}
