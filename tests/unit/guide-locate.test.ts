// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import { readGuidePage, resolveStep } from '@/lib/content/guide/locate';
import { walkthroughById, type WebWalkthrough } from '@/lib/walkthroughs/index';
import {
  accountDrawer,
  contactInfo,
  conversation,
  lastSeenDrawer,
  mountLoadingScreen,
  mountMainScreen,
  privacyDrawer,
  profilePhotoDrawer,
  securityDrawer,
  settingsDrawer,
} from './guide-page';

const web = (id: string) => walkthroughById(id) as WebWalkthrough;

beforeEach(() => document.body.replaceChildren());

describe('resolveStep', () => {
  it('starts at the Settings button on the main screen', () => {
    mountMainScreen();
    const step = resolveStep(document, web('last-seen'));
    expect(step?.index).toBe(0);
    expect(step?.target?.getAttribute('aria-label')).toBe('Settings');
  });

  it('follows the drawers: Settings → Privacy → Last seen → the Nobody option', () => {
    const { left } = mountMainScreen({ left: settingsDrawer() });
    expect(resolveStep(document, web('last-seen'))).toMatchObject({ index: 1 });
    expect(resolveStep(document, web('last-seen'))?.target?.getAttribute('data-testid')).toBe('settings-drawer-item-privacy');

    left.replaceChildren(privacyDrawer());
    const item = resolveStep(document, web('last-seen'));
    expect(item?.index).toBe(2);
    expect(item?.target?.getAttribute('data-testid')).toBe('last-seen-and-online-privacy-settings-item');

    left.replaceChildren(lastSeenDrawer());
    const choice = resolveStep(document, web('last-seen'));
    expect(choice?.index).toBe(3);
    expect(choice?.target?.getAttribute('data-testid')).toBe('last-seen-none');
  });

  it('finds the online option in the second radio group of the same page', () => {
    mountMainScreen({ left: lastSeenDrawer() });
    expect(resolveStep(document, web('online'))?.target?.getAttribute('data-testid')).toBe('online-match_last_seen');
  });

  it('finds the recommended option on a shared visibility sub-drawer', () => {
    mountMainScreen({ left: profilePhotoDrawer() });
    const step = resolveStep(document, web('profile-photo'));
    expect(step?.index).toBe(3);
    expect(step?.target?.getAttribute('data-testid')).toBe('my-contacts');
  });

  it('takes the Account path for security notifications', () => {
    const { left } = mountMainScreen({ left: accountDrawer() });
    expect(resolveStep(document, web('security-notifications'))?.target?.getAttribute('data-testid')).toBe('li-security');
    left.replaceChildren(securityDrawer(false));
    const step = resolveStep(document, web('security-notifications'));
    expect(step?.index).toBe(3);
    expect(step?.target?.getAttribute('data-testid')).toBe('security-notifications-settings-item');
  });

  it('goes through the open chat and the business info for blocking', () => {
    const { pane, right } = mountMainScreen();
    expect(resolveStep(document, web('block-report-business'))).toMatchObject({ index: 0 });
    pane.replaceChildren(conversation());
    expect(resolveStep(document, web('block-report-business'))?.target?.getAttribute('data-testid')).toBe('conversation-info-header');
    right.replaceChildren(contactInfo());
    const step = resolveStep(document, web('block-report-business'));
    expect(step?.index).toBe(2);
    expect(step?.target?.getAttribute('data-testid')).toBe('li-block');
  });

  it('reports the step with no target when its page is open but the item is gone', () => {
    mountMainScreen({ left: privacyDrawer({ protectIp: null }) });
    expect(resolveStep(document, web('protect-ip-calls'))).toEqual({ index: 2, target: null });
  });

  it('finds nothing while WhatsApp is loading', () => {
    mountLoadingScreen();
    expect(resolveStep(document, web('last-seen'))).toBeNull();
  });
});

describe('readGuidePage', () => {
  it('while WhatsApp loads: starting, nothing reached', () => {
    mountLoadingScreen();
    expect(readGuidePage(document, web('last-seen'), 7)).toEqual({ now: 7, starting: true, value: null, reached: null });
  });

  it('an app that shows none of its known screens is not starting (WhatsApp changed its page)', () => {
    document.body.replaceChildren(Object.assign(document.createElement('div'), { id: 'app' }));
    expect(readGuidePage(document, web('last-seen'), 0)).toMatchObject({ starting: false, reached: null });
  });

  it('the reached step, whether its target is there, and the checked control’s value', () => {
    mountMainScreen({ left: lastSeenDrawer('none') });
    expect(readGuidePage(document, web('last-seen'), 0)).toEqual({
      now: 0,
      starting: false,
      value: 'nobody',
      reached: { index: 3, found: true },
    });
    mountMainScreen({ left: privacyDrawer({ protectIp: null }) });
    expect(readGuidePage(document, web('protect-ip-calls'), 0)).toMatchObject({ value: null, reached: { index: 2, found: false } });
  });
});
