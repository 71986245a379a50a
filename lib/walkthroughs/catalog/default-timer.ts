// Default message timer: Privacy › Default message timer (what-whatsapp-shares.md §4, JIG ddm-settings-item; whatsapp-dom.md §d.3).
import { OPEN_PRIVACY, OPEN_SETTINGS, privacyItem, privacyOption } from '../web-steps';
import type { WebWalkthrough } from '../types';

export const defaultTimer: WebWalkthrough = {
  id: 'default-timer',
  kind: 'web',
  title: 'wt_default_timer_title',
  whyItMatters: { text: 'wt_default_timer_why', categories: ['message-content'], audiences: ['business', 'everyone'] },
  webSteps: [
    OPEN_SETTINGS,
    OPEN_PRIVACY,
    privacyItem('privacyDefaultTimerItem', 'wt_default_timer_web_item'),
    privacyOption('timer-7d', 'wt_default_timer_web_option'),
  ],
  phoneSteps: { android: ['wt_default_timer_android'], iphone: ['wt_default_timer_iphone'] },
  check: { control: 'default-timer', recommended: 'timer-7d', text: 'wt_default_timer_recommended' },
  availableOn: ['web', 'android', 'iphone'],
  notes: ['wt_default_timer_note'],
  source: { research: 'what-whatsapp-shares.md §4', links: ['web-default-timer'] },
  value: 50,
};
