// The salt for business keys (issue 12 item 6): out of every content script's reach, never used when damaged, replaced
// visibly (health can say so), and carried over from where earlier builds kept it so every business keeps its key.
import { openDB } from 'idb';
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { getSalt, getSaltRecord, onSaltChanged, resetSalt, SALT_DB_NAME } from '@/lib/storage/salt';
import { freshLedger, T0 } from './ledger-fixtures';

const VALID = '0123456789abcdef'.repeat(4);
const isSalt = (value: string) => /^[0-9a-f]{64}$/.test(value);

beforeEach(freshLedger);

/** Writes the salt database's record as damage (or an older build) would leave it. */
async function storeRecord(record: unknown): Promise<void> {
  const db = await openDB(SALT_DB_NAME, 1, { upgrade: (d) => d.createObjectStore('salt') });
  await db.put('salt', record, 'current');
  db.close();
}

const DAMAGED: Array<[string, unknown]> = [
  ['a word', 'corrupt'],
  ['too short', 'ab'.repeat(31)],
  ['too long', 'ab'.repeat(33)],
  ['upper case', 'AB'.repeat(32)],
  ['not hex', 'zz'.repeat(32)],
  ['a number', 42],
  ['an object', { salt: VALID }],
  ['empty', ''],
];

describe('the salt', () => {
  it('is made once, 32 random bytes, and shared by calls made while it is being made', async () => {
    const [a, b, c] = await Promise.all([getSalt(), getSalt(), getSalt()]);
    expect(isSalt(a)).toBe(true);
    expect([b, c]).toEqual([a, a]);
    expect(await getSalt()).toBe(a);
    expect((await getSaltRecord()).replacedDamagedAt).toBeUndefined();
  });

  it('lives outside extension storage, which Firefox content scripts can read and write', async () => {
    const salt = await getSalt();
    expect(JSON.stringify(await fakeBrowser.storage.local.get(null))).not.toContain(salt);
  });

  it('carries a valid salt over from extension storage (earlier builds): every business keeps its key', async () => {
    await fakeBrowser.storage.local.set({ salt: VALID });
    expect(await getSalt()).toBe(VALID);
    expect((await getSaltRecord()).replacedDamagedAt).toBeUndefined();
    expect(await fakeBrowser.storage.local.get('salt')).toEqual({}); // moved, not copied
    expect(await getSalt()).toBe(VALID);
  });

  it.each(DAMAGED)('never uses a salt in extension storage that is %s: it is replaced, and the replacement noted', async (_name, bad) => {
    await fakeBrowser.storage.local.set({ salt: bad });
    const record = await getSaltRecord(T0);
    expect(isSalt(record.salt)).toBe(true);
    expect(record.salt).not.toBe(bad);
    expect(record.replacedDamagedAt).toBe(T0);
    expect(await fakeBrowser.storage.local.get('salt')).toEqual({});
  });

  it.each(DAMAGED)('never uses a stored salt that is %s: it is replaced, and the replacement noted', async (_name, bad) => {
    await storeRecord({ salt: bad, createdAt: T0 });
    const record = await getSaltRecord(T0 + 1);
    expect(isSalt(record.salt)).toBe(true);
    expect(record.replacedDamagedAt).toBe(T0 + 1);
    // The replacement then stays: keys made from now on are linkable to each other.
    expect(await getSalt()).toBe(record.salt);
  });

  it('replaces a record that is not a record at all', async () => {
    await storeRecord('garbage');
    expect((await getSaltRecord(T0)).replacedDamagedAt).toBe(T0);
  });

  it('ignores a salt planted in extension storage once it has its own', async () => {
    const salt = await getSalt();
    await fakeBrowser.storage.local.set({ salt: VALID });
    expect(await getSalt()).toBe(salt);
    expect(await fakeBrowser.storage.local.get('salt')).toEqual({}); // and clears the plant away
  });

  it('is forgotten by "clear everything": the next one is new, and no damage is reported', async () => {
    const before = await getSalt();
    await resetSalt();
    const after = await getSaltRecord();
    expect(after.salt).not.toBe(before);
    expect(after.replacedDamagedAt).toBeUndefined();
  });

  it('tells its listeners when it changes, so content scripts ask for it again', async () => {
    let told = 0;
    const stop = onSaltChanged(() => (told += 1));
    await getSalt(); // made
    await getSalt(); // unchanged
    expect(told).toBe(1);
    await resetSalt();
    expect(told).toBe(2);
    stop();
    await getSalt();
    expect(told).toBe(2);
  });
});
