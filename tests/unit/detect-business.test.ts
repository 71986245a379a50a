// @vitest-environment happy-dom
// Is this a business and who hosts it, and what the drawer says of Meta AI and advanced chat privacy: the header's
// facts completed by the contact-info drawer, over the committed fixture pages (the drawer open and taken away) and
// over plain facts for the combinations no fixture shows.
import { describe, expect, it } from 'vitest';
import { detectOpenChat, mergeContactInfo } from '@/lib/whatsapp/detect/business';
import { detectChat, type ChatFacts } from '@/lib/whatsapp/detect/chat';
import type { ContactInfoFacts } from '@/lib/whatsapp/detect/contact-info';
import { findAll, findFirst } from '@/lib/whatsapp/query';
import { loadFixture } from './detect-fixtures';

const business = (facts: ChatFacts) => ({
  kind: facts.kind,
  verification: facts.verification,
  hosting: facts.hosting,
  adsReferral: facts.adsReferral,
});

function openChat(fixture: string, withDrawer = true): ChatFacts {
  loadFixture(fixture);
  if (!withDrawer) findFirst(document, 'contactInfoDrawer')!.remove();
  return detectOpenChat(findFirst(document, 'conversationPanel')!, document);
}

describe('detectOpenChat over the fixtures', () => {
  it('a self-hosted business the header calls personal: the banner and the end-to-end row make it a self-hosted business', () => {
    expect(business(openChat('contact-info-biz-self-en', false))).toEqual({
      kind: 'personal',
      verification: 'unknown',
      hosting: 'unknown',
      adsReferral: false,
    });
    const facts = openChat('contact-info-biz-self-en');
    expect(business(facts)).toEqual({ kind: 'business', verification: 'unverified', hosting: 'self', adsReferral: false });
    expect(facts.hostingNotice).toMatch(/end-to-end encrypted/);
  });

  it('a verified Meta-hosted business: the drawer agrees with the header and keeps the header’s notice', () => {
    const header = openChat('contact-info-biz-meta-en', false);
    const facts = openChat('contact-info-biz-meta-en');
    expect(business(facts)).toEqual({ kind: 'business', verification: 'verified', hosting: 'meta', adsReferral: false });
    expect(facts.hostingNotice).toBe(header.hostingNotice);
  });

  it('a business reached from an ad (no testids): the ad referral stays', () => {
    expect(business(openChat('contact-info-biz-ad-pt_BR-notestid'))).toEqual({
      kind: 'business',
      verification: 'unverified',
      hosting: 'meta',
      adsReferral: true,
    });
  });

  it('a group under Private Processing: its group-info badge says so even with no notice or bot row in view', () => {
    loadFixture('contact-info-group-ai-private-en');
    const panel = findFirst(document, 'conversationPanel')!;
    findAll(panel, 'messageRow').forEach((row) => row.remove());
    expect(detectChat(panel).metaAi).toBeNull();
    expect(detectOpenChat(panel, document)).toMatchObject({ kind: 'group', metaAi: 'private-processing' });
  });

  it('a group Meta AI reads: its group-info security row says so (ar, no testids)', () => {
    loadFixture('contact-info-group-ai-ar-notestid');
    const panel = findFirst(document, 'conversationPanel')!;
    findAll(panel, 'messageRow').forEach((row) => row.remove());
    expect(detectOpenChat(panel, document)).toMatchObject({ kind: 'group', metaAi: 'open', metaAiNotice: expect.stringContaining('Meta') });
  });

  it('the business using AI from Meta: advanced chat privacy from its contact-info row', () => {
    loadFixture('contact-info-biz-ai-meta-en');
    const panel = findFirst(document, 'conversationPanel')!;
    findAll(panel, 'systemMessage').forEach((notice) => notice.remove());
    expect(detectChat(panel).advancedChatPrivacy).toBeNull();
    expect(detectOpenChat(panel, document)).toMatchObject({ kind: 'business', advancedChatPrivacy: 'on' });
  });

  it.each(['chat-personal-negative-en', 'chat-group-pt_BR', 'chat-biz-meta-en'])(
    '%s without a drawer: the header alone decides',
    (fixture) => {
      loadFixture(fixture);
      const panel = findFirst(document, 'conversationPanel')!;
      expect(detectOpenChat(panel, document)).toEqual(detectChat(panel));
    },
  );
});

