// @vitest-environment happy-dom
// The selector table held to the shape of the fixture pages (as refined-github pairs each selector with expected counts):
// every fixture states how many elements each key matches (its `selector-counts` table in <head>, see detect-fixtures.ts); each
// key runs through query.ts as production runs it, and no alternative of a key, on its own, may match more than the key
// is expected to, so an over-broad `span` or `header` fails even when an earlier alternative wins. Then the row table
// of privacy controls, and the query helpers the walkthrough guide relies on, with and without testids.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { PRIVACY_CONTROLS, PRIVACY_CONTROL_IDS, privacyControl } from '@/lib/model/privacy-controls';
import {
  asAlternative,
  findAll,
  findControlItem,
  findFirst,
  findOption,
  findSubPage,
  runAlternative,
  selectorCounts,
} from '@/lib/whatsapp/query';
import { LOCALE_TEXT, TEXT_LOCALES } from '@/lib/whatsapp/locale-text';
import { PRIVACY_CONTROL_ROWS, PRIVACY_SUB_PAGES, SELECTORS, type SelectorAlternative, type SelectorKey } from '@/lib/whatsapp/selectors';
import { FIXTURE_ORIGIN, FIXTURES, loadFixture, statedCounts } from './detect-fixtures';

const KEYS = Object.keys(SELECTORS) as SelectorKey[];

// The keys the walkthrough guide targets (same names exactly).
const REQUIRED = `appRoot loadingScreen mainScreen navSettingsButton chatList chatListRow chatRowTitle conversationPanel
  conversationHeader conversationHeaderTitle conversationHeaderInfo conversationSubtitle messageList messageRow systemMessage
  composeBox verifiedBadge adsBadge drawerLeft drawerRight settingsDrawer settingsPrivacyItem settingsAccountItem privacyDrawer
  privacyLastSeenItem privacyProfilePhotoItem privacyAboutItem privacyStatusItem privacyGroupsItem privacyDefaultTimerItem
  privacyReadReceiptsItem privacyBlockUnknownItem privacyProtectIpItem privacyLinkPreviewsItem privacySubDrawer radioOption
  switchInput accountDrawer accountSecurityItem accountRequestInfoItem securityDrawer securityNotificationsItem contactInfoDrawer
  contactInfoBusinessBanner contactInfoBlock contactInfoReport contactInfoAdsRow contactInfoEncryption`.split(/\s+/);

// Keys no fixture shows, each with the reason. Every other key must match something on some fixture.
const NOT_ON_ANY_FIXTURE: Partial<Record<SelectorKey, string>> = {};

type Table = Readonly<Record<string, readonly SelectorAlternative[]>>;

interface OverBroad {
  key: string;
  alternative: number;
  css: string;
  matches: number;
  expected: number;
}

/** Every alternative that, on its own, matches more elements on the page than its key is expected to. */
function overBroad(doc: Document, table: Table, expected: Record<string, number>): OverBroad[] {
  return Object.entries(table).flatMap(([key, alternatives]) =>
    alternatives.flatMap((alt, alternative) => {
      const matches = runAlternative(doc, asAlternative(alt)).length;
      const most = expected[key] ?? 0;
      return matches > most ? [{ key, alternative, css: asAlternative(alt).css, matches, expected: most }] : [];
    }),
  );
}

