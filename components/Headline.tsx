import type { Snapshot } from '@/lib/model/snapshot';
import { headline } from '@/lib/view/headline';

export function Headline({ snapshot }: { snapshot: Snapshot }) {
  const { title, detail } = headline(snapshot);
  return (
    <div class="headline" data-headline>
      <p class="headline-title">{title}</p>
      <p class="headline-detail">{detail}</p>
    </div>
  );
}
