import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { parse, ValidationError } from '@/lib/schema/parse';
import { currentTimeZone, EUROPEAN_REGION_TIME_ZONES, regionFromTimeZone } from '@/lib/taxonomy/region';
import { DEFAULT_SETTINGS, loadSettings, resetSettings, settingsItem, updateSettings } from '@/lib/storage/preferences';
import { repairSettings, settingsPatchSchema, settingsSchema } from '@/lib/schema/preferences';
import { KEY_A, KEY_B } from './ledger-fixtures';

beforeEach(() => fakeBrowser.reset());

describe('region from the time zone', () => {
  it.each([
    ['Europe/Berlin', 'european-region'],
    ['Europe/London', 'european-region'],
    ['Europe/Dublin', 'european-region'],
    ['Europe/Zurich', 'european-region'],
    ['Europe/Oslo', 'european-region'],
    ['Atlantic/Reykjavik', 'european-region'],
    ['Atlantic/Canary', 'european-region'],
    ['Atlantic/Madeira', 'european-region'],
    ['Atlantic/Azores', 'european-region'],
    ['Asia/Nicosia', 'european-region'],
    ['Indian/Reunion', 'european-region'],
    ['Europe/Moscow', 'elsewhere'],
    ['Europe/Kaliningrad', 'elsewhere'],
    ['Europe/Minsk', 'elsewhere'],
    ['Europe/Kyiv', 'elsewhere'],
    ['Europe/Istanbul', 'elsewhere'],
    ['Europe/Belgrade', 'elsewhere'],
    ['Atlantic/Faroe', 'elsewhere'],
    ['Asia/Kolkata', 'elsewhere'],
    ['America/Sao_Paulo', 'elsewhere'],
    ['Asia/Jakarta', 'elsewhere'],
    ['UTC', 'elsewhere'],
  ])('%s → %s', (zone, region) => {
    expect(regionFromTimeZone(zone)).toBe(region);
  });

  it('falls back to elsewhere without a time zone, and lists only real IANA names', () => {
    expect(regionFromTimeZone(undefined)).toBe('elsewhere');
    for (const zone of EUROPEAN_REGION_TIME_ZONES) expect(zone).toMatch(/^[A-Za-z_]+(\/[A-Za-z_]+)?$|^GB-Eire$/);
  });

  it('derives the default region from the current time zone', () => {
    expect(DEFAULT_SETTINGS.region).toBe(regionFromTimeZone(currentTimeZone()));
  });
});

const parseSettings = (value: unknown, root: string) => parse(settingsSchema, value, root);
const parseSettingsPatch = (value: unknown, root: string) => parse(settingsPatchSchema, value, root);

describe('settings validation', () => {
  it('accepts a full settings object and drops unknown fields', () => {
    const parsed = parseSettings({ ...DEFAULT_SETTINGS, extra: 1 }, 'settings');
    expect(parsed).toEqual(DEFAULT_SETTINGS);
  });

  it('rejects missing or wrong fields with the path', () => {
    const { badge: _badge, ...missing } = DEFAULT_SETTINGS;
    expect(() => parseSettings(missing, 'settings')).toThrow('settings.badge');
    expect(() => parseSettings({ ...DEFAULT_SETTINGS, retentionDays: 14 }, 'settings')).toThrow(ValidationError);
    expect(() => parseSettings({ ...DEFAULT_SETTINGS, ignoredBusinesses: ['+491234'] }, 's')).toThrow('s.ignoredBusinesses[0]');
  });

  it('checks a patch field by field and refuses unknown settings', () => {
    expect(parseSettingsPatch({ badge: false, retentionDays: 7 }, 'p')).toEqual({ badge: false, retentionDays: 7 });
    expect(() => parseSettingsPatch({ badges: false }, 'p')).toThrow('p.badges');
    expect(() => parseSettingsPatch({ region: 'eu' }, 'p')).toThrow('p.region');
    expect(() => parseSettingsPatch([], 'p')).toThrow(ValidationError);
    expect(parseSettingsPatch({ ignoredBusinesses: [KEY_A, KEY_A] }, 'p')).toEqual({ ignoredBusinesses: [KEY_A] });
  });

  // Issue 12 item 4: v0.1 looked keys up with `key in FIELDS`, so inherited names passed the check.
  it.each([
    ['constructor', { constructor: { labels: true } }],
    ['toString', { toString: 1 }],
    ['__proto__', JSON.parse('{"__proto__": {"labels": true}}') as unknown],
    ['prototype', { prototype: 1 }],
    ['hasOwnProperty', { hasOwnProperty: false }],
    ['valueOf', { valueOf: 7 }],
  ])('refuses the inherited name %s as a setting, naming it', (key, patch) => {
    expect(() => parseSettingsPatch(patch, 'p')).toThrow(new ValidationError(`p.${key}`, 'is not a setting'));
    // Alongside a valid field, too: one bad key refuses the whole patch.
    expect(() => parseSettingsPatch({ badge: false, ...(patch as object) }, 'p')).toThrow(`p.${key}`);
  });

  it('never lets inherited or prototype keys into a whole settings object', () => {
    const parsed = parseSettings(JSON.parse(`{"__proto__": {"labels": true}, ${JSON.stringify(DEFAULT_SETTINGS).slice(1)}`), 's');
    expect(parsed).toEqual(DEFAULT_SETTINGS);
    expect(Object.getPrototypeOf(parsed)).toBe(Object.prototype);
    expect(Object.keys(parsed).sort()).toEqual(Object.keys(DEFAULT_SETTINGS).sort());
  });

  it('repairs from own fields only, never from a prototype', () => {
    const inherited = Object.assign(Object.create({ labels: true, paused: true }) as object, { badge: false });
    expect(repairSettings(inherited, DEFAULT_SETTINGS)).toEqual({ ...DEFAULT_SETTINGS, badge: false });
  });

  it('repairs corrupted storage field by field', () => {
    expect(repairSettings('garbage', DEFAULT_SETTINGS)).toEqual(DEFAULT_SETTINGS);
    expect(repairSettings({ badge: false, retentionDays: 'lots', paused: true }, DEFAULT_SETTINGS)).toEqual({
      ...DEFAULT_SETTINGS,
      badge: false,
      paused: true,
    });
  });
});

