// The per-install salt for business keys. The content script hashes chat ids with it (the raw id never
// leaves the page); it lives in storage.local under its own key, is never exported, and is replaced
// when the user clears everything, which unlinks all old keys from future chats.
import { storage } from 'wxt/utils/storage';
import { STORAGE_KEYS } from './keys';

export const saltItem = storage.defineItem<string | null>(STORAGE_KEYS.salt, { fallback: null });

const SALT = /^[0-9a-f]{64}$/;

function newSalt(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(32));
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

let creating: Promise<string> | undefined;

/** The salt, created on first use. Calls made while it is being created share that one creation. */
export function getSalt(): Promise<string> {
  creating ??= (async () => {
    const stored = await saltItem.getValue();
    if (stored !== null && SALT.test(stored)) return stored;
    const salt = newSalt();
    await saltItem.setValue(salt);
    return salt;
  })().finally(() => {
    creating = undefined;
  });
  return creating;
}

/** Forgets the salt; the next getSalt() makes a new one. */
export async function resetSalt(): Promise<void> {
  await saltItem.removeValue();
}
