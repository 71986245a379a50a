// The per-install salt for business keys. The content script hashes chat ids with it (the raw id never leaves the
// page) and gets it from the background in `hello`. It lives in a small IndexedDB database of the extension's own
// origin, which no content script can open in any browser (extension storage stays open to Firefox's content
// scripts), so nothing but the background can read, damage or plant it. Never exported; replaced when the user
// clears everything, which unlinks all old keys from future chats.
//
// A salt found damaged is never used (keys made with a known value could be computed from a phone number). It is
// replaced, and the replacement is remembered so health can say that businesses met before may now show twice.
// Until now the salt lived in extension storage (key "salt"); a valid one found there is carried over once, so every
// business keeps its key.
import { openDB, type DBSchema } from 'idb';
import * as v from 'valibot';
import { storage } from 'wxt/utils/storage';
import { salt as saltSchema } from '../schema/common';
import { STORAGE_KEYS } from './keys';

export const SALT_DB_NAME = 'metadata-ledger-salt';
const RECORD = 'current';

export interface SaltRecord {
  salt: string;
  createdAt: number;
  /** When a damaged salt had to be replaced by this one (keys made before cannot be matched to later ones). */
  replacedDamagedAt?: number;
}

interface SaltSchema extends DBSchema {
  salt: { key: string; value: SaltRecord };
}

/** Where earlier builds kept the salt: read once to carry it over, then removed. */
const legacySaltItem = storage.defineItem<unknown>(STORAGE_KEYS.legacySalt);

const isSalt = (value: unknown): value is string => v.is(saltSchema, value);

function openSaltDb() {
  return openDB<SaltSchema>(SALT_DB_NAME, 1, { upgrade: (db) => db.createObjectStore('salt') });
}

function newSalt(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(32));
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

/** Told whenever the salt changes (made anew, replaced, or forgotten), so content scripts can ask for it again. */
const listeners = new Set<() => void>();
export function onSaltChanged(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
const changed = () => listeners.forEach((listener) => listener());

/** The stored record when its salt is valid; otherwise a new one, noting a damaged predecessor. */
async function ensureRecord(now: number): Promise<{ record: SaltRecord; created: boolean }> {
  const legacy = await legacySaltItem.getValue();
  const db = await openSaltDb();
  try {
    const tx = db.transaction('salt', 'readwrite');
    const stored: unknown = await tx.store.get(RECORD);
    let record: SaltRecord;
    let created = false;
    if (typeof stored === 'object' && stored !== null && isSalt((stored as SaltRecord).salt)) {
      record = stored as SaltRecord;
    } else {
      created = true;
      if (stored === undefined && isSalt(legacy)) record = { salt: legacy, createdAt: now };
      else if (stored === undefined && legacy == null) record = { salt: newSalt(), createdAt: now };
      else record = { salt: newSalt(), createdAt: now, replacedDamagedAt: now };
      await tx.store.put(record, RECORD);
    }
    await tx.done;
    return { record, created };
  } finally {
    db.close();
  }
}

let pending: Promise<SaltRecord> | undefined;

/** The salt record, created (or carried over, or replaced when damaged) on first use. Concurrent calls share one. */
export function getSaltRecord(now: number = Date.now()): Promise<SaltRecord> {
  pending ??= (async () => {
    const { record, created } = await ensureRecord(now);
    // Only once the salt is safe in its own database does the old copy go.
    if ((await legacySaltItem.getValue()) != null) await legacySaltItem.removeValue();
    if (created) changed();
    return record;
  })().finally(() => {
    pending = undefined;
  });
  return pending;
}

/** The salt, valid by construction. */
export async function getSalt(): Promise<string> {
  return (await getSaltRecord()).salt;
}

/** When a damaged salt was last replaced, for the ledger's health; undefined when never. Only reads. */
export async function saltReplacedAt(): Promise<number | undefined> {
  const db = await openSaltDb();
  try {
    const record: unknown = await db.get('salt', RECORD);
    const at = typeof record === 'object' && record !== null ? (record as SaltRecord).replacedDamagedAt : undefined;
    return typeof at === 'number' ? at : undefined;
  } finally {
    db.close();
  }
}

/** Forgets the salt ("clear everything"); the next getSalt() makes a new one, and no damage is reported for it. */
export async function resetSalt(): Promise<void> {
  const db = await openSaltDb();
  try {
    await db.delete('salt', RECORD);
  } finally {
    db.close();
  }
  await legacySaltItem.removeValue();
  changed();
}
