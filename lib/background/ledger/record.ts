// Turns a batch of validated observations into ledger records: one readwrite transaction per batch,
// so events, tallies, day totals, businesses, audit, strict account settings and walkthrough progress
// change together or not at all. Idempotent by observation id: a resent observation changes nothing.
import { abortQuietly } from '../db/abort';
import { ACCOUNT_LOCK_KEY, ALL_STORES, HEALTH_KEY, type BusinessRecord, type EventRecord, type LedgerDb } from '../db/schema';
import type { Settings } from '../../model/preferences';
import { exposuresFor } from '../../taxonomy/rules';
import { statusAfterAudit, walkthroughsForControl } from '../../walkthroughs/progress';
import type { AccountLockObservation, BusinessFacts, Observation, PrivacyValueObservation } from '../../model/observation';
import { addEvent, applyCounters, type CounterTx, type Counters } from './counters';
import { localDay } from '../../model/day';
import { cleanLabel } from '../../model/label';
import { mergeLaterFacts } from './businesses';

export interface RecordResult {
  /** Every observation id of the batch: stored, known already, or deliberately not logged. */
  stored: string[];
  /** Events newly written. */
  added: number;
}

export async function recordObservations(db: LedgerDb, observations: Observation[], settings: Settings): Promise<RecordResult> {
  const tx = db.transaction(ALL_STORES, 'readwrite');
  const ignored = new Set(settings.ignoredBusinesses);
  const counters: Counters = new Map();
  let added = 0;
  try {
    for (const observation of observations) {
      if (observation.type === 'health') {
        const latest = await tx.objectStore('health').get(HEALTH_KEY);
        if (!latest || observation.at >= latest.at) {
          await tx.objectStore('health').put({ status: observation.status, failed: observation.failed, at: observation.at }, HEALTH_KEY);
        }
        continue;
      }
      // Paused: acknowledged, nothing logged. Only detection health (not about the user) is kept.
      if (settings.paused) continue;
      switch (observation.type) {
        case 'business-updated':
          if (!ignored.has(observation.business.key)) await upsertBusiness(tx, observation.business, observation.at, settings);
          break;
        case 'privacy-value':
          if (await auditPrivacyValue(tx, observation)) added += await addEventFor(tx, observation, settings, counters);
          break;
        case 'account-lock':
          await recordAccountLock(tx, observation);
          break;
        default: {
          // Business facts count only in a business chat (the Meta AI chat is never one).
          const business = observation.type !== 'session' && observation.chat === 'business' ? observation.business : undefined;
          if (business && ignored.has(business.key)) break;
          added += await addEventFor(tx, observation, settings, counters);
        }
      }
    }
    await applyCounters(tx, counters);
    await tx.done;
  } catch (error) {
    abortQuietly(tx);
    throw error;
  }
  return { stored: observations.map((o) => o.id), added };
}

/** Writes the event for an exposing observation seen for the first time; returns 1 if written. */
async function addEventFor(
  tx: CounterTx,
  observation: Exclude<Observation, { type: 'health' | 'business-updated' | 'account-lock' }>,
  settings: Settings,
  counters: Counters,
): Promise<number> {
  const events = tx.objectStore('events');
  if ((await events.getKey(observation.id)) !== undefined) return 0;
  const { exposures, rules } = exposuresFor(observation, settings.region);
  // The ledger is of exposures: an interaction that exposes nothing leaves no trace.
  if (exposures.length === 0) return 0;
  const event: EventRecord = {
    id: observation.id,
    at: observation.at,
    day: localDay(observation.at),
    type: observation.type,
    exposures,
    rules,
  };
  if (observation.type === 'chat-opened' || observation.type === 'message-sent') {
    event.chat = observation.chat;
    if (observation.type === 'message-sent') event.message = observation.message;
    if (observation.metaAi) event.metaAi = observation.metaAi;
    // Only a business chat makes a business row: the Meta AI chat never does, whatever came with it.
    if (observation.chat === 'business' && observation.business) {
      event.businessKey = observation.business.key;
      await upsertBusiness(tx, observation.business, observation.at, settings);
    }
  } else if (observation.type === 'privacy-value') {
    event.control = observation.control;
    event.value = observation.value;
  }
  await events.put(event);
  // Counters (the business's interaction count among them) are applied once per batch; the row exists by now.
  addEvent(counters, event);
  return 1;
}

/**
 * Records a privacy value read on WhatsApp Web and moves the walkthroughs it checks
 * (lib/walkthroughs/progress.ts). Returns whether the value is news: new or changed and not stale.
 */
async function auditPrivacyValue(tx: CounterTx, observation: PrivacyValueObservation): Promise<boolean> {
  const audit = tx.objectStore('audit');
  const previous = await audit.get(observation.control);
  if (previous && observation.at < previous.observedAt) return false;
  await audit.put({ control: observation.control, value: observation.value, observedAt: observation.at });
  const walkthroughs = tx.objectStore('walkthroughs');
  for (const id of walkthroughsForControl(observation.control)) {
    const before = (await walkthroughs.get(id))?.status ?? 'not-started';
    const after = statusAfterAudit(id, observation.control, observation.value, before);
    // A done walkthrough whose setting was loosened again becomes 'loosened' here.
    if (after !== before) await walkthroughs.put({ id, status: after, updatedAt: observation.at });
  }
  return previous?.value !== observation.value;
}

/**
 * Keeps the latest strict account settings state: the snapshot marks the controls they lock
 * (lib/taxonomy/strict-account.ts). Not an exposure, so no event.
 */
async function recordAccountLock(tx: CounterTx, observation: AccountLockObservation): Promise<void> {
  const account = tx.objectStore('account');
  const previous = await account.get(ACCOUNT_LOCK_KEY);
  if (previous && observation.at < previous.observedAt) return;
  await account.put({ strict: observation.strict, observedAt: observation.at }, ACCOUNT_LOCK_KEY);
}

/** Merges what the page showed about a business into its row; known facts win over 'unknown'. */
export async function upsertBusiness(tx: CounterTx, facts: BusinessFacts, at: number, settings: Settings): Promise<void> {
  const businesses = tx.objectStore('businesses');
  const existing = await businesses.get(facts.key);
  const label = settings.labels ? ((facts.label !== undefined ? cleanLabel(facts.label) : undefined) ?? existing?.label) : undefined;
  const row: BusinessRecord = {
    key: facts.key,
    verification: facts.verification !== 'unknown' ? facts.verification : (existing?.verification ?? 'unknown'),
    hosting: facts.hosting !== 'unknown' ? facts.hosting : (existing?.hosting ?? 'unknown'),
    adsReferral: facts.adsReferral || (existing?.adsReferral ?? false),
    ...mergeLaterFacts(facts, existing),
    firstSeen: Math.min(at, existing?.firstSeen ?? at),
    lastSeen: Math.max(at, existing?.lastSeen ?? at),
    interactions: existing?.interactions ?? 0,
    // Never read: settings.ignoredBusinesses alone decides what is logged and which rows the snapshot
    // marks ignored (an ignored business is never upserted). The field stays for the record's shape,
    // which older databases and export files carry.
    ignored: false,
  };
  if (label !== undefined) row.label = label;
  await businesses.put(row);
}
