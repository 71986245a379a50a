// The walkthrough being guided on WhatsApp Web (lib/storage/active-guide.ts), as a schema: what storage holds is
// checked before the background trusts it (Firefox's content scripts can write extension storage), and what the
// background hands the content script in `hello` is checked again there.
import * as v from 'valibot';
import { objectOf, timestamp, walkthroughId, wholeNumber } from './common';

/** Where the guide on the page says it is: a step shown ('active') or a step whose target is gone. */
export const GUIDE_POSITIONS = ['active', 'target-missing'] as const;

/** More steps than any walkthrough has; the background checks the real count. */
export const MAX_STEP = 1_000;

export const activeGuideSchema = objectOf({
  walkthroughId,
  startedAt: timestamp,
  /** The guide's last report (lib/background/ledger/walkthroughs.ts), absent until the first. */
  position: v.optional(objectOf({ step: wholeNumber(0, MAX_STEP), status: v.picklist(GUIDE_POSITIONS) })),
});

export type ActiveGuide = v.InferOutput<typeof activeGuideSchema>;
