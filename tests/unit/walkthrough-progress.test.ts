import { describe, expect, it } from 'vitest';
import type { WalkthroughStatus } from '@/lib/model/walkthrough-status';
import { mostValuableNotDone, WALKTHROUGHS } from '@/lib/walkthroughs/index';
import { meetsRecommendation, statusAfterAudit, walkthroughsForControl } from '@/lib/walkthroughs/progress';

describe('meetsRecommendation', () => {
  it('accepts the recommended value and anything stricter, by the control order', () => {
    expect(meetsRecommendation('profile-photo', 'contacts', 'contacts')).toBe(true);
    expect(meetsRecommendation('profile-photo', 'nobody', 'contacts')).toBe(true);
    expect(meetsRecommendation('profile-photo', 'everyone', 'contacts')).toBe(false);
    expect(meetsRecommendation('default-timer', 'timer-24h', 'timer-7d')).toBe(true);
    expect(meetsRecommendation('default-timer', 'timer-90d', 'timer-7d')).toBe(false);
    expect(meetsRecommendation('read-receipts', 'off', 'off')).toBe(true);
    expect(meetsRecommendation('read-receipts', 'on', 'off')).toBe(false);
  });

  it('rejects values the control does not have', () => {
    expect(meetsRecommendation('groups', 'nobody', 'contacts')).toBe(false);
  });
});

describe('walkthroughsForControl', () => {
  it('maps each control to the walkthrough that checks it', () => {
    expect(walkthroughsForControl('last-seen')).toEqual(['last-seen']);
    expect(walkthroughsForControl('online')).toEqual(['online']);
    expect(walkthroughsForControl('disable-link-previews')).toEqual(['link-previews']);
    expect(walkthroughsForControl('security-notifications')).toEqual(['security-notifications']);
  });
});

describe('statusAfterAudit', () => {
  const cases: Array<[string, Parameters<typeof statusAfterAudit>, WalkthroughStatus]> = [
    ['recommended value → done', ['last-seen', 'last-seen', 'nobody', 'not-started'], 'done'],
    ['stricter than recommended → done', ['profile-photo', 'profile-photo', 'nobody', 'in-progress'], 'done'],
    ['not recommended, not started → stays', ['last-seen', 'last-seen', 'contacts', 'not-started'], 'not-started'],
    ['not recommended, in progress → stays', ['last-seen', 'last-seen', 'everyone', 'in-progress'], 'in-progress'],
    ['done, then loosened → loosened', ['read-receipts', 'read-receipts', 'on', 'done'], 'loosened'],
    ['loosened, still loose → loosened', ['read-receipts', 'read-receipts', 'on', 'loosened'], 'loosened'],
    ['loosened, tightened again → done', ['read-receipts', 'read-receipts', 'off', 'loosened'], 'done'],
    ['done, still recommended → done', ['groups', 'groups', 'contacts-except', 'done'], 'done'],
    ['another control → unchanged', ['last-seen', 'online', 'everyone', 'done'], 'done'],
    ['phone-only walkthrough → unchanged', ['two-step-verification', 'last-seen', 'everyone', 'done'], 'done'],
    ['unknown walkthrough → unchanged', ['gone', 'last-seen', 'nobody', 'in-progress'], 'in-progress'],
  ];
  it.each(cases)('%s', (_, args, expected) => {
    expect(statusAfterAudit(...args)).toBe(expected);
  });
});

describe('mostValuableNotDone', () => {
  it('picks the highest-value actionable walkthroughs that are not done; loosened counts as not done', () => {
    const top = mostValuableNotDone({}, 3).map((w) => w.id);
    expect(top).toEqual(['last-seen', 'profile-photo', 'accounts-center']);
    const after = mostValuableNotDone({ 'last-seen': { status: 'done' }, 'profile-photo': { status: 'loosened' } }, 3).map((w) => w.id);
    expect(after).toEqual(['profile-photo', 'accounts-center', 'online']);
  });

  it('puts the walkthroughs named first ahead, in that order, unless done; unknown and background ids are ignored', () => {
    const first = ['european-region', 'no-such-walkthrough', 'advanced-chat-privacy', 'meta-ai-data'];
    expect(mostValuableNotDone({}, 4, first).map((w) => w.id)).toEqual([
      'advanced-chat-privacy',
      'meta-ai-data',
      'last-seen',
      'profile-photo',
    ]);
    expect(mostValuableNotDone({ 'advanced-chat-privacy': { status: 'done' } }, 2, first).map((w) => w.id)).toEqual([
      'meta-ai-data',
      'last-seen',
    ]);
    expect(mostValuableNotDone({}, 2, []).map((w) => w.id)).toEqual(['last-seen', 'profile-photo']);
  });

  it('never offers background notes, and returns nothing for a zero limit', () => {
    const offered = new Set(mostValuableNotDone({}, 100).map((w) => w.id));
    expect(offered.has('share-account-info-2016') || offered.has('european-region')).toBe(false);
    expect(offered.size).toBe(WALKTHROUGHS.length - 2);
    expect(mostValuableNotDone({}, 0)).toEqual([]);
  });
});
