// The UI's pure helpers: tally, headline, audit, timeline buckets, routes and the share-safe summary.
import { describe, expect, it } from 'vitest';
import { PRIVACY_CONTROLS } from '@/lib/model/privacy-controls';
import { aiExposures, aiWalkthroughs } from '@/lib/view/ai';
import { auditRows, auditScore } from '@/lib/view/audit';
import { headline } from '@/lib/view/headline';
import { parseRoute, walkthroughHash } from '@/lib/view/route';
import { shareSummary } from '@/lib/view/summary';
import { categoryTallies, exposedAudiences } from '@/lib/view/tally';
import { bucketTimeline } from '@/lib/view/timeline';
import { aiSnapshot, business, largeSnapshot, noAi, snapshot, timeline, typicalSnapshot } from './fixtures';

describe('categoryTallies', () => {
  it('counts exposures per category (all audiences together), most exposed first', () => {
    const tallies = categoryTallies(typicalSnapshot());
    expect(tallies.map((row) => [row.category, row.count])).toEqual([
      ['phone-number', 28],
      ['presence', 21],
      ['device-network', 7],
    ]);
    // phone-number reached the business and Meta: the chips list both, in taxonomy order.
    expect(tallies[0]!.audiences).toEqual([
      { audience: 'business', count: 21 },
      { audience: 'meta', count: 7 },
    ]);
  });

  it('adds up to the timeline totals', () => {
    const snap = typicalSnapshot();
    const tallied = categoryTallies(snap).reduce((sum, row) => sum + row.count, 0);
    expect(tallied).toBe(snap.timeline.reduce((sum, day) => sum + day.total, 0));
  });

  it('lists audiences that received anything, in taxonomy order', () => {
    expect(exposedAudiences(typicalSnapshot())).toEqual(['business', 'meta', 'whatsapp', 'everyone']);
  });

  it('is empty when nothing was logged', () => {
    expect(categoryTallies(snapshot())).toEqual([]);
  });
});

describe('headline', () => {
  it('says how many kinds reached how many audiences, and how many business chats', () => {
    expect(headline(typicalSnapshot())).toEqual({
      title: 'In the last 7 days, WhatsApp Web exposed 3 kinds of metadata about you to 4 audiences.',
      detail: '12 business chats took part.',
    });
  });

  it('uses the singular messages for one kind, one audience and one chat', () => {
    const one = typicalSnapshot({
      businessChats: 1,
      matrix: [{ category: 'phone-number', audience: 'business', count: 2 }],
      timeline: timeline(7, (i) => (i === 0 ? { 'phone-number': 2 } : {})),
    });
    expect(headline(one)).toEqual({
      title: 'In the last 7 days, WhatsApp Web exposed 1 kind of metadata about you to 1 audience.',
      detail: '1 business chat took part.',
    });
  });

  it('has a sentence for nothing and for no business chats', () => {
    expect(headline(snapshot())).toEqual({
      title: 'Nothing was exposed in the last 7 days, as far as this browser saw.',
      detail: 'No business chats were logged in that time.',
    });
  });
});

describe('audit', () => {
  it('lists every control; never-observed ones are unknown, not failures', () => {
    const rows = auditRows(typicalSnapshot());
    expect(rows.map((r) => r.control)).toEqual(PRIVACY_CONTROLS.map((c) => c.id));
    expect(rows.find((r) => r.control === 'last-seen')!.state).toBe('most-private');
    expect(rows.find((r) => r.control === 'read-receipts')!.state).toBe('could-be-stricter');
    expect(rows.find((r) => r.control === 'about')).toMatchObject({ state: 'unknown', value: null, observedAt: null });
    expect(auditScore(rows)).toEqual({ mostPrivate: 2, unknown: 9, total: 12 });
  });

  it('links each control to the walkthrough that checks it', () => {
    const rows = auditRows(typicalSnapshot());
    expect(rows.find((r) => r.control === 'last-seen')!.walkthroughId).toBeTruthy();
  });
});

describe('bucketTimeline', () => {
  it('keeps days for short ranges', () => {
    const { granularity, buckets } = bucketTimeline(typicalSnapshot().timeline);
    expect(granularity).toBe('day');
    expect(buckets).toHaveLength(7);
    expect(buckets[0]!.total).toBe(8);
  });

  it('groups a year into weeks and three years into months, losing no count', () => {
    const year = bucketTimeline(timeline(365, () => ({ profile: 1 })));
    expect(year.granularity).toBe('week');
    expect(year.buckets).toHaveLength(53);
    expect(year.buckets.reduce((s, b) => s + b.total, 0)).toBe(365);

    const large = largeSnapshot();
    const months = bucketTimeline(large.timeline);
    expect(months.granularity).toBe('month');
    expect(months.buckets.length).toBeGreaterThanOrEqual(36);
    expect(months.buckets.length).toBeLessThanOrEqual(37);
    expect(months.buckets.reduce((s, b) => s + b.total, 0)).toBe(1095 * 5);
    expect(months.buckets.every((b) => b.start.slice(0, 7) === b.end.slice(0, 7))).toBe(true);
  });
});

describe('routes', () => {
  it('reads sections and walkthrough focus from the hash', () => {
    expect(parseRoute('#data')).toEqual({ section: 'data' });
    expect(parseRoute('#audit')).toEqual({ section: 'audit' });
    expect(parseRoute(walkthroughHash('last-seen'))).toEqual({ section: 'walkthroughs', walkthrough: 'last-seen' });
    expect(parseRoute('')).toEqual({ section: 'overview' });
    expect(parseRoute('#nonsense')).toEqual({ section: 'overview' });
    expect(parseRoute('#%E0%A4%A')).toEqual({ section: 'overview' });
  });
});

describe('shareSummary', () => {
  it('has the counts and audiences but no business labels or keys', () => {
    const labelled = typicalSnapshot({
      settings: { ...typicalSnapshot().settings, labels: true },
      businesses: [business(1, { label: 'Acme Pharmacy' })],
    });
    const text = shareSummary(labelled);
    expect(text).toContain('12 business chats took part.');
    expect(text).toMatch(/: 28 \(received by .+ and .+\)/);
    expect(text).toContain('2 of 12 privacy settings are at their most private.');
    expect(text).not.toContain('Acme');
    expect(text).not.toContain(labelled.businesses[0]!.key);
  });
});

describe('AI exposures', () => {
  it('counts messages for the Meta AI chat and chats Meta AI reads, and businesses with AI of either kind', () => {
    expect(aiExposures(aiSnapshot()).map((e) => [e.id, e.count, e.amount])).toEqual([
      ['meta-ai-chat', 14, '14 messages'],
      ['open-ai-chats', 7, '7 messages'],
      ['business-ai', 2, 'AI from Meta: 1. Third-party AI: 1.'],
    ]);
    const one = { ...noAi(), metaAiMessages: 1 };
    expect(aiExposures(snapshot({ ai: one }))[0]!.amount).toBe('1 message');
  });

  it('names the walkthroughs for what went to AI, each once, none when nothing did', () => {
    expect(aiWalkthroughs(snapshot())).toEqual([]);
    expect(aiWalkthroughs(aiSnapshot())).toEqual(['meta-ai-data', 'advanced-chat-privacy']);
    expect(aiWalkthroughs(snapshot({ ai: { ...noAi(), openChatMessages: 3 } }))).toEqual(['advanced-chat-privacy']);
    expect(aiWalkthroughs(snapshot({ ai: { ...noAi(), businesses: { meta: 0, thirdParty: 1 } } }))).toEqual(['meta-ai-data']);
  });
});
