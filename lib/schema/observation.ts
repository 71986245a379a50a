// What the content script may report (lib/model/observation.ts), as schemas. The model keeps the
// documented types; the assertions below stop the two from drifting apart.
import * as v from 'valibot';
import {
  BUSINESS_AI,
  CHAT_AI,
  CHAT_KINDS,
  SWITCH_STATES,
  HEALTH_STATUSES,
  HOSTINGS,
  MESSAGE_KINDS,
  VERIFICATIONS,
  type BusinessFacts,
  type Observation,
} from '../model/observation';
import { PRIVACY_CONTROL_IDS, PRIVACY_VALUES } from '../model/privacy-controls';
import { boundedText, businessKey, listOf, observationId, timestamp, valueOfItsControl, type Same } from './common';

/** Longer names are cut to 80 characters (lib/model/label.ts); anything this long is not a name. */
const MAX_RAW_LABEL = 4_096;
/** More selector keys than lib/whatsapp/selectors.ts will ever have. */
const MAX_FAILED_SELECTORS = 100;

export const businessFactsSchema = v.object({
  key: businessKey,
  label: v.optional(boundedText(MAX_RAW_LABEL)),
  verification: v.picklist(VERIFICATIONS),
  hosting: v.picklist(HOSTINGS),
  adsReferral: v.boolean(),
  ai: v.picklist(BUSINESS_AI),
  dataSharing: v.optional(v.picklist(SWITCH_STATES)),
  phoneNumberShared: v.optional(v.boolean()),
  advancedChatPrivacy: v.optional(v.picklist(SWITCH_STATES)),
});

const base = { id: observationId, at: timestamp };

export const observationSchema = v.pipe(
  v.variant('type', [
    v.object({ type: v.literal('session'), ...base }),
    v.object({
      type: v.literal('chat-opened'),
      ...base,
      chat: v.picklist(CHAT_KINDS),
      business: v.optional(businessFactsSchema),
      metaAi: v.optional(v.picklist(CHAT_AI)),
    }),
    v.object({
      type: v.literal('message-sent'),
      ...base,
      chat: v.picklist(CHAT_KINDS),
      business: v.optional(businessFactsSchema),
      metaAi: v.optional(v.picklist(CHAT_AI)),
      message: v.picklist(MESSAGE_KINDS),
    }),
    v.object({ type: v.literal('business-updated'), ...base, business: businessFactsSchema }),
    v.object({ type: v.literal('privacy-value'), ...base, control: v.picklist(PRIVACY_CONTROL_IDS), value: v.picklist(PRIVACY_VALUES) }),
    v.object({
      type: v.literal('health'),
      ...base,
      status: v.picklist(HEALTH_STATUSES),
      /** Selector keys (lib/whatsapp/selectors.ts) whose anchors were expected but not found. */
      failed: listOf(v.pipe(boundedText(64), v.regex(/^[A-Za-z0-9_.:-]+$/)), MAX_FAILED_SELECTORS),
    }),
    v.object({ type: v.literal('account-lock'), ...base, strict: v.boolean() }),
  ]),
  valueOfItsControl(),
);

true satisfies Same<v.InferOutput<typeof businessFactsSchema>, BusinessFacts>;
true satisfies Same<v.InferOutput<typeof observationSchema>, Observation>;
