// The Web steps several walkthroughs share: the way into Settings › Privacy, Settings › Account and a chat's info.
// Paths: docs/research/whatsapp-dom.md §d.1–d.2 (nav rail button, settings list), §e (drawers mount in drawer-left).
import type { MessageKey } from '../i18n/keys';
import type { PrivacyValue } from '../model/privacy-controls';
import type { SelectorKey } from '../whatsapp/selectors';
import type { WebStep } from './types';

export const OPEN_SETTINGS: WebStep = { target: 'navSettingsButton', within: 'mainScreen', text: 'wt_step_open_settings' };
export const OPEN_PRIVACY: WebStep = { target: 'settingsPrivacyItem', within: 'settingsDrawer', text: 'wt_step_open_privacy' };
export const OPEN_ACCOUNT: WebStep = { target: 'settingsAccountItem', within: 'settingsDrawer', text: 'wt_step_open_account' };

/** Click an item of the Privacy drawer (whatsapp-dom.md §d.3, §d.5). */
export function privacyItem(target: SelectorKey, text: MessageKey): WebStep {
  return { target, within: 'privacyDrawer', text };
}

/** Pick a radio option in a privacy sub-drawer (whatsapp-dom.md §d.4). */
export function privacyOption(option: PrivacyValue, text: MessageKey): WebStep {
  return { target: 'radioOption', option, within: 'privacySubDrawer', text };
}

/** Open any chat and its info drawer (whatsapp-dom.md §a.3, §b.2, §c). */
export const OPEN_CHAT: WebStep = { target: 'chatListRow', within: 'chatList', text: 'wt_step_open_chat' };
export const OPEN_CHAT_INFO: WebStep = { target: 'conversationHeaderInfo', within: 'conversationPanel', text: 'wt_step_open_chat_info' };

/** Open a business chat and its info drawer (whatsapp-dom.md §a.3, §b.2, §c). */
export const OPEN_BUSINESS_CHAT: WebStep = { target: 'chatListRow', within: 'chatList', text: 'wt_step_open_business_chat' };
export const OPEN_BUSINESS_INFO: WebStep = {
  target: 'conversationHeaderInfo',
  within: 'conversationPanel',
  text: 'wt_step_open_business_info',
};
