// Content-script entry of the guided walkthroughs: follows activeGuideItem (written by the background when
// the user clicks "Guide me") and runs one guide session at a time on this WhatsApp Web tab, on the content
// script's page watcher.
import { isWebWalkthrough, walkthroughById } from '../../walkthroughs/index';
import { activeGuideItem, type ActiveGuide } from '../active-guide';
import type { PageWatcher } from '../observe';
import type { ContentScope } from '../scope';
import { startGuideSession, type GuideSession } from './session';

export function startGuide(scope: ContentScope, watcher: PageWatcher): void {
  let session: GuideSession | null = null;
  let startedAt = 0;

  const clear = () => void activeGuideItem.setValue(null);

  function apply(active: ActiveGuide | null): void {
    if (scope.signal.aborted) return;
    if (session?.closed) session = null;
    if (session && !active) {
      // Finished guides clear the item themselves and keep their confirmation until the user closes it.
      if (!session.finished) {
        session.destroy();
        session = null;
      }
      return;
    }
    if (!active) return;
    if (session && session.walkthroughId === active.walkthroughId && startedAt === active.startedAt) return;
    session?.destroy();
    session = null;
    const walkthrough = walkthroughById(active.walkthroughId);
    // Only Web walkthroughs can be guided; anything else is a stale or foreign value.
    if (!isWebWalkthrough(walkthrough)) return clear();
    startedAt = active.startedAt;
    session = startGuideSession({ walkthrough, document, scope, watcher, onEnd: clear });
  }

  // A change that arrives while the first read is in flight is newer than what that read returns.
  let changed = false;
  const unwatch = activeGuideItem.watch((value) => {
    changed = true;
    apply(value);
  });
  activeGuideItem.getValue().then(
    (value) => changed || apply(value),
    // Storage unreadable (extension reloaded under the page): nothing to guide; the next change arrives by watch.
    () => undefined,
  );
  scope.signal.addEventListener('abort', () => {
    unwatch();
    session?.destroy();
    session = null;
  });
}
