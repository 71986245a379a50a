// One payload schema per request type of the protocol (lib/protocol/contract.ts takes its payload
// types from here). A message that fails is answered with 'bad-request' before any handler runs, so
// nothing of it is written.
import * as v from 'valibot';
import { CATEGORY_IDS } from '../model/ids';
import { WALKTHROUGH_STATUSES } from '../model/walkthrough-status';
import { activeGuideSchema, MAX_STEP } from './active-guide';
import { businessKey, listOf, objectOf, salt, walkthroughId, wholeNumber } from './common';
import { observationSchema } from './observation';
import { settingsPatchSchema } from './preferences';

/** The most evidence rows one request may ask for. */
export const MAX_EVIDENCE_LIMIT = 500;
/** Observations per message: the content script's queue flushes in batches below this. */
export const MAX_OBSERVATIONS = 500;

/** How far a guided walkthrough got on the page. */
const GUIDE_PROGRESS = ['active', 'done', 'target-missing', 'cancelled'] as const;
/** The ranges the dashboard shows. */
const SNAPSHOT_DAYS = [7, 30, 90, 365] as const;
const EXPORT_FORMATS = ['json', 'csv'] as const;

const empty = objectOf({});

export const PAYLOADS = {
  observe: objectOf({ observations: listOf(observationSchema, MAX_OBSERVATIONS) }),
  hello: empty,
  dismissNotice: objectOf({ key: businessKey }),
  guideProgress: objectOf({ walkthroughId, step: wholeNumber(0, MAX_STEP), status: v.picklist(GUIDE_PROGRESS) }),
  getSnapshot: objectOf({ days: v.picklist(SNAPSHOT_DAYS) }),
  getEvidence: objectOf({ category: v.picklist(CATEGORY_IDS), limit: v.optional(wholeNumber(1, MAX_EVIDENCE_LIMIT)) }),
  updateSettings: settingsPatchSchema,
  exportData: objectOf({ format: v.picklist(EXPORT_FORMATS) }),
  // The text itself is checked by the import (lib/background/ledger/import.ts), which answers 'import-invalid'.
  importData: objectOf({ text: v.string() }),
  clearAll: empty,
  forgetBusiness: objectOf({ key: businessKey }),
  setBusinessIgnored: objectOf({ key: businessKey, ignored: v.boolean() }),
  openWhatsApp: objectOf({ walkthroughId: v.optional(walkthroughId) }),
  setWalkthroughStatus: objectOf({ walkthroughId, status: v.picklist(WALKTHROUGH_STATUSES) }),
};

/** The checked payload of each request type. */
export type Payloads = { [K in keyof typeof PAYLOADS]: v.InferOutput<(typeof PAYLOADS)[K]> };

export const MESSAGE_TYPES = Object.keys(PAYLOADS) as Array<keyof Payloads>;

/**
 * The background's answer to `hello`, checked by the content script, which reads nothing from extension storage.
 * A reply without a valid salt is no answer: keys are never made with anything else. The rest costs only itself: the
 * settings are repaired field by field there (lib/schema/preferences.ts repairSettings), and a guide request that is
 * not one is none.
 */
export const helloReplySchema = objectOf({ salt, settings: v.unknown(), activeGuide: v.fallback(v.nullable(activeGuideSchema), null) });