describe('selector table', () => {
  it('has every key the guide targets', () => {
    expect(REQUIRED.filter((key) => !KEYS.includes(key as SelectorKey))).toEqual([]);
  });

  it('gives every alternative a comment naming its source', () => {
    const source = readFileSync(join(import.meta.dirname, '../../lib/whatsapp/selectors.ts'), 'utf8');
    const start = source.indexOf('export const SELECTORS = {');
    const table = source.slice(start, source.indexOf('} as const satisfies', start));
    const alternatives = table.split('\n').filter((line) => /^\s*('|\{ css)/.test(line));
    expect(alternatives.length).toBe(KEYS.reduce((n, key) => n + SELECTORS[key].length, 0));
    expect(alternatives.filter((line) => !line.includes('//'))).toEqual([]);
  });

  it('scopes (`in`) name existing keys', () => {
    const scopes = KEYS.flatMap((key) => SELECTORS[key].map(asAlternative).flatMap((alt) => (alt.in ? [alt.in] : [])));
    expect(scopes.filter((scope) => !KEYS.includes(scope as SelectorKey))).toEqual([]);
  });

  it('first alternative that matches wins', () => {
    const doc = loadFixture('chat-biz-meta-en');
    // The testid alternative wins over '#main header', both of which match here.
    expect(findFirst(doc, 'conversationHeader')?.getAttribute('data-testid')).toBe('conversation-header');
    expect(findAll(doc, 'messageRow').every((row) => row.hasAttribute('data-id'))).toBe(true);
  });
});

describe('selector counts', () => {
  it('fixtures come from the mock or from live pages, and each states its counts in known keys', () => {
    expect(FIXTURES.filter((name) => FIXTURE_ORIGIN[name] === 'mock').length).toBeGreaterThan(0);
    for (const name of FIXTURES) {
      const stated = statedCounts(name);
      expect(stated, `${name}: add a selector-counts table`).not.toBeNull();
      expect(
        Object.keys(stated!).filter((key) => !KEYS.includes(key as SelectorKey)),
        name,
      ).toEqual([]);
      expect(
        Object.values(stated!).every((n) => Number.isInteger(n) && n > 0),
        name,
      ).toBe(true);
    }
  });

  it('every key matches something on some fixture, or says why not', () => {
    const exercised = new Set(FIXTURES.flatMap((name) => Object.keys(statedCounts(name) ?? {})));
    expect(KEYS.filter((key) => !exercised.has(key) && !NOT_ON_ANY_FIXTURE[key])).toEqual([]);
    expect(Object.keys(NOT_ON_ANY_FIXTURE).filter((key) => exercised.has(key))).toEqual([]);
  });

  describe.each(FIXTURES)('%s', (name) => {
    let doc: Document;
    beforeAll(() => {
      doc = loadFixture(name);
    });

    it('every key matches as many elements as the fixture states', () => {
      expect(selectorCounts(doc)).toEqual(statedCounts(name));
    });

    it('no alternative matches more than its key', () => {
      expect(overBroad(doc, SELECTORS, statedCounts(name) ?? {})).toEqual([]);
    });
  });

  it.each([
    ['privacy-about-pt_BR', 'subDrawerTitle', 'header'],
    ['privacy-about-pt_BR', 'privacySubDrawer', 'span'],
    ['chat-biz-meta-en', 'systemMessage', 'div[data-id]'],
  ] as const)('catches an over-broad alternative hidden behind one that wins (negative example: %s, %s + %s)', (name, key, broad) => {
    const doc = loadFixture(name);
    const expected = statedCounts(name)!;
    // The key's first alternative already matches exactly the stated count, so findAll never reaches the added one...
    expect(runAlternative(doc, asAlternative(SELECTORS[key][0])).length).toBe(expected[key]);
    expect(overBroad(doc, SELECTORS, expected)).toEqual([]);
    // ...and the per-alternative check still flags it.
    const broadened: Table = { ...SELECTORS, [key]: [...SELECTORS[key], broad] };
    const flagged = overBroad(doc, broadened, expected);
    expect(flagged).toEqual([
      { key, alternative: SELECTORS[key].length, css: broad, matches: expect.any(Number), expected: expected[key] },
    ]);
    expect(flagged[0]!.matches).toBeGreaterThan(expected[key]!);
  });
});

describe('privacy control rows', () => {
  it('give each radio control a sub-page, and a documented order that lists each of its values once', () => {
    for (const control of PRIVACY_CONTROLS) {
      const row = PRIVACY_CONTROL_ROWS[control.id];
      expect(row.subPage !== undefined, control.id).toBe(control.widget === 'radio');
      if (row.order) expect([...row.order].sort(), control.id).toEqual([...control.values].sort());
    }
  });

  it('put every sub-page to use', () => {
    const used = new Set(PRIVACY_CONTROL_IDS.map((id) => PRIVACY_CONTROL_ROWS[id].subPage));
    expect(Object.keys(PRIVACY_SUB_PAGES).filter((view) => !used.has(view as never))).toEqual([]);
  });

  it('order a shared sub-page’s controls as its radio groups: last seen, then online', () => {
    loadFixture('privacy-last-seen-ar');
    expect(findSubPage(document)?.page).toEqual({ view: 'privacy/last-seen', controls: ['last-seen', 'online'] });
  });
});

describe('locale tables', () => {
  it('give every wording in every table locale', () => {
    for (const [key, table] of Object.entries(LOCALE_TEXT)) {
      for (const locale of TEXT_LOCALES)
        expect((table as Record<string, readonly string[]>)[locale]?.length, `${key}.${locale}`).toBeGreaterThan(0);
    }
  });
});

describe.each([
  ['privacy-en', 'with testids'],
  ['privacy-pt_BR-notestid', 'without testids'],
])('findControlItem on %s (%s)', (fixture) => {
  beforeAll(() => loadFixture(fixture));

  it.each(PRIVACY_CONTROL_IDS.filter((id) => PRIVACY_CONTROL_ROWS[id].list === 'privacyDrawer'))('%s', (control) => {
    const item = findControlItem(document, control);
    expect(item).not.toBeNull();
    if (privacyControl(control).widget === 'switch') expect(findFirst(item!, 'switchInput')).not.toBeNull();
  });
});

describe('findControlItem on Account › Security', () => {
  it('finds the security-notifications row', () => {
    loadFixture('security-pt_BR');
    expect(findFirst(findControlItem(document, 'security-notifications')!, 'switchInput')?.getAttribute('aria-checked')).toBe('true');
    expect(PRIVACY_CONTROL_IDS.filter((c) => c !== 'security-notifications' && findControlItem(document, c))).toEqual([]);
  });
});

describe.each([
  ['privacy-last-seen-ar', ['last-seen', 'online'], 'contacts-except'],
  ['privacy-last-seen-en-notestid', ['last-seen', 'online'], 'nobody'],
  ['privacy-about-pt_BR', ['about'], 'nobody'],
  ['privacy-status-en-notestid', ['status'], 'contacts-except'],
  ['privacy-timer-ar-notestid', ['default-timer'], 'timer-24h'],
  ['privacy-groups-en', ['groups'], 'everyone'],
] as const)('findOption on %s', (fixture, controls, checked) => {
  beforeAll(() => loadFixture(fixture));

  it('finds one distinct option per value of the page’s controls', () => {
    for (const control of controls) {
      const spec = privacyControl(control);
      const options = spec.values.map((value) => findOption(document, control, value));
      expect(options.every((o) => o !== null && findFirst(o, 'radioOption') !== null)).toBe(true);
      expect(new Set(options).size).toBe(spec.values.length);
    }
  });

  it('the checked value’s option holds the checked radio', () => {
    const option = findOption(document, controls[0], checked)!;
    expect(findFirst(option, 'radioOption')?.getAttribute('aria-checked')).toBe('true');
  });

  it('finds nothing for another page’s control or a value the control lacks', () => {
    expect(findOption(document, controls[0] === 'about' ? 'profile-photo' : 'about', 'everyone')).toBeNull();
    expect(findOption(document, 'groups', 'nobody')).toBeNull();
  });
});

describe('findOption for a switch', () => {
  it('gives the switch, whatever the value asked', () => {
    loadFixture('privacy-en');
    const input = findOption(document, 'read-receipts', 'on');
    expect(input?.getAttribute('role')).toBe('switch');
    expect(findOption(document, 'read-receipts', 'off')).toBe(input);
  });
});
