// What the in-page notice shows, from the current chat the chat tracker publishes and the settings: a business chat
// (and its AI), the Meta AI chat or a group Meta reads, Private Processing, and nothing for other chats.
import { describe, expect, it } from 'vitest';
import type { CurrentChat } from '@/lib/content/chat-tracker';
import { NoticeController, noticeFor } from '@/lib/content/notice-controller';
import type { NoticeModel } from '@/lib/content/ui/notice';
import type { Settings } from '@/lib/model/preferences';
import { DEFAULT_SETTINGS } from '@/lib/storage/preferences';

const chat = (over: Partial<CurrentChat>): CurrentChat => ({
  kind: 'personal',
  key: null,
  business: null,
  metaAi: null,
  source: null,
  aiSource: null,
  ...over,
});
const business = (key: string, over: Partial<CurrentChat> = {}): CurrentChat =>
  chat({
    kind: 'business',
    key,
    business: { key, verification: 'verified', hosting: 'vendor', adsReferral: true, ai: 'none' },
    source: 'This business uses a secure service',
    ...over,
  });

function controller(initial: Partial<Settings> = {}) {
  let settings: Settings = { ...DEFAULT_SETTINGS, ...initial };
  const shown: Array<NoticeModel | null> = [];
  const notice = new NoticeController({ render: (model) => shown.push(model) }, () => settings);
  return { notice, shown, set: (next: Partial<Settings>) => (settings = { ...settings, ...next }) };
}

describe('noticeFor: what the notice is about', () => {
  it('a business chat: its hosting, ad referral and AI, with the notices they rest on', () => {
    expect(noticeFor(business('k1'))).toEqual({
      about: 'business',
      key: 'k1',
      hosting: 'vendor',
      adsReferral: true,
      ai: 'none',
      source: 'This business uses a secure service',
      aiSource: null,
    });
    const withAi = business('k2', { business: { key: 'k2', verification: 'unverified', hosting: 'self', adsReferral: false, ai: 'meta' } });
    expect(noticeFor({ ...withAi, aiSource: 'AI from Meta receives messages' })).toMatchObject({
      about: 'business',
      ai: 'meta',
      hosting: 'self',
      aiSource: 'AI from Meta receives messages',
    });
  });

  it('the Meta AI chat, or a group Meta AI was added to: Meta reads what is sent', () => {
    expect(noticeFor(chat({ kind: 'meta-ai', key: 'c1' }))).toEqual({ about: 'meta-reads', key: 'c1', source: null });
    const group = chat({ kind: 'group', key: 'g1', metaAi: 'open', aiSource: 'A group member added Meta AI to this chat.' });
    expect(noticeFor(group)).toEqual({ about: 'meta-reads', key: 'g1', source: 'A group member added Meta AI to this chat.' });
  });

  it('Private Processing: Meta can’t see the chat, in a group and in the Meta AI chat alike', () => {
    expect(noticeFor(chat({ kind: 'group', key: 'g2', metaAi: 'private-processing' }))).toEqual({
      about: 'private-processing',
      key: 'g2',
      source: null,
    });
    expect(noticeFor(chat({ kind: 'meta-ai', key: 'c2', metaAi: 'private-processing' }))).toMatchObject({ about: 'private-processing' });
  });

  it('nothing for no chat, a chat not yet reported, a mention only, people, groups and channels without Meta AI', () => {
    expect(noticeFor(null)).toBeNull();
    expect(noticeFor(chat({ kind: null, key: 'x', metaAi: 'open' }))).toBeNull();
    expect(noticeFor(chat({ kind: 'personal', key: 'p1', metaAi: 'mention' }))).toBeNull();
    for (const kind of ['personal', 'group', 'channel'] as const) expect(noticeFor(chat({ kind, key: 'k' }))).toBeNull();
    // A business not yet reported, or a Meta AI chat whose key is not yet known, waits.
    expect(noticeFor(chat({ kind: 'business', key: 'b' }))).toBeNull();
    expect(noticeFor(chat({ kind: 'meta-ai', key: null }))).toBeNull();
  });
});

describe('NoticeController', () => {
  it('shows a reported business chat, with the notice its hosting rests on', () => {
    const { notice, shown } = controller();
    notice.currentChat(business('k1'));
    expect(shown).toEqual([expect.objectContaining({ about: 'business', key: 'k1', source: 'This business uses a secure service' })]);
  });

  it('shows nothing for no chat, a chat not yet reported, or another kind of chat', () => {
    const { notice, shown } = controller();
    notice.currentChat(null);
    notice.currentChat(chat({ kind: null }));
    notice.currentChat(chat({ kind: 'personal' }));
    notice.currentChat(chat({ kind: 'group' }));
    expect(shown).toEqual([null, null, null, null]);
  });

  it('follows the settings: notices off, or this chat dismissed earlier', () => {
    const { notice, shown, set } = controller({ inPageNotices: false });
    notice.currentChat(business('k1'));
    set({ inPageNotices: true });
    notice.render();
    set({ dismissedNotices: ['k1'] });
    notice.render();
    notice.currentChat(chat({ kind: 'meta-ai', key: 'k1' }));
    expect(shown).toEqual([null, expect.objectContaining({ key: 'k1' }), null, null]);
  });

  it('a dismissal here hides that chat at once, and only that one', () => {
    const { notice, shown } = controller();
    notice.currentChat(business('k1'));
    notice.dismiss('k1');
    expect(shown.at(-1)).toBeNull();
    notice.currentChat(business('k2'));
    expect(shown.at(-1)).toMatchObject({ key: 'k2' });
    notice.currentChat(chat({ kind: 'group', key: 'g1', metaAi: 'open' }));
    expect(shown.at(-1)).toMatchObject({ about: 'meta-reads', key: 'g1' });
    notice.dismiss('g1');
    expect(shown.at(-1)).toBeNull();
    notice.currentChat(business('k1'));
    expect(shown.at(-1)).toBeNull();
  });
});
