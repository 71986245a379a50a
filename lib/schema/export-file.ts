// The JSON export of the ledger (docs/data.md): its format as a schema, and the LedgerExport type
// taken from it. The whole file is checked before an import writes anything. The rule ids and the
// event cap belong to the taxonomy and the background, which lib/schema may not import: the importer
// hands them in.
import * as v from 'valibot';
import { AI_SCOPES, AUDIENCE_IDS, CATEGORY_IDS } from '../model/ids';
import { cleanLabel } from '../model/label';
import { BUSINESS_AI, CHAT_AI, CHAT_KINDS, EVENT_TYPES, HOSTINGS, MESSAGE_KINDS, SWITCH_STATES, VERIFICATIONS } from '../model/observation';
import { PRIVACY_CONTROL_IDS, PRIVACY_VALUES } from '../model/privacy-controls';
import { WALKTHROUGH_STATUSES } from '../model/walkthrough-status';
import {
  boundedText,
  businessKey,
  calendarDay,
  listOf,
  objectOf,
  observationId,
  timestamp,
  valueOfItsControl,
  walkthroughId,
  wholeNumber,
} from './common';
import { settingsSchema } from './preferences';

export const EXPORT_FORMAT = 'metadata-ledger/1';

export interface ExportLimits {
  /** Every rule id (lib/taxonomy/rules.ts) an event may name. */
  ruleIds: readonly string[];
  /** The most events the ledger keeps (lib/background/ledger/prune.ts). */
  eventCap: number;
}

const count = wholeNumber(0, 1_000_000_000);

/** A list in which no two rows share a key; the issue points at the second one. */
function uniqueList<const S extends v.GenericSchema>(row: S, maxItems: number, keyOf: (row: v.InferOutput<S>) => string) {
  return v.pipe(
    listOf(row, maxItems),
    v.rawCheck<v.InferOutput<S>[]>(({ dataset, addIssue }) => {
      if (!dataset.typed) return;
      const seen = new Set<string>();
      for (const [i, item] of dataset.value.entries()) {
        const key = keyOf(item);
        if (seen.has(key)) {
          addIssue({ message: 'appears twice', path: [{ type: 'array', origin: 'value', input: dataset.value, key: i, value: item }] });
          return;
        }
        seen.add(key);
      }
    }),
  );
}

export function ledgerExportSchema({ ruleIds, eventCap }: ExportLimits) {
  const exposure = v.object({ category: v.picklist(CATEGORY_IDS), audience: v.picklist(AUDIENCE_IDS) });
  const event = v.object({
    id: observationId,
    at: timestamp,
    day: calendarDay,
    type: v.picklist(EVENT_TYPES),
    chat: v.optional(v.picklist(CHAT_KINDS)),
    message: v.optional(v.picklist(MESSAGE_KINDS)),
    metaAi: v.optional(v.picklist(CHAT_AI)),
    businessKey: v.optional(businessKey),
    control: v.optional(v.picklist(PRIVACY_CONTROL_IDS)),
    value: v.optional(v.picklist(PRIVACY_VALUES)),
    exposures: listOf(exposure, CATEGORY_IDS.length * AUDIENCE_IDS.length),
    rules: listOf(v.picklist(ruleIds), ruleIds.length),
  });
  const tally = v.object({
    /** '*' for everything, an AI setting (AI_SCOPES), or one business key. */
    scope: v.union([v.literal('*'), v.picklist(AI_SCOPES), v.pipe(v.string(), v.regex(/^[0-9a-f]{64}$/))]),
    day: calendarDay,
    category: v.picklist(CATEGORY_IDS),
    audience: v.picklist(AUDIENCE_IDS),
    count,
  });
  // Days past the horizon, rolled up into their month (lib/background/ledger/rollup.ts).
  const monthTally = v.object({
    scope: tally.entries.scope,
    month: v.pipe(v.string(), v.regex(/^\d{4}-(0[1-9]|1[0-2])$/)),
    category: tally.entries.category,
    audience: tally.entries.audience,
    count,
  });
  const business = v.object({
    key: businessKey,
    // Cleaned like a freshly observed name: a file is as untrusted as the page.
    label: v.optional(v.pipe(boundedText(1_000), v.transform(cleanLabel))),
    verification: v.picklist(VERIFICATIONS),
    hosting: v.picklist(HOSTINGS),
    adsReferral: v.boolean(),
    // Files written before business AI was detected have no `ai`: none was seen (as in the v3 upgrade).
    ai: v.optional(v.picklist(BUSINESS_AI), 'none'),
    dataSharing: v.optional(v.picklist(SWITCH_STATES)),
    phoneNumberShared: v.optional(v.boolean()),
    advancedChatPrivacy: v.optional(v.picklist(SWITCH_STATES)),
    firstSeen: timestamp,
    lastSeen: timestamp,
    interactions: count,
    ignored: v.boolean(),
  });
  const audit = v.pipe(
    v.object({ control: v.picklist(PRIVACY_CONTROL_IDS), value: v.picklist(PRIVACY_VALUES), observedAt: timestamp }),
    valueOfItsControl(),
  );

  return objectOf({
    format: v.literal(EXPORT_FORMAT),
    exportedAt: v.fallback(v.number(), 0),
    settings: settingsSchema,
    tallies: uniqueList(tally, 2_000_000, (t) => `${t.scope}|${t.day}|${t.category}|${t.audience}`),
    // Files written before the ledger rolled tallies up have none.
    months: v.optional(uniqueList(monthTally, 2_000_000, (t) => `${t.scope}|${t.month}|${t.category}|${t.audience}`)),
    days: uniqueList(v.object({ day: calendarDay, events: count, businessEvents: count }), 40_000, (d) => d.day),
    events: uniqueList(event, eventCap, (e) => e.id),
    audit: uniqueList(audit, PRIVACY_CONTROL_IDS.length, (a) => a.control),
    businesses: uniqueList(business, 100_000, (b) => b.key),
    walkthroughs: uniqueList(
      v.object({ id: walkthroughId, status: v.picklist(WALKTHROUGH_STATUSES), updatedAt: timestamp }),
      1_000,
      (w) => w.id,
    ),
  });
}

export type LedgerExport = v.InferOutput<ReturnType<typeof ledgerExportSchema>>;