const header = (over: Partial<ChatFacts> = {}): ChatFacts => ({
  missing: [],
  title: 'Shop',
  remote: null,
  kind: 'personal',
  signals: [],
  verification: 'unknown',
  hosting: 'unknown',
  hostingNotice: null,
  adsReferral: false,
  ai: 'none',
  aiNotice: null,
  metaAi: null,
  metaAiNotice: null,
  dataSharing: null,
  phoneNumberShared: false,
  advancedChatPrivacy: null,
  ...over,
});
const drawer = (over: Partial<ContactInfoFacts> = {}): ContactInfoFacts => ({
  businessBanner: false,
  hosting: null,
  hostingNotice: null,
  adsReferral: false,
  verified: false,
  metaAi: null,
  metaAiNotice: null,
  advancedChatPrivacy: null,
  ...over,
});

describe('mergeContactInfo', () => {
  it('no drawer: the header’s facts as they are', () => {
    const facts = header();
    expect(mergeContactInfo(facts, null)).toBe(facts);
  });

  it('a plain end-to-end row alone says nothing about a business', () => {
    expect(mergeContactInfo(header(), drawer({ hosting: 'e2e', hostingNotice: 'e2e' }))).toEqual(header());
  });

  it.each([
    [
      'a vendor sentence',
      drawer({ hosting: 'vendor', hostingNotice: 'vendor text' }),
      { hosting: 'vendor', hostingNotice: 'vendor text', verification: 'unverified' },
    ],
    ['a verified name', drawer({ verified: true }), { hosting: 'unknown', hostingNotice: null, verification: 'verified' }],
    [
      'the ads row',
      drawer({ adsReferral: true }),
      { hosting: 'unknown', hostingNotice: null, verification: 'unverified', adsReferral: true },
    ],
  ] as const)('%s makes a personal chat a business', (_, info, expected) => {
    expect(mergeContactInfo(header(), info)).toMatchObject({ kind: 'business', ...expected });
  });

  it('never turns a group or a channel into a business', () => {
    for (const kind of ['group', 'channel'] as const) {
      expect(mergeContactInfo(header({ kind }), drawer({ businessBanner: true, verified: true, hosting: 'meta' }))).toEqual(
        header({ kind }),
      );
    }
  });

  it('what the drawer shows now about Meta AI wins over the chat’s notices, for chats with people only', () => {
    const open = header({ kind: 'group', metaAi: 'open', metaAiNotice: 'added Meta AI' });
    expect(mergeContactInfo(open, drawer({ metaAi: 'private-processing' }))).toMatchObject({
      metaAi: 'private-processing',
      metaAiNotice: null,
    });
    expect(mergeContactInfo(open, drawer())).toMatchObject({ metaAi: 'open', metaAiNotice: 'added Meta AI' });
    expect(mergeContactInfo(header({ kind: 'channel' }), drawer({ metaAi: 'open' }))).toMatchObject({ metaAi: null });
    // A chat the drawer shows to be a business has no Meta AI with people.
    expect(mergeContactInfo(header({ metaAi: 'mention' }), drawer({ businessBanner: true, metaAi: 'open' }))).toMatchObject({
      kind: 'business',
      metaAi: null,
    });
  });

  it('the advanced-chat-privacy row wins over the chat’s notice; without one the notice stays', () => {
    const on = header({ kind: 'business', verification: 'unverified', advancedChatPrivacy: 'on' });
    expect(mergeContactInfo(on, drawer({ advancedChatPrivacy: 'off' }))).toMatchObject({ advancedChatPrivacy: 'off' });
    expect(mergeContactInfo(on, drawer())).toMatchObject({ advancedChatPrivacy: 'on' });
  });

  it('the header’s hosting wins; the drawer fills it in only when the header could not tell', () => {
    const vendor = header({ kind: 'business', verification: 'unverified', hosting: 'vendor', hostingNotice: 'header text' });
    expect(mergeContactInfo(vendor, drawer({ businessBanner: true, hosting: 'meta', hostingNotice: 'drawer text' }))).toMatchObject({
      hosting: 'vendor',
      hostingNotice: 'header text',
    });
    const unknown = header({ kind: 'business', verification: 'unverified' });
    expect(mergeContactInfo(unknown, drawer({ hosting: 'e2e', hostingNotice: 'drawer text' }))).toMatchObject({
      hosting: 'self',
      hostingNotice: 'drawer text',
    });
  });
});
