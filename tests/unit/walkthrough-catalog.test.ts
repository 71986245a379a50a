// The walkthroughs are data: these checks keep them consistent with the taxonomy, the selector table,
// the privacy controls and the i18n catalog (a typo here would otherwise surface only in front of a user).
import { readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildCatalogs } from '../../scripts/i18n-catalog';
import { PRIVACY_CONTROL_IDS, privacyControl } from '@/lib/model/privacy-controls';
import { AUDIENCE_IDS, CATEGORY_IDS, REGIONS } from '@/lib/model/ids';
import { SOURCES } from '@/lib/taxonomy/sources';
import { isActionable, WALKTHROUGHS, type Walkthrough } from '@/lib/walkthroughs/index';
import { walkthroughsForControl } from '@/lib/walkthroughs/progress';
import { CONTROL_ITEM_KEYS, SELECTORS } from '@/lib/whatsapp/selectors';

const ROOT = join(import.meta.dirname, '..', '..');
const catalog = buildCatalogs().en!;
const selectorKeys = new Set(Object.keys(SELECTORS));

/** Every i18n key a walkthrough references, wherever it sits in the data. */
function keysOf(value: unknown): string[] {
  if (typeof value === 'string') return /^wt_/.test(value) ? [value] : [];
  if (Array.isArray(value)) return value.flatMap(keysOf);
  if (value && typeof value === 'object') return Object.values(value).flatMap(keysOf);
  return [];
}

function sourceFiles(dir: string): string[] {
  return readdirSync(join(ROOT, dir), { recursive: true, encoding: 'utf8' })
    .filter((f) => /\.tsx?$/.test(f))
    .map((f) => readFileSync(join(ROOT, dir, f), 'utf8'));
}

const each = (label: string) => WALKTHROUGHS.map((w) => [`${label}: ${w.id}`, w] as [string, Walkthrough]);

describe('walkthrough catalog', () => {
  it('has one file per walkthrough, named by its id, all registered once', async () => {
    const modules = import.meta.glob<Record<string, Walkthrough>>('/lib/walkthroughs/catalog/*.ts', { eager: true });
    const fromFiles = Object.entries(modules).map(([path, mod]) => {
      const exported = Object.values(mod);
      expect(exported, path).toHaveLength(1);
      expect(exported[0]!.id, path).toBe(basename(path, '.ts'));
      return exported[0]!;
    });
    expect(new Set(WALKTHROUGHS)).toEqual(new Set(fromFiles));
    expect(new Set(WALKTHROUGHS.map((w) => w.id)).size).toBe(WALKTHROUGHS.length);
  });

  it('covers every privacy control with a walkthrough that checks it', () => {
    for (const control of PRIVACY_CONTROL_IDS) expect(walkthroughsForControl(control), control).not.toHaveLength(0);
  });

  it('has the guided, phone-only and background items the brief lists', () => {
    const ids = (kind: Walkthrough['kind']) => WALKTHROUGHS.filter((w) => w.kind === kind).map((w) => w.id);
    expect(ids('web')).toEqual(
      expect.arrayContaining([
        'request-account-info',
        'block-report-business',
        'stop-marketing',
        'security-notifications',
        'advanced-chat-privacy',
      ]),
    );
    expect(ids('phone').sort()).toEqual(
      [
        'accounts-center',
        'ad-partner-activity',
        'encrypted-backup',
        'linked-devices',
        'two-step-verification',
        'meta-ai-data',
        'updates-tab-ads',
        'username-and-key',
        'strict-account-settings',
      ].sort(),
    );
    expect(ids('background').sort()).toEqual(['european-region', 'share-account-info-2016']);
  });

  it.each(each('why it matters'))('%s names existing categories and audiences', (_, w) => {
    expect(w.whyItMatters.categories.length).toBeGreaterThan(0);
    expect(w.whyItMatters.audiences.length).toBeGreaterThan(0);
    for (const c of w.whyItMatters.categories) expect(CATEGORY_IDS).toContain(c);
    for (const a of w.whyItMatters.audiences) expect(AUDIENCE_IDS).toContain(a);
    for (const region of Object.keys(w.regionNotes ?? {})) expect(REGIONS).toContain(region);
  });

  it.each(each('steps'))('%s names existing selector keys and coherent steps', (_, w) => {
    if (w.kind === 'background') {
      expect(w.explanation.length).toBeGreaterThan(0);
      return;
    }
    if (w.kind === 'web') {
      expect(w.availableOn).toContain('web');
      for (const step of w.webSteps) {
        expect(selectorKeys, step.text).toContain(step.target);
        expect(selectorKeys, step.text).toContain(step.within);
        if (step.option) {
          // A radio choice needs the control it sets, and a value that control offers.
          expect(w.check, step.text).toBeDefined();
          expect(privacyControl(w.check!.control).widget).toBe('radio');
          expect(privacyControl(w.check!.control).values).toContain(step.option);
        }
      }
      if (w.check) {
        const control = privacyControl(w.check.control);
        expect(control.values).toContain(w.check.recommended);
        const lastStep = w.webSteps.at(-1)!;
        // The guide ends where the value is set: on the recommended option, or on the control's switch.
        if (control.widget === 'radio') expect(lastStep.option).toBe(w.check.recommended);
        else expect(lastStep.target).toBe(CONTROL_ITEM_KEYS[w.check.control]);
      }
    } else {
      expect([...w.availableOn].sort()).toEqual(['android', 'iphone']);
    }
    if (w.phoneSteps) {
      expect(w.phoneSteps.android.length).toBeGreaterThan(0);
      expect(w.phoneSteps.iphone.length).toBeGreaterThan(0);
      expect(w.availableOn).toEqual(expect.arrayContaining(['android', 'iphone']));
    } else {
      expect(w.availableOn).not.toContain('android');
    }
    expect(w.value).toBeGreaterThan(0);
  });

  it.each(each('source'))('%s cites public sources for users and research notes for developers', (_, w) => {
    // The links are checked as user-facing sources in taxonomy.test.ts; the research pointer in research-citations.test.ts.
    expect(w.source.links.length).toBeGreaterThan(0);
    for (const id of w.source.links) expect(SOURCES).toHaveProperty([id]);
    expect(new Set(w.source.links).size).toBe(w.source.links.length);
    expect(w.source.research).toMatch(/^[a-z0-9-]+\.md §/);
  });

  it('ranks actionable walkthroughs by distinct values', () => {
    const values = WALKTHROUGHS.filter(isActionable).map((w) => w.value);
    expect(new Set(values).size).toBe(values.length);
  });

  it('uses only i18n keys that exist, and every key of its catalog parts is used', () => {
    const used = new Set(WALKTHROUGHS.flatMap(keysOf));
    const code = [...sourceFiles('lib/walkthroughs'), ...sourceFiles('lib/content'), ...sourceFiles('components/walkthroughs')];
    for (const text of code) for (const m of text.matchAll(/['"]((?:wt|guide)_[a-z0-9_]+)['"]/g)) used.add(m[1]!);
    for (const key of used) expect(catalog, key).toHaveProperty([key]);

    const parts = ['walkthroughs', 'guide'].flatMap((part) =>
      Object.keys(JSON.parse(readFileSync(join(ROOT, 'locales', 'en', `${part}.json`), 'utf8')) as object),
    );
    for (const key of parts) expect(used, `unused key ${key}`).toContain(key);
  });
});
