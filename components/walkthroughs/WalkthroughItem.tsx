import { useEffect, useRef, useState } from 'preact/hooks';
import { t, type MessageKey } from '@/lib/i18n/t';
import type { WalkthroughStatus } from '@/lib/model/walkthrough-status';
import type { Platform, Walkthrough } from '@/lib/walkthroughs/index';
import type { Region } from '@/lib/model/ids';
import { publicSource } from '@/lib/view/taxonomy';
import { SourceLink } from '../SourceNote';
import { StatusBadge } from './StatusBadge';

const REGION_LABEL: Record<Region, MessageKey> = {
  'european-region': 'wt_region_european_region',
  elsewhere: 'wt_region_elsewhere',
};

function whereKey(availableOn: readonly Platform[]): MessageKey {
  return availableOn.includes('web') ? 'wt_where_web_and_phone' : 'wt_where_phone';
}

function Steps({ heading, steps }: { heading: MessageKey; steps: readonly MessageKey[] }) {
  return (
    <div class="wt-steps">
      <h5>{t(heading)}</h5>
      <ol>
        {steps.map((key, i) => (
          <li key={i}>{t(key)}</li>
        ))}
      </ol>
    </div>
  );
}

interface ItemProps {
  walkthrough: Walkthrough;
  status: WalkthroughStatus;
  /** Opened from dashboard.html#walkthrough=<id>: expand it and move focus to it. */
  focused: boolean;
  onGuide(): void;
  onStatus(status: WalkthroughStatus): void;
}

/** One walkthrough: a heading button (disclosure) and, when open, everything needed to follow it by hand. */
export function WalkthroughItem({ walkthrough: w, status, focused, onGuide, onStatus }: ItemProps) {
  const [open, setOpen] = useState(focused);
  const toggle = useRef<HTMLButtonElement>(null);
  const panelId = `wt-panel-${w.id}`;
  const title = t(w.title);

  useEffect(() => {
    if (!focused) return;
    setOpen(true);
    toggle.current?.scrollIntoView?.({ block: 'start' });
    toggle.current?.focus();
  }, [focused]);

  return (
    <li class="wt-item" data-walkthrough={w.id} data-status={w.kind === 'background' ? undefined : status}>
      <div class="wt-item-head">
        <h4>
          <button ref={toggle} type="button" class="wt-toggle" aria-expanded={open} aria-controls={panelId} onClick={() => setOpen(!open)}>
            {title}
          </button>
        </h4>
        {w.kind !== 'background' && <StatusBadge status={status} />}
      </div>
      <div id={panelId} class="wt-details" hidden={!open}>
        <h5>{t('wt_section_why')}</h5>
        <p>{t(w.whyItMatters.text)}</p>
        {w.kind === 'background' ? (
          w.explanation.map((key) => <p key={key}>{t(key)}</p>)
        ) : (
          <p class="muted">{t(whereKey(w.availableOn))}</p>
        )}
        {w.kind === 'web' && <Steps heading="wt_section_web_steps" steps={w.webSteps.map((s) => s.text)} />}
        {w.kind !== 'background' && w.phoneSteps && (
          <div class="wt-phone">
            <Steps heading="wt_section_android" steps={w.phoneSteps.android} />
            <Steps heading="wt_section_iphone" steps={w.phoneSteps.iphone} />
          </div>
        )}
        {w.kind === 'web' && w.check && (
          <>
            <h5>{t('wt_section_recommended')}</h5>
            <p>{t(w.check.text)}</p>
          </>
        )}
        {w.notes && (
          <>
            <h5>{t('wt_section_notes')}</h5>
            <ul>
              {w.notes.map((key) => (
                <li key={key}>{t(key)}</li>
              ))}
            </ul>
          </>
        )}
        {w.regionNotes && (
          <>
            <h5>{t('wt_section_region')}</h5>
            <dl class="wt-regions">
              {(Object.keys(REGION_LABEL) as Region[])
                .filter((region) => w.regionNotes?.[region])
                .map((region) => (
                  <div key={region}>
                    <dt>{t(REGION_LABEL[region])}</dt>
                    <dd>{t(w.regionNotes![region]!)}</dd>
                  </div>
                ))}
            </dl>
          </>
        )}
        <h5>{t('wt_section_source')}</h5>
        <ul class="wt-sources">
          {w.source.links.map((id) => (
            <li key={id}>
              <SourceLink source={publicSource(id)} />
            </li>
          ))}
        </ul>
        {w.kind === 'web' && (
          <div class="actions">
            <button type="button" class="primary" aria-label={t('wt_guide_me_label', title)} onClick={onGuide}>
              {t('wt_guide_me')}
            </button>
          </div>
        )}
        {w.kind === 'phone' && (
          <div class="actions">
            {status === 'done' ? (
              <button type="button" aria-label={t('wt_mark_not_done_label', title)} onClick={() => onStatus('not-started')}>
                {t('wt_mark_not_done')}
              </button>
            ) : (
              <button type="button" class="primary" aria-label={t('wt_mark_done_label', title)} onClick={() => onStatus('done')}>
                {t('wt_mark_done')}
              </button>
            )}
          </div>
        )}
      </div>
    </li>
  );
}