describe('settings store', () => {
  it('starts from the defaults', async () => {
    expect(await loadSettings()).toEqual({ ...DEFAULT_SETTINGS, region: regionFromTimeZone(currentTimeZone()) });
  });

  it('keeps a chosen region and re-derives an unchosen one', async () => {
    await settingsItem.setValue({ ...DEFAULT_SETTINGS, region: 'european-region', regionChosen: true });
    expect((await loadSettings()).region).toBe('european-region');
    const other = regionFromTimeZone(currentTimeZone()) === 'elsewhere' ? 'european-region' : 'elsewhere';
    await settingsItem.setValue({ ...DEFAULT_SETTINGS, region: other, regionChosen: false });
    expect((await loadSettings()).region).toBe(regionFromTimeZone(currentTimeZone()));
  });

  it('serializes concurrent read-modify-write updates', async () => {
    await Promise.all([
      updateSettings((s) => ({ ...s, dismissedNotices: [...s.dismissedNotices, KEY_A] })),
      updateSettings((s) => ({ ...s, dismissedNotices: [...s.dismissedNotices, KEY_B] })),
      updateSettings((s) => ({ ...s, badge: false })),
    ]);
    const settings = await loadSettings();
    expect(settings.dismissedNotices).toEqual([KEY_A, KEY_B]);
    expect(settings.badge).toBe(false);
  });

  it('keeps working after a failed update', async () => {
    await expect(
      updateSettings(() => {
        throw new Error('boom');
      }),
    ).rejects.toThrow('boom');
    expect((await updateSettings((s) => ({ ...s, paused: true }))).paused).toBe(true);
  });

  it('resets to the defaults, leaving nothing stored', async () => {
    await updateSettings((s) => ({ ...s, labels: true, ignoredBusinesses: [KEY_A] }));
    await resetSettings();
    expect(await fakeBrowser.storage.local.get('settings')).toEqual({});
    expect((await loadSettings()).ignoredBusinesses).toEqual([]);
  });

  it('never hands out the shared default lists for mutation', async () => {
    const settings = await loadSettings();
    settings.ignoredBusinesses.push(KEY_A);
    expect(DEFAULT_SETTINGS.ignoredBusinesses).toEqual([]);
  });
});

describe('settings storage versions', () => {
  const derived = regionFromTimeZone(currentTimeZone());
  const other = derived === 'elsewhere' ? 'european-region' : 'elsewhere';

  /** Storage as an earlier build left it, then a fresh start of this build: defining the item migrates. */
  async function startWith(stored: Record<string, unknown>) {
    await fakeBrowser.storage.local.set(stored);
    vi.resetModules();
    return import('@/lib/storage/preferences');
  }

  it('v1 → v2 drops a region that was only derived from the time zone, and keeps the rest', async () => {
    // v1 stored the region derived at install time (here: another time zone) as if it were a setting.
    const v1 = { ...DEFAULT_SETTINGS, region: other, regionChosen: false, badge: false, ignoredBusinesses: [KEY_A] };
    const { loadSettings } = await startWith({ settings: v1 });
    expect(await loadSettings()).toEqual({ ...v1, region: derived });
    const { region: _region, ...v2 } = v1;
    expect(await fakeBrowser.storage.local.get(['settings', 'settings$'])).toEqual({ settings: v2, settings$: { v: 2 } });
  });

  it('v1 → v2 keeps a region the user chose', async () => {
    const v1 = { ...DEFAULT_SETTINGS, region: other, regionChosen: true };
    const { loadSettings } = await startWith({ settings: v1, settings$: { v: 1 } });
    expect((await loadSettings()).region).toBe(other);
    expect(await fakeBrowser.storage.local.get(['settings', 'settings$'])).toEqual({ settings: v1, settings$: { v: 2 } });
  });

  it('v1 → v2 leaves a corrupted value to the field-by-field repair', async () => {
    const { loadSettings } = await startWith({ settings: 'garbage' });
    expect(await loadSettings()).toEqual({ ...DEFAULT_SETTINGS, region: derived });
  });

  it('writes v2: a region only once it is chosen', async () => {
    const { updateSettings } = await startWith({});
    await updateSettings((s) => ({ ...s, badge: false }));
    expect(await fakeBrowser.storage.local.get(['settings', 'settings$'])).toEqual({
      settings: { ...DEFAULT_SETTINGS, region: undefined, badge: false },
      settings$: { v: 2 },
    });
    await updateSettings((s) => ({ ...s, region: other, regionChosen: true }));
    expect((await fakeBrowser.storage.local.get('settings')).settings).toMatchObject({ region: other, regionChosen: true });
  });
});
