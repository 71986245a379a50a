import { useState } from 'preact/hooks';
import { t, uiDirection, type MessageKey } from '@/lib/i18n/t';
import type { Snapshot } from '@/lib/model/snapshot';
import type { WalkthroughStatus } from '@/lib/model/walkthrough-status';
import { statusOf, WALKTHROUGHS, type Walkthrough } from '@/lib/walkthroughs/index';
import { WalkthroughItem } from './WalkthroughItem';
import { useWalkthroughActions } from './use-actions';
import './walkthroughs.css';

const GROUPS: ReadonlyArray<{ kind: Walkthrough['kind']; title: MessageKey; intro: MessageKey }> = [
  { kind: 'web', title: 'wt_group_web', intro: 'wt_group_web_intro' },
  { kind: 'phone', title: 'wt_group_phone', intro: 'wt_group_phone_intro' },
  { kind: 'background', title: 'wt_group_background', intro: 'wt_group_background_intro' },
];

/** Every walkthrough, grouped, each a disclosure with its written steps; `focus` opens one (dashboard.html#walkthrough=id). */
export function WalkthroughCatalog({ snapshot, focus }: { snapshot: Snapshot; focus?: string }) {
  const actions = useWalkthroughActions();
  // Statuses the user set here, shown at once rather than after the next snapshot.
  const [saved, setSaved] = useState<Record<string, WalkthroughStatus>>({});

  async function setStatus(id: string, status: WalkthroughStatus): Promise<void> {
    if (await actions.setStatus(id, status)) setSaved((prev) => ({ ...prev, [id]: status }));
  }

  return (
    <div class="wt-catalog" dir={uiDirection()}>
      {actions.error && (
        <p class="notice notice-error" role="alert">
          {actions.error}
        </p>
      )}
      {GROUPS.map((group) => (
        <section key={group.kind} class="wt-group" aria-labelledby={`wt-group-${group.kind}`}>
          <h3 id={`wt-group-${group.kind}`}>{t(group.title)}</h3>
          <p class="muted">{t(group.intro)}</p>
          <ul class="wt-list">
            {WALKTHROUGHS.filter((w) => w.kind === group.kind).map((w) => (
              <WalkthroughItem
                key={w.id}
                walkthrough={w}
                status={saved[w.id] ?? statusOf(snapshot.walkthroughs, w.id)}
                focused={focus === w.id}
                onGuide={() => void actions.guide(w.id)}
                onStatus={(status) => void setStatus(w.id, status)}
              />
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}
