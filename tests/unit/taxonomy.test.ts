import { describe, expect, it } from 'vitest';
import { t } from '@/lib/i18n/t';
import { REGION_SOURCE } from '@/lib/taxonomy/region';
import { AUDIENCES, CATEGORIES, isAudienceId, isCategoryId } from '@/lib/taxonomy/categories';
import { AUDIENCE_IDS, CATEGORY_IDS, REGIONS, type Region } from '@/lib/model/ids';
import { exposuresFor, ruleNote, RULES, type Exposure } from '@/lib/taxonomy/rules';
import { STRICT_ACCOUNT_CONTROLS, STRICT_ACCOUNT_SOURCE } from '@/lib/taxonomy/strict-account';
import { PRIVACY_CONTROL_IDS } from '@/lib/model/privacy-controls';
import { SOURCES } from '@/lib/taxonomy/sources';
import { categorySource, publicSource, ruleSource } from '@/lib/view/taxonomy';
import { WALKTHROUGHS } from '@/lib/walkthroughs/index';
import type { Observation } from '@/lib/model/observation';
import { business, chatOpened, inChatWithAi, KEY_A, messageSent, session, T0, toMetaAi } from './ledger-fixtures';

const pairs = (exposures: Exposure[]) => exposures.map((e) => `${e.category}>${e.audience}`).sort();

describe('categories and audiences', () => {
  it('lists every category id and audience id exactly once', () => {
    expect(CATEGORIES.map((c) => c.id)).toEqual([...CATEGORY_IDS]);
    expect(AUDIENCES.map((a) => a.id)).toEqual([...AUDIENCE_IDS]);
    expect(isCategoryId('presence')).toBe(true);
    expect(isCategoryId('presence ')).toBe(false);
    expect(isAudienceId('meta')).toBe(true);
    expect(isAudienceId('facebook')).toBe(false);
  });

  it('gives each category and audience a catalog label and a one-sentence description', () => {
    for (const item of [...CATEGORIES, ...AUDIENCES]) {
      const stem = `taxonomy_${'quote' in item ? 'category' : 'audience'}_${item.id.replaceAll('-', '_')}`;
      expect(item.labelKey).toBe(`${stem}_label`);
      expect(item.descriptionKey).toBe(`${stem}_description`);
      const label = t(item.labelKey);
      const description = t(item.descriptionKey);
      expect(label).not.toBe(item.labelKey);
      expect(description).toMatch(/^[A-Z].*\.$/);
      expect(description.slice(0, -1)).not.toMatch(/[.!?] /);
    }
  });

  it('rests every category on a known source and a quote', () => {
    for (const c of CATEGORIES) {
      expect(SOURCES[c.source]).toBeDefined();
      expect(c.quote.length).toBeGreaterThan(10);
    }
  });
});

describe('rules table', () => {
  it('has unique ids, valid exposures and a cited source for every rule', () => {
    expect(new Set(RULES.map((r) => r.id)).size).toBe(RULES.length);
    for (const rule of RULES) {
      expect(rule.id).toMatch(/^[a-z0-9-]+$/);
      expect(SOURCES[rule.source]).toBeDefined();
      expect(rule.quote.length).toBeGreaterThan(10);
      expect(rule.exposes.length).toBeGreaterThan(0);
      for (const e of rule.exposes) {
        expect(isCategoryId(e.category)).toBe(true);
        expect(isAudienceId(e.audience)).toBe(true);
      }
    }
  });

  it('words each rule note for every region, in the catalog, with a known source', () => {
    const noted = RULES.filter((r) => r.note);
    expect(noted.map((r) => r.id)).toEqual(['meta-ai-chat']);
    for (const rule of noted) {
      expect(SOURCES[rule.note!.source]).toBeDefined();
      for (const region of REGIONS) {
        const text = t(rule.note!.text[region]);
        expect(text).not.toBe(rule.note!.text[region]);
        expect(ruleNote(rule.id, region)).toEqual({ text: rule.note!.text[region], source: rule.note!.source });
      }
    }
    expect(ruleNote('meta-hosted-content', 'elsewhere')).toBeUndefined();
    expect(ruleNote('no-such-rule', 'elsewhere')).toBeUndefined();
  });

  it('says where AI chats feed ads and where they were left out (ai-2026.md §4.2)', () => {
    const elsewhere = t(ruleNote('meta-ai-chat', 'elsewhere')!.text);
    const europe = t(ruleNote('meta-ai-chat', 'european-region')!.text);
    for (const text of [elsewhere, europe]) {
      expect(text).toContain('16 December 2025');
      expect(text).toMatch(/the EU, the UK and South Korea/i);
    }
    expect(elsewhere).toContain('Accounts Center');
    expect(elsewhere).not.toBe(europe);
  });

  it('cites only sources that exist, and every source is cited by something', () => {
    const cited = new Set<string>([
      ...CATEGORIES.map((c) => c.source),
      ...RULES.map((r) => r.source),
      REGION_SOURCE,
      STRICT_ACCOUNT_SOURCE,
      ...RULES.flatMap((r) => (r.note ? [r.note.source] : [])),
      ...WALKTHROUGHS.flatMap((w) => w.source.links),
    ]);
    expect([...cited].sort()).toEqual(Object.keys(SOURCES).sort());
  });
});

