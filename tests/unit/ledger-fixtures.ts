// Shared set-up for the ledger's unit tests: a fresh fake IndexedDB and fake browser per test, and
// small builders for observations and senders.
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { closeDbForTests, getDb, readDb, startFreshLedger } from '@/lib/background/db/connection';
import type { Ledger } from '@/lib/background/handlers';
import type { Sender } from '@/lib/protocol/sender';
import type { BusinessFacts, ChatAi, ChatKind, MessageKind, Observation } from '@/lib/model/observation';

export async function freshLedger(): Promise<void> {
  fakeBrowser.reset();
  await closeDbForTests();
  globalThis.indexedDB = new IDBFactory();
}

/** 15 January 2026, 10:00 local time. */
export const T0 = new Date(2026, 0, 15, 10).getTime();
export const HOUR = 3_600_000;
export const DAY = 24 * HOUR;

export const KEY_A = 'a'.repeat(64);
export const KEY_B = 'b'.repeat(64);
export const KEY_C = 'c'.repeat(64);

export function business(key: string, facts: Partial<BusinessFacts> = {}): BusinessFacts {
  return { key, verification: 'verified', hosting: 'meta', adsReferral: false, ai: 'none', ...facts };
}

export function chatOpened(id: string, at: number, facts?: BusinessFacts, chat: ChatKind = facts ? 'business' : 'personal'): Observation {
  return { type: 'chat-opened', id, at, chat, ...(facts && { business: facts }) };
}

export function messageSent(id: string, at: number, facts: BusinessFacts | undefined, message: MessageKind = 'text'): Observation {
  return { type: 'message-sent', id, at, chat: facts ? 'business' : 'personal', message, ...(facts && { business: facts }) };
}

/** A message sent in the Meta AI chat. */
export function toMetaAi(id: string, at: number, message: MessageKind = 'text'): Observation {
  return { type: 'message-sent', id, at, chat: 'meta-ai', message };
}

/** A message sent in a group (or personal chat) with Meta AI in it. */
export function inChatWithAi(id: string, at: number, metaAi: ChatAi, chat: 'group' | 'personal' = 'group'): Observation {
  return { type: 'message-sent', id, at, chat, metaAi, message: 'text' };
}

export function accountLock(id: string, at: number, strict: boolean): Observation {
  return { type: 'account-lock', id, at, strict };
}

export function session(id: string, at: number): Observation {
  return { type: 'session', id, at };
}

export const EXTENSION_ORIGIN = 'chrome-extension://test-extension-id/';
export const CONTENT_SENDER: Sender = { id: 'test-extension-id', url: 'https://web.whatsapp.com/', tab: { id: 7 } };
export const POPUP_SENDER: Sender = { id: 'test-extension-id', url: `${EXTENSION_ORIGIN}popup.html` };

/** The handlers' view of the background, with a fixed clock; records what it was told. */
export function testLedger(now: number = T0): Ledger & { added: number[] } {
  const added: number[] = [];
  return {
    added,
    db: getDb,
    readDb,
    startFresh: startFreshLedger,
    now: () => now,
    async changed(n) {
      added.push(n);
    },
  };
}
