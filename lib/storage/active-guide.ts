// The walkthrough the user asked to be guided through on WhatsApp Web. Written by the background
// (openWhatsApp), watched by the content script's guide overlay; survives the worker being stopped.
import { storage } from 'wxt/utils/storage';
import { STORAGE_KEYS } from './keys';

export interface ActiveGuide {
  walkthroughId: string;
  startedAt: number;
}

export const activeGuideItem = storage.defineItem<ActiveGuide | null>(STORAGE_KEYS.activeGuide, { fallback: null });
