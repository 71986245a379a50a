// The walkthrough the user asked to be guided through on WhatsApp Web. Written by the background
// (openWhatsApp), watched by the content script's guide overlay; survives the worker being stopped.
import { storage } from 'wxt/utils/storage';

export interface ActiveGuide {
  walkthroughId: string;
  startedAt: number;
}

export const activeGuideItem = storage.defineItem<ActiveGuide | null>('local:activeGuide', { fallback: null });
