// The walkthrough the user asked to be guided through on WhatsApp Web, and where the guide on the page last said it
// was. Written by the background only (openWhatsApp, guide progress); the content script learns it in `hello`.
// Survives the worker being stopped. What is read back is checked: a value that is not a guide this build can run
// on the Web (damaged, or written by a Firefox content script, which keeps access to extension storage) is none.
import * as v from 'valibot';
import { storage } from 'wxt/utils/storage';
import { activeGuideSchema, type ActiveGuide } from '../schema/active-guide';
import { isWebWalkthrough, walkthroughById } from '../walkthroughs/index';
import { STORAGE_KEYS } from './keys';

export type { ActiveGuide } from '../schema/active-guide';

export const activeGuideItem = storage.defineItem<ActiveGuide | null>(STORAGE_KEYS.activeGuide, { fallback: null });

/** The active guide, or null: none, or nothing a guide could run on the Web. */
export async function loadActiveGuide(): Promise<ActiveGuide | null> {
  const result = v.safeParse(activeGuideSchema, await activeGuideItem.getValue());
  return result.success && isWebWalkthrough(walkthroughById(result.output.walkthroughId)) ? result.output : null;
}
