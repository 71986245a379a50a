// @vitest-environment happy-dom
// The selector table as data: every key is used by some fixture, every alternative names its source, and the
// query helpers the walkthrough guide relies on find every control and option, with and without testids.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { PRIVACY_CONTROLS, PRIVACY_CONTROL_IDS } from '@/lib/model/privacy-controls';
import { asAlternative, findAll, findControlItem, findFirst, findOption, runAlternative } from '@/lib/whatsapp/query';
import { LOCALE_TEXT, TEXT_LOCALES } from '@/lib/whatsapp/locale-text';
import { SELECTORS, type SelectorKey } from '@/lib/whatsapp/selectors';
import { FIXTURES, loadFixture } from './detect-fixtures';

const KEYS = Object.keys(SELECTORS) as SelectorKey[];

// The keys the walkthrough guide targets (same names exactly).
const REQUIRED = `appRoot loadingScreen mainScreen navSettingsButton chatList chatListRow chatRowTitle conversationPanel
  conversationHeader conversationHeaderTitle conversationHeaderInfo conversationSubtitle messageList messageRow systemMessage
  composeBox verifiedBadge adsBadge drawerLeft drawerRight settingsDrawer settingsPrivacyItem settingsAccountItem privacyDrawer
  privacyLastSeenItem privacyProfilePhotoItem privacyAboutItem privacyStatusItem privacyGroupsItem privacyDefaultTimerItem
  privacyReadReceiptsItem privacyBlockUnknownItem privacyProtectIpItem privacyLinkPreviewsItem privacySubDrawer radioOption
  switchInput accountDrawer accountSecurityItem accountRequestInfoItem securityDrawer securityNotificationsItem contactInfoDrawer
  contactInfoBusinessBanner contactInfoBlock contactInfoReport contactInfoAdsRow contactInfoEncryption`.split(/\s+/);

describe('selector table', () => {
  it('has every key the guide targets', () => {
    expect(REQUIRED.filter((key) => !KEYS.includes(key as SelectorKey))).toEqual([]);
  });

  it('gives every alternative a comment naming its source', () => {
    const source = readFileSync(join(import.meta.dirname, '../../lib/whatsapp/selectors.ts'), 'utf8');
    const table = source.slice(source.indexOf('export const SELECTORS = {'), source.indexOf('} as const satisfies'));
    const alternatives = table.split('\n').filter((line) => /^\s*('|\{ css)/.test(line));
    expect(alternatives.length).toBe(KEYS.reduce((n, key) => n + SELECTORS[key].length, 0));
    expect(alternatives.filter((line) => !line.includes('//'))).toEqual([]);
  });

  it('scopes (`in`) name existing keys', () => {
    const scopes = KEYS.flatMap((key) => SELECTORS[key].map(asAlternative).flatMap((alt) => (alt.in ? [alt.in] : [])));
    expect(scopes.filter((scope) => !KEYS.includes(scope as SelectorKey))).toEqual([]);
  });

  it('every key has an alternative that matches in at least one fixture', () => {
    const matched = new Set<SelectorKey>();
    for (const name of FIXTURES) {
      const doc = loadFixture(name);
      for (const key of KEYS) {
        if (!matched.has(key) && SELECTORS[key].some((alt) => runAlternative(doc, asAlternative(alt)).length > 0)) matched.add(key);
      }
    }
    expect(KEYS.filter((key) => !matched.has(key))).toEqual([]);
  });

  it('first alternative that matches wins', () => {
    const doc = loadFixture('chat-biz-meta-en');
    // The testid alternative wins over '#main header', both of which match here.
    expect(findFirst(doc, 'conversationHeader')?.getAttribute('data-testid')).toBe('conversation-header');
    expect(findAll(doc, 'messageRow').every((row) => row.hasAttribute('data-id'))).toBe(true);
  });
});

describe('locale tables', () => {
  it('give every wording in every table locale', () => {
    for (const [key, table] of Object.entries(LOCALE_TEXT)) {
      for (const locale of TEXT_LOCALES) expect((table as Record<string, readonly string[]>)[locale]?.length, `${key}.${locale}`).toBeGreaterThan(0);
    }
  });
});

describe.each([
  ['privacy-en', 'with testids'],
  ['privacy-pt_BR-notestid', 'without testids'],
])('findControlItem on %s (%s)', (fixture) => {
  beforeAll(() => loadFixture(fixture));

  it.each(PRIVACY_CONTROLS.filter((c) => c.page === 'privacy').map((c) => c.id))('%s', (control) => {
    const item = findControlItem(document, control);
    expect(item).not.toBeNull();
    if (PRIVACY_CONTROLS.find((c) => c.id === control)!.widget === 'switch') expect(findFirst(item!, 'switchInput')).not.toBeNull();
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
      const spec = PRIVACY_CONTROLS.find((c) => c.id === control)!;
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
