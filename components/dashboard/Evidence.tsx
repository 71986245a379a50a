import { useState } from 'preact/hooks';
import { t, type MessageKey } from '@/lib/i18n/t';
import type { EvidenceItem } from '@/lib/model/snapshot';
import type { CategoryId } from '@/lib/model/ids';
import type { ChatKind, MessageKind } from '@/lib/model/observation';
import { EVIDENCE_LIMIT, loadEvidence } from '@/lib/view/actions';
import { formatDateTime } from '@/lib/view/format';
import { ruleSource } from '@/lib/view/taxonomy';
import { AudienceChips } from '../AudienceChips';
import { SourceNote } from '../SourceNote';

const EVENT: Record<EvidenceItem['event'], MessageKey> = {
  session: 'dashboard_event_session',
  'chat-opened': 'dashboard_event_chat_opened',
  'message-sent': 'dashboard_event_message_sent',
  'privacy-value': 'dashboard_event_privacy_value',
};

const CHAT: Record<ChatKind, MessageKey> = {
  personal: 'dashboard_chat_personal',
  group: 'dashboard_chat_group',
  channel: 'dashboard_chat_channel',
  status: 'dashboard_chat_status',
  business: 'dashboard_chat_business',
  'meta-ai': 'dashboard_chat_meta_ai',
};

const MESSAGE: Record<MessageKind, MessageKey> = {
  text: 'dashboard_message_text',
  media: 'dashboard_message_media',
  document: 'dashboard_message_document',
  location: 'dashboard_message_location',
  contact: 'dashboard_message_contact',
  unknown: 'dashboard_message_unknown',
};

type EvidenceState =
  { status: 'closed' } | { status: 'loading' } | { status: 'error'; error: string } | { status: 'ready'; items: EvidenceItem[] };

/** "Why?": the interactions that produced a category, fetched only when asked for. */
export function Evidence({ category, label }: { category: CategoryId; label: string }) {
  const [state, setState] = useState<EvidenceState>({ status: 'closed' });
  const open = state.status !== 'closed';
  const regionId = `evidence-${category}`;

  const toggle = async () => {
    if (open) return setState({ status: 'closed' });
    setState({ status: 'loading' });
    try {
      setState({ status: 'ready', items: await loadEvidence(category) });
    } catch (error) {
      setState({ status: 'error', error: error instanceof Error ? error.message : String(error) });
    }
  };

  return (
    <div class="evidence" data-evidence={category}>
      <button type="button" aria-expanded={open} aria-controls={regionId} onClick={() => void toggle()}>
        {t('dashboard_why', label)}
      </button>
      <div id={regionId} role="region" aria-label={t('dashboard_why', label)} hidden={!open}>
        {state.status === 'loading' && <p role="status">{t('ui_loading')}</p>}
        {state.status === 'error' && <p role="alert">{t('ui_action_failed', state.error)}</p>}
        {state.status === 'ready' &&
          (state.items.length === 0 ? (
            <p class="muted">{t('dashboard_evidence_none')}</p>
          ) : (
            <ol class="evidence-list">
              {state.items.map((item, index) => (
                <li key={`${item.at}-${index}`}>
                  <EvidenceLine item={item} />
                </li>
              ))}
            </ol>
          ))}
        {state.status === 'ready' && state.items.length === EVIDENCE_LIMIT && (
          <p class="muted">{t('dashboard_evidence_limit', EVIDENCE_LIMIT)}</p>
        )}
        {state.status === 'ready' && <RuleSources items={state.items} />}
      </div>
    </div>
  );
}

function EvidenceLine({ item }: { item: EvidenceItem }) {
  return (
    <>
      <p>
        <time dateTime={new Date(item.at).toISOString()}>{formatDateTime(item.at)}</time> — {t(EVENT[item.event])}
      </p>
      <ul class="facts">
        {item.chat && <li>{t(CHAT[item.chat])}</li>}
        {item.message && <li>{t(MESSAGE[item.message])}</li>}
        {item.businessOrdinal !== undefined && <li>{t('ui_business_ordinal', item.businessOrdinal)}</li>}
      </ul>
      <AudienceChips audiences={item.audiences} />
    </>
  );
}

/** Each rule behind the listed interactions once, with the words it rests on. */
function RuleSources({ items }: { items: EvidenceItem[] }) {
  const sources = [...new Set(items.map((item) => item.rule))].flatMap((rule) => {
    const source = ruleSource(rule);
    return source ? [{ rule, source }] : [];
  });
  if (sources.length === 0) return null;
  return (
    <>
      <h4>{t('dashboard_evidence_rules')}</h4>
      {sources.map(({ rule, source }) => (
        <SourceNote key={rule} source={source} />
      ))}
    </>
  );
}
