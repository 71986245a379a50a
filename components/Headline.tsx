import type { Snapshot } from '@/lib/messaging/protocol';
import { headline } from '@/lib/ui/headline';

export function Headline({ snapshot }: { snapshot: Snapshot }) {
  const { title, detail } = headline(snapshot);
  return (
    <div class="headline" data-headline>
      <p class="headline-title">{title}</p>
      <p class="headline-detail">{detail}</p>
    </div>
  );
}
