// What the in-page notice shows, from the current chat the chat tracker publishes and the settings.
import { describe, expect, it } from 'vitest';
import type { CurrentChat } from '@/lib/content/chat-tracker';
import { NoticeController } from '@/lib/content/notice-controller';
import type { NoticeModel } from '@/lib/content/ui/notice';
import type { Settings } from '@/lib/model/preferences';
import { DEFAULT_SETTINGS } from '@/lib/storage/preferences';

const business = (key: string): CurrentChat => ({
  kind: 'business',
  business: { key, verification: 'verified', hosting: 'vendor', adsReferral: true, ai: 'none' },
  source: 'This business uses a secure service',
});

function controller(initial: Partial<Settings> = {}) {
  let settings: Settings = { ...DEFAULT_SETTINGS, ...initial };
  const shown: Array<NoticeModel | null> = [];
  const notice = new NoticeController({ render: (model) => shown.push(model) }, () => settings);
  return { notice, shown, set: (next: Partial<Settings>) => (settings = { ...settings, ...next }) };
}

describe('NoticeController', () => {
  it('shows a reported business chat, with the notice its hosting rests on', () => {
    const { notice, shown } = controller();
    notice.currentChat(business('k1'));
    expect(shown).toEqual([{ key: 'k1', hosting: 'vendor', adsReferral: true, source: 'This business uses a secure service' }]);
  });

  it('shows nothing for no chat, a chat not yet reported, or another kind of chat', () => {
    const { notice, shown } = controller();
    notice.currentChat(null);
    notice.currentChat({ kind: null, business: null, source: null });
    notice.currentChat({ kind: 'personal', business: null, source: null });
    notice.currentChat({ kind: 'group', business: null, source: null });
    expect(shown).toEqual([null, null, null, null]);
  });

  it('follows the settings: notices off, or this business dismissed earlier', () => {
    const { notice, shown, set } = controller({ inPageNotices: false });
    notice.currentChat(business('k1'));
    set({ inPageNotices: true });
    notice.render();
    set({ dismissedNotices: ['k1'] });
    notice.render();
    expect(shown).toEqual([null, expect.objectContaining({ key: 'k1' }), null]);
  });

  it('a dismissal here hides that business at once, and only that one', () => {
    const { notice, shown } = controller();
    notice.currentChat(business('k1'));
    notice.dismiss('k1');
    expect(shown.at(-1)).toBeNull();
    notice.currentChat(business('k2'));
    expect(shown.at(-1)).toMatchObject({ key: 'k2' });
    notice.currentChat(business('k1'));
    expect(shown.at(-1)).toBeNull();
  });
});
