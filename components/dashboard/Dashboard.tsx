import { useEffect, useState } from 'preact/hooks';
import { WalkthroughCatalog } from '@/components/walkthroughs';
import { t, type MessageKey } from '@/lib/i18n/t';
import type { Snapshot } from '@/lib/model/snapshot';
import { parseRoute, SECTIONS, type Route, type SectionId } from '@/lib/view/route';
import { useSnapshotStore, type SnapshotStore } from '@/lib/view/store';
import { CategoryTally } from '../CategoryTally';
import { FirstRun } from '../FirstRun';
import { Headline } from '../Headline';
import { HealthNotice } from '../HealthNotice';
import { LiveNotice } from '../LiveNotice';
import { LoadGate } from '../LoadGate';
import { PauseSwitch } from '../PauseSwitch';
import { AiPart } from './AiPart';
import { Businesses } from './Businesses';
import { CategoryDetails } from './CategoryDetails';
import { ExposureMatrix } from './ExposureMatrix';
import { PrivacyAudit } from './PrivacyAudit';
import { RangePicker } from './RangePicker';
import { Section } from './Section';
import { ShareSummary } from './ShareSummary';
import { Timeline } from './Timeline';
import { YourData } from './YourData';

const TITLE: Record<SectionId, MessageKey> = {
  overview: 'dashboard_section_overview',
  matrix: 'dashboard_section_matrix',
  ai: 'dashboard_section_ai',
  timeline: 'dashboard_section_timeline',
  businesses: 'dashboard_section_businesses',
  audit: 'dashboard_section_audit',
  walkthroughs: 'dashboard_section_walkthroughs',
  data: 'dashboard_section_data',
};

function useRoute(): Route {
  const [route, setRoute] = useState(() => parseRoute(location.hash));
  useEffect(() => {
    const onChange = () => setRoute(parseRoute(location.hash));
    addEventListener('hashchange', onChange);
    return () => removeEventListener('hashchange', onChange);
  }, []);
  return route;
}

/** The full-tab dashboard: every section reads the same snapshot for the chosen period. */
export function Dashboard() {
  const { store, state, notice } = useSnapshotStore(30, { watch: true });
  const route = useRoute();
  const loaded = state.snapshot !== undefined;

  // Sections render after the snapshot arrives, so the browser's own jump to #id may have missed them.
  useEffect(() => {
    if (!loaded || route.section === 'overview') return;
    const heading = document.getElementById(`${route.section}-title`);
    heading?.scrollIntoView?.({ block: 'start' });
    if (!route.walkthrough) heading?.focus({ preventScroll: true });
  }, [loaded, route]);

  return (
    <div class="dashboard">
      <a class="skip-link" href="#main">
        {t('dashboard_skip')}
      </a>
      <header class="page-header">
        <div>
          <h1>{t('extName')}</h1>
          <p class="hint">{t('dashboard_tagline')}</p>
        </div>
        <RangePicker days={store.days} onChange={(days) => void store.load(days)} />
      </header>
      <nav class="page-nav" aria-label={t('dashboard_nav')}>
        <ul>
          {SECTIONS.map((id) => (
            <li key={id}>
              <a href={`#${id}`} aria-current={route.section === id ? 'location' : undefined}>
                {t(TITLE[id])}
              </a>
            </li>
          ))}
        </ul>
      </nav>
      <main id="main" tabIndex={-1}>
        <LoadGate state={state} onRetry={() => void store.load()}>
          {(snapshot) => <Sections snapshot={snapshot} store={store} route={route} />}
        </LoadGate>
      </main>
      <LiveNotice notice={notice} onDismiss={() => store.dismissNotice()} />
    </div>
  );
}

function Sections({ snapshot, store, route }: { snapshot: Snapshot; store: SnapshotStore; route: Route }) {
  return (
    <>
      <Section id="overview" title={t(TITLE.overview)}>
        <HealthNotice health={snapshot.health} />
        <PauseSwitch snapshot={snapshot} store={store} />
        {snapshot.empty ? (
          <FirstRun onOpenWhatsApp={() => void store.openWhatsApp()} />
        ) : (
          <>
            <Headline snapshot={snapshot} />
            <CategoryTally snapshot={snapshot} />
            <ShareSummary snapshot={snapshot} />
          </>
        )}
      </Section>
      <Section id="matrix" title={t(TITLE.matrix)}>
        <ExposureMatrix snapshot={snapshot} />
        <CategoryDetails snapshot={snapshot} />
      </Section>
      <Section id="ai" title={t(TITLE.ai)}>
        <AiPart snapshot={snapshot} />
      </Section>
      <Section id="timeline" title={t(TITLE.timeline)}>
        <Timeline snapshot={snapshot} />
      </Section>
      <Section id="businesses" title={t(TITLE.businesses)} count={snapshot.businesses.length}>
        <Businesses snapshot={snapshot} store={store} />
      </Section>
      <Section id="audit" title={t(TITLE.audit)}>
        <PrivacyAudit snapshot={snapshot} />
      </Section>
      <Section id="walkthroughs" title={t(TITLE.walkthroughs)}>
        <WalkthroughCatalog snapshot={snapshot} focus={route.walkthrough} />
      </Section>
      <Section id="data" title={t(TITLE.data)}>
        <YourData snapshot={snapshot} store={store} />
      </Section>
    </>
  );
}