// What users may be sent to: WhatsApp's and Meta's own pages (help centre, policies, newsrooms, developer
// documentation, WhatsApp Web itself for a setting's own wording) and regulators. Press and blogs are not sources
// for users; the Wayback Machine only as an archived copy of one of these pages.
const PRIMARY_HOSTS = new Set([
  'faq.whatsapp.com',
  'www.whatsapp.com',
  'blog.whatsapp.com',
  'web.whatsapp.com',
  'about.fb.com',
  'engineering.fb.com',
  'developers.facebook.com',
  'www.oaic.gov.au',
  'www.dataprotection.ie',
]);
const ARCHIVED = /^https:\/\/web\.archive\.org\/web\/\d+\/(https:\/\/.+)$/;

function isPrimarySource(url: string): boolean {
  const archived = ARCHIVED.exec(url);
  if (archived) return isPrimarySource(archived[1]!);
  const parsed = URL.parse(url);
  return parsed?.protocol === 'https:' && PRIMARY_HOSTS.has(parsed.hostname);
}

describe('strict account settings', () => {
  it('lock known controls, each once, and not the ones they leave alone', () => {
    expect(STRICT_ACCOUNT_CONTROLS.every((c) => PRIVACY_CONTROL_IDS.includes(c))).toBe(true);
    expect(new Set(STRICT_ACCOUNT_CONTROLS).size).toBe(STRICT_ACCOUNT_CONTROLS.length);
    for (const free of ['status', 'default-timer', 'read-receipts'] as const) expect(STRICT_ACCOUNT_CONTROLS).not.toContain(free);
  });
});

describe('sources shown to users', () => {
  it('tells primary https sources from everything else', () => {
    expect(isPrimarySource('https://faq.whatsapp.com/683043392411948')).toBe(true);
    expect(isPrimarySource('https://web.archive.org/web/20210110/https://www.whatsapp.com/legal/privacy-policy')).toBe(true);
    expect(isPrimarySource('http://faq.whatsapp.com/683043392411948')).toBe(false);
    expect(isPrimarySource('https://news.starfolksoftware.com/whatsapp')).toBe(false);
    expect(isPrimarySource('https://web.archive.org/web/2021/https://techflarestudio.com/whatsapp')).toBe(false);
    expect(isPrimarySource('faq.whatsapp.com/3307102709559968')).toBe(false);
    expect(isPrimarySource('https://faq.whatsapp.com.example.org/1')).toBe(false);
  });

  it.each(Object.entries(SOURCES))('%s has a title, a primary https address and a research pointer', (_, source) => {
    expect(source.title.trim().length).toBeGreaterThan(10);
    expect(isPrimarySource(source.url), source.url).toBe(true);
    expect(source.research).toMatch(/^[a-z0-9-]+\.md §/);
  });

  it('gives views the title and address only, never the research pointer', () => {
    expect(Object.keys(categorySource('profile')).sort()).toEqual(['quote', 'title', 'url']);
    expect(ruleSource('business-sees-number-profile')).toEqual({ ...publicSource('privacy-policy-2021'), quote: expect.any(String) });
    expect(publicSource('oaic-2016')).toEqual({ title: SOURCES['oaic-2016'].title, url: SOURCES['oaic-2016'].url });
  });
});

