// The walkthrough the user asked to be guided through on WhatsApp Web, and where the guide on the page last said it
// was. Written by the background only (openWhatsApp, guide progress); the content script learns it in `hello`.
// Survives the worker being stopped. What is read back is checked: a value of the wrong shape (damaged, or written by
// a Firefox content script, which keeps access to extension storage) is none. Whether the walkthrough can be guided
// on the Web is the background's check (lib/background/ledger/walkthroughs.ts).
import * as v from 'valibot';
import { storage } from 'wxt/utils/storage';
import { activeGuideSchema, type ActiveGuide } from '../schema/active-guide';
import { STORAGE_KEYS } from './keys';

export type { ActiveGuide } from '../schema/active-guide';

export const activeGuideItem = storage.defineItem<ActiveGuide | null>(STORAGE_KEYS.activeGuide, { fallback: null });

/** The active guide as stored, or null when none or not of its shape. */
export async function loadActiveGuide(): Promise<ActiveGuide | null> {
  const result = v.safeParse(activeGuideSchema, await activeGuideItem.getValue());
  return result.success ? result.output : null;
}
