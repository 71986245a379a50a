// Payload checks for every request type of the protocol (./protocol.ts). A message that fails is
// answered with 'bad-request' before any handler runs, so nothing of it is written.
import { PRIVACY_CONTROL_IDS, PRIVACY_VALUES, privacyControl } from '../model/privacy-controls';
import { parseSettingsPatch } from './preferences';
import { CATEGORY_IDS } from '../model/ids';
import { CHAT_KINDS, HOSTINGS, MESSAGE_KINDS, VERIFICATIONS, type BusinessFacts, type Observation } from '../model/observation';
import {
  arrayOf,
  boolean,
  BUSINESS_KEY,
  integer,
  object,
  OBSERVATION_ID,
  oneOf,
  optional,
  record,
  text,
  timestamp,
  ValidationError,
  WALKTHROUGH_ID,
  type Check,
} from './check';
import type { MessageType, Protocol } from '../protocol/contract';
import { WALKTHROUGH_STATUSES } from '../model/walkthrough-status';

/** The most evidence rows one request may ask for. */
export const MAX_EVIDENCE_LIMIT = 500;
/** Observations per message: the content script's queue flushes in batches below this. */
export const MAX_OBSERVATIONS = 500;
/** Longer names are cut to 80 characters (lib/ledger/labels.ts); anything this long is not a name. */
const MAX_RAW_LABEL = 4_096;

const businessKey = text(64, BUSINESS_KEY);
const walkthroughId = text(64, WALKTHROUGH_ID);

const business = object<BusinessFacts>({
  key: businessKey,
  label: optional(text(MAX_RAW_LABEL)),
  verification: oneOf(VERIFICATIONS),
  hosting: oneOf(HOSTINGS),
  adsReferral: boolean,
});

const base = { id: text(128, OBSERVATION_ID), at: timestamp() };

const OBSERVATIONS: { [T in Observation['type']]: Check<Omit<Extract<Observation, { type: T }>, 'type'>> } = {
  session: object(base),
  'chat-opened': object({ ...base, chat: oneOf(CHAT_KINDS), business: optional(business) }),
  'message-sent': object({ ...base, chat: oneOf(CHAT_KINDS), business: optional(business), message: oneOf(MESSAGE_KINDS) }),
  'business-updated': object({ ...base, business }),
  'privacy-value': (value, path) => {
    const o = object({ ...base, control: oneOf(PRIVACY_CONTROL_IDS), value: oneOf(PRIVACY_VALUES) })(value, path);
    if (!privacyControl(o.control).values.includes(o.value)) throw new ValidationError(`${path}.value`, `not a value of ${o.control}`);
    return o;
  },
  health: object({ ...base, status: oneOf(['ok', 'degraded'] as const), failed: arrayOf(text(64, /^[A-Za-z0-9_.:-]+$/), 100) }),
};

export const observation: Check<Observation> = (value, path) => {
  const type = oneOf(Object.keys(OBSERVATIONS) as Array<Observation['type']>)(record(value, path).type, `${path}.type`);
  return { type, ...OBSERVATIONS[type](value, path) } as Observation;
};

const empty = object<Record<string, never>>({});

export const PAYLOADS: { [K in MessageType]: Check<Protocol[K]['payload']> } = {
  observe: object({ observations: arrayOf(observation, MAX_OBSERVATIONS) }),
  hello: empty,
  dismissNotice: object({ key: businessKey }),
  guideProgress: object({
    walkthroughId,
    step: integer(0, 1_000),
    status: oneOf(['active', 'done', 'target-missing', 'cancelled'] as const),
  }),
  getSnapshot: object({ days: oneOf([7, 30, 90, 365] as const) }),
  getEvidence: object({ category: oneOf(CATEGORY_IDS), limit: optional(integer(1, MAX_EVIDENCE_LIMIT)) }),
  updateSettings: parseSettingsPatch,
  exportData: object({ format: oneOf(['json', 'csv'] as const) }),
  // The text itself is checked by the import (lib/ledger/import.ts), which answers 'import-invalid'.
  importData: object({
    text: (value, path) => {
      if (typeof value !== 'string') throw new ValidationError(path, 'expected text');
      return value;
    },
  }),
  clearAll: empty,
  forgetBusiness: object({ key: businessKey }),
  setBusinessIgnored: object({ key: businessKey, ignored: boolean }),
  openWhatsApp: object({ walkthroughId: optional(walkthroughId) }),
  setWalkthroughStatus: object({ walkthroughId, status: oneOf(WALKTHROUGH_STATUSES) }),
};

export const MESSAGE_TYPES = Object.keys(PAYLOADS) as MessageType[];