const meta = business(KEY_A, { hosting: 'meta' });

const privacy = (control: string, value: string): Observation =>
  ({ type: 'privacy-value', id: `p-${control}-${value}`, at: T0, control, value }) as Observation;

interface Case {
  name: string;
  observation: Observation;
  region: Region;
  rules: string[];
  exposes: string[];
}

const BUSINESS_BASE = ['business-interactions>whatsapp', 'phone-number>business', 'profile>business'];

const CASES: Case[] = [
  {
    name: 'Meta-hosted business chat opened, outside the European Region',
    observation: chatOpened('1', T0, meta),
    region: 'elsewhere',
    rules: ['business-sees-number-profile', 'business-interaction-whatsapp', 'business-interaction-meta', 'meta-hosted-content'],
    exposes: [...BUSINESS_BASE, 'business-interactions>meta', 'message-content>meta'],
  },
  {
    name: 'Meta-hosted business chat opened, in the European Region',
    observation: chatOpened('2', T0, meta),
    region: 'european-region',
    rules: ['business-sees-number-profile', 'business-interaction-whatsapp', 'meta-hosted-content'],
    exposes: [...BUSINESS_BASE, 'message-content>meta'],
  },
  {
    name: 'vendor-hosted business chat',
    observation: messageSent('3', T0, business(KEY_A, { hosting: 'vendor' })),
    region: 'european-region',
    rules: ['business-sees-number-profile', 'business-interaction-whatsapp', 'vendor-hosted-content'],
    exposes: [...BUSINESS_BASE, 'message-content>vendor'],
  },
  {
    name: 'self-hosted business chat: content stays end-to-end encrypted',
    observation: messageSent('4', T0, business(KEY_A, { hosting: 'self' })),
    region: 'european-region',
    rules: ['business-sees-number-profile', 'business-interaction-whatsapp'],
    exposes: BUSINESS_BASE,
  },
  {
    name: 'unknown hosting claims no content exposure',
    observation: chatOpened('5', T0, business(KEY_A, { hosting: 'unknown' })),
    region: 'european-region',
    rules: ['business-sees-number-profile', 'business-interaction-whatsapp'],
    exposes: BUSINESS_BASE,
  },
  {
    name: 'business chat without known facts',
    observation: { type: 'chat-opened', id: '5b', at: T0, chat: 'business' },
    region: 'european-region',
    rules: ['business-sees-number-profile', 'business-interaction-whatsapp'],
    exposes: BUSINESS_BASE,
  },
  {
    name: 'chat started from an ad, in the European Region too',
    observation: chatOpened('6', T0, business(KEY_A, { hosting: 'self', adsReferral: true })),
    region: 'european-region',
    rules: ['business-sees-number-profile', 'business-interaction-whatsapp', 'ad-referral'],
    exposes: [...BUSINESS_BASE, 'ad-attribution>meta', 'business-interactions>meta'],
  },
  {
    name: 'location sent to a business',
    observation: messageSent('7', T0, business(KEY_A, { hosting: 'self' }), 'location'),
    region: 'european-region',
    rules: ['business-sees-number-profile', 'business-interaction-whatsapp', 'location-to-business'],
    exposes: [...BUSINESS_BASE, 'location>business'],
  },
  {
    name: 'contact card sent to a business',
    observation: messageSent('8', T0, business(KEY_A, { hosting: 'self' }), 'contact'),
    region: 'european-region',
    rules: ['business-sees-number-profile', 'business-interaction-whatsapp', 'contact-card-to-business'],
    exposes: [...BUSINESS_BASE, 'contacts>business'],
  },
  {
    name: 'location sent to a person exposes nothing we count',
    observation: messageSent('9', T0, undefined, 'location'),
    region: 'elsewhere',
    rules: [],
    exposes: [],
  },
  {
    name: 'a session in the European Region',
    observation: session('10', T0),
    region: 'european-region',
    rules: ['session-device-whatsapp', 'session-presence-whatsapp', 'session-location-whatsapp'],
    exposes: ['device-network>whatsapp', 'location>whatsapp', 'presence>whatsapp'],
  },
  {
    name: 'a session elsewhere',
    observation: session('11', T0),
    region: 'elsewhere',
    rules: [
      'session-device-whatsapp',
      'session-presence-whatsapp',
      'session-location-whatsapp',
      'session-account-meta',
      'session-last-used-meta',
    ],
    exposes: [
      'device-network>meta',
      'device-network>whatsapp',
      'location>whatsapp',
      'phone-number>meta',
      'presence>meta',
      'presence>whatsapp',
    ],
  },
  {
    name: 'last seen: Everyone',
    observation: privacy('last-seen', 'everyone'),
    region: 'elsewhere',
    rules: ['last-seen-everyone'],
    exposes: ['presence>everyone'],
  },
  { name: 'last seen: Nobody', observation: privacy('last-seen', 'nobody'), region: 'elsewhere', rules: [], exposes: [] },
  {
    name: 'online: Everyone',
    observation: privacy('online', 'everyone'),
    region: 'elsewhere',
    rules: ['online-everyone'],
    exposes: ['presence>everyone'],
  },
  { name: 'online: same as last seen', observation: privacy('online', 'same-as-last-seen'), region: 'elsewhere', rules: [], exposes: [] },
  {
    name: 'profile photo: Everyone',
    observation: privacy('profile-photo', 'everyone'),
    region: 'elsewhere',
    rules: ['profile-photo-everyone'],
    exposes: ['profile>everyone'],
  },
  {
    name: 'about: Everyone',
    observation: privacy('about', 'everyone'),
    region: 'european-region',
    rules: ['about-everyone'],
    exposes: ['profile>everyone'],
  },
  { name: 'about: My contacts', observation: privacy('about', 'contacts'), region: 'european-region', rules: [], exposes: [] },
  {
    name: 'read receipts on',
    observation: privacy('read-receipts', 'on'),
    region: 'elsewhere',
    rules: ['read-receipts-on'],
    exposes: ['presence>business'],
  },
  {
    name: 'link previews on',
    observation: privacy('disable-link-previews', 'off'),
    region: 'elsewhere',
    rules: ['link-previews-on'],
    exposes: ['device-network>everyone'],
  },
  { name: 'link previews off', observation: privacy('disable-link-previews', 'on'), region: 'elsewhere', rules: [], exposes: [] },
  {
    name: 'IP not protected in calls',
    observation: privacy('protect-ip-calls', 'off'),
    region: 'elsewhere',
    rules: ['calls-not-relayed'],
    exposes: ['device-network>everyone'],
  },
  { name: 'personal chat', observation: chatOpened('12', T0), region: 'elsewhere', rules: [], exposes: [] },
  { name: 'group chat', observation: chatOpened('13', T0, undefined, 'group'), region: 'elsewhere', rules: [], exposes: [] },

  // — AI (ai-2026.md §2–§5) —
  ...(['text', 'media', 'document'] as const).flatMap((kind) =>
    REGIONS.map((region): Case => ({
      name: `${kind} sent to Meta AI, ${region}`,
      observation: toMetaAi(`ai-${kind}`, T0, kind),
      region,
      rules: ['meta-ai-chat'],
      exposes: ['ai-conversations>meta'],
    })),
  ),
  {
    name: 'Incognito Chat with Meta AI (Private Processing): nothing to Meta',
    observation: { ...toMetaAi('ai-incognito', T0, 'text'), metaAi: 'private-processing' } as Observation,
    region: 'elsewhere',
    rules: [],
    exposes: [],
  },
  {
    name: 'Meta AI chat opened: nothing sent yet',
    observation: chatOpened('ai-o', T0, undefined, 'meta-ai'),
    region: 'elsewhere',
    rules: [],
    exposes: [],
  },
  {
    name: 'message in a group where Meta AI can read',
    observation: inChatWithAi('g-open', T0, 'open', 'group'),
    region: 'european-region',
    rules: ['meta-ai-reads-chat'],
    exposes: ['message-content>meta'],
  },
  {
    name: 'message in a personal chat where Meta AI can read',
    observation: inChatWithAi('p-open', T0, 'open', 'personal'),
    region: 'elsewhere',
    rules: ['meta-ai-reads-chat'],
    exposes: ['message-content>meta'],
  },
  {
    name: 'group where Meta AI can read, opened: nothing sent',
    observation: { type: 'chat-opened', id: 'g-open-o', at: T0, chat: 'group', metaAi: 'open' },
    region: 'elsewhere',
    rules: [],
    exposes: [],
  },
  {
    name: 'message in a group with Meta AI under Private Processing: nothing to Meta',
    observation: inChatWithAi('g-pp', T0, 'private-processing', 'group'),
    region: 'elsewhere',
    rules: [],
    exposes: [],
  },
  {
    name: 'message in a group where someone mentioned @Meta AI: which messages go to Meta cannot be seen',
    observation: inChatWithAi('g-mention', T0, 'mention', 'group'),
    region: 'elsewhere',
    rules: [],
    exposes: [],
  },
  {
    name: 'message to a self-hosted business that uses AI from Meta',
    observation: messageSent('b-ai', T0, business(KEY_A, { hosting: 'self', ai: 'meta' })),
    region: 'european-region',
    rules: ['business-sees-number-profile', 'business-interaction-whatsapp', 'business-ai-meta'],
    exposes: [...BUSINESS_BASE, 'ai-conversations>meta'],
  },
  {
    name: 'message to a Meta-hosted business with a third-party AI, elsewhere',
    observation: messageSent('b-3p', T0, business(KEY_A, { hosting: 'meta', ai: 'third-party' })),
    region: 'elsewhere',
    rules: [
      'business-sees-number-profile',
      'business-interaction-whatsapp',
      'business-interaction-meta',
      'meta-hosted-content',
      'business-ai-third-party',
    ],
    exposes: [...BUSINESS_BASE, 'business-interactions>meta', 'message-content>meta', 'ai-conversations>vendor', 'ai-conversations>meta'],
  },
  {
    name: 'business chat with AI from Meta, opened: nothing sent to the AI yet',
    observation: chatOpened('b-ai-o', T0, business(KEY_A, { hosting: 'self', ai: 'meta' })),
    region: 'european-region',
    rules: ['business-sees-number-profile', 'business-interaction-whatsapp'],
    exposes: BUSINESS_BASE,
  },
  // Updates-tab ads can't be seen on WhatsApp Web (ai-2026.md §7.5): Status and Channels count nothing.
  { name: 'Status opened', observation: chatOpened('st', T0, undefined, 'status'), region: 'elsewhere', rules: [], exposes: [] },
  { name: 'channel opened', observation: chatOpened('ch', T0, undefined, 'channel'), region: 'elsewhere', rules: [], exposes: [] },
];

describe('exposuresFor', () => {
  it.each(CASES)('$name', ({ observation, region, rules, exposes }) => {
    const result = exposuresFor(observation, region);
    expect(result.rules).toEqual(rules);
    expect(pairs(result.exposures)).toEqual([...exposes].sort());
    // Distinct pairs only.
    expect(new Set(pairs(result.exposures)).size).toBe(result.exposures.length);
  });

  it('exercises every rule in the table', () => {
    const hit = new Set(CASES.flatMap((c) => exposuresFor(c.observation, c.region).rules));
    expect([...hit].sort()).toEqual(RULES.map((r) => r.id).sort());
  });

  it('is pure: same input, same answer, input untouched', () => {
    const observation = chatOpened('x', T0, business(KEY_A, { adsReferral: true }));
    const copy = structuredClone(observation);
    expect(exposuresFor(observation, 'elsewhere')).toEqual(exposuresFor(observation, 'elsewhere'));
    expect(observation).toEqual(copy);
  });
});
