// Settings in [data-testid=drawer-left], one step at a time, each step a new drawer element
// (whatsapp-dom.md §d.2–d.6, §e). Values persist in localStorage; ?reset=1 starts from defaults.
import { h, icon } from './dom.js';
import { DEFAULT_VALUES, RADIO_PAGES, STRICT_LOCKED, SWITCHES, itemValueText } from './privacy-pages.js';
import { ME } from './chats.js';

const STORAGE_KEY = 'mock-whatsapp-settings';

/**
 * The settings store: privacy values (lib/model/privacy-controls.ts vocabulary) and the account-report state.
 * `strict` (?strict=1): strict account settings are on, so the toggles they lock are on (docs/research/ai-2026.md §9.1).
 */
export function loadSettings(reset, strict = false) {
  let saved = {};
  if (!reset) {
    try {
      saved = JSON.parse(localStorage.getItem(STORAGE_KEY) ?? '{}') ?? {};
    } catch {
      saved = {};
    }
  }
  const data = {
    values: { ...DEFAULT_VALUES, ...saved.values, ...(strict && Object.fromEntries(STRICT_LOCKED.map((control) => [control, 'on']))) },
    accountReport: saved.accountReport === 'requested' ? 'requested' : 'none',
  };
  const save = () => {
    try {
      localStorage.setItem(STORAGE_KEY, JSON.stringify(data));
    } catch {
      // Storage can be unavailable (file://, private mode): the mock then forgets on reload.
    }
  };
  save();
  return {
    get: (control) => data.values[control],
    set(control, value) {
      data.values[control] = value;
      save();
    },
    values: () => ({ ...data.values }),
    /** Strict account settings lock this toggle: it cannot be changed here. */
    locked: (control) => strict && STRICT_LOCKED.includes(control),
    accountReport: () => data.accountReport,
    requestReport() {
      data.accountReport = 'requested';
      save();
    },
    snapshot: () => ({ ...data.values, 'account-report': data.accountReport }),
  };
}

export function createSettings(ctx, host) {
  const { t } = ctx;
  const store = ctx.settings;
  let stack = [];
  let listener = () => {};

  const show = () => host.replaceChildren(STEPS[stack.at(-1).step](stack.at(-1).arg));
  const go = (step, arg) => {
    stack.push({ step, arg });
    show();
  };
  const back = () => {
    stack.pop();
    show();
  };

  // ---- building blocks ----

  function drawer(testid, titleTestid, title, ...body) {
    const backButton =
      stack.length > 1
        ? h(
            'div',
            {},
            h(
              'button',
              { type: 'button', 'aria-label': t('back'), title: t('back'), class: 'mk-icon-button', onclick: back },
              icon('back-refreshed'),
            ),
          )
        : null;
    return h(
      'div',
      { 'data-testid': testid, class: 'mk-drawer' },
      h(
        'div',
        { class: 'x5yr21d x78zum5 xdt5ytf x6ikm8r x10wlt62 mk-drawer-column' },
        h(
          'header',
          { class: 'mk-drawer-header' },
          h(
            'div',
            { class: 'mk-drawer-header-inner' },
            backButton,
            h('div', { 'data-testid': titleTestid, class: 'mk-drawer-title' }, h('h1', {}, title)),
          ),
        ),
        h('div', { class: 'mk-drawer-body' }, ...body),
      ),
    );
  }

  /** A menu row (WAWebMenuItem → CellFrameV2, §d.2). */
  function listItem({ testid, iconName, primary, secondary, onclick, first = false, danger = false }) {
    return h(
      'button',
      {
        role: 'listitem',
        'data-testid': testid,
        tabindex: first ? '0' : '-1',
        'data-tab': first ? '0' : '-1',
        'aria-disabled': 'false',
        type: 'button',
        class: `mk-listitem${danger ? ' mk-danger' : ''}`,
        onclick,
      },
      h(
        'div',
        { 'data-testid': 'cell-frame-container', class: 'x78zum5 xh8yej3 x1iyjqo2 x1n2onr6 x9f619 xkh2ocl mk-listitem-frame' },
        h('div', { class: 'mk-listitem-icon' }, icon(iconName)),
        h(
          'div',
          { class: 'mk-listitem-text' },
          h('div', { class: 'mk-primary' }, primary),
          secondary ? h('div', { class: 'mk-secondary' }, secondary) : null,
        ),
      ),
    );
  }

  function section(titleKey, ...items) {
    return h('div', { class: 'mk-section' }, titleKey ? h('div', { class: 'mk-section-title' }, t(titleKey)) : null, ...items);
  }

  /** Value item (WAWebDrawerItem, §d.3): title + current value in the secondary line + chevron. */
  function valueItem(testid, title, secondary, onclick) {
    return h(
      'div',
      {
        tabindex: '0',
        'data-tab': '3',
        role: 'button',
        'data-testid': testid,
        class: 'x1fc57z9 xisnujt xyinxu5 mk-item',
        onclick,
        onkeydown: (e) => e.key === 'Enter' && onclick?.(),
      },
      h(
        'div',
        { class: 'xso031l x1q0q8m5 x120ee7l x1g2khh7 xdpxx8g x6s0dn4 x78zum5 mk-item-inner' },
        h(
          'div',
          { class: 'x98rzlu mk-item-text', dir: 'auto' },
          h('div', { class: 'x14ug900 x6prxxf mk-item-title' }, title),
          h('div', { class: 'x1f6kntn xd4r4e8 x1164gpu mk-item-secondary' }, secondary),
        ),
        h('div', { class: 'xhslqc4 x1okw0bk mk-item-chevron' }, icon('chevron')),
      ),
    );
  }

  /**
   * Toggle item (§d.3): the row toggles; on/off is aria-checked on input[role=switch]. The checked
   * ATTRIBUTE is written only at mount and goes stale, as React leaves it; the property follows.
   */
  function switchItem(control, { labelWithDescription = true } = {}) {
    const spec = SWITCHES[control];
    const on = () => store.get(control) === 'on';
    // Defense mode locks the toggle: its aria-label becomes a "locked" message (whatsapp-dom.md §d.3) and a click
    // opens the interstitial (ai-2026.md §9.2). The disabled input is assumed.
    const locked = store.locked(control);
    const input = h('input', {
      type: 'checkbox',
      role: 'switch',
      'aria-checked': String(on()),
      'aria-label': labelWithDescription ? `${t(spec.title)}. ${t(spec.desc)}` : t(spec.title),
      'aria-disabled': locked ? 'true' : null,
      disabled: locked ? '' : null,
      dir: 'auto',
      tabindex: '0',
      checked: on() ? '' : null,
      class: 'mk-switch-input',
    });
    const knob = h(
      'div',
      { class: `mk-switch${on() ? ' mk-switch-on' : ''}` },
      h('div', { class: 'mk-switch-bg' }),
      h('div', { class: 'mk-switch-slider' }),
      input,
    );
    const learnMore = spec.learnMore
      ? h('span', { role: 'link', tabindex: '0', class: 'mk-link', onclick: (e) => e.stopPropagation() }, t('learnMore'))
      : null;
    return h(
      'div',
      {
        tabindex: '-1',
        'data-tab': '3',
        role: 'button',
        'data-testid': spec.item,
        'aria-label': locked ? t('lockedByStrict') : null,
        class: 'x1fc57z9 xisnujt xyinxu5 mk-item',
        onclick: () => {
          if (locked) return defenseModeInterstitial();
          const next = on() ? 'off' : 'on';
          store.set(control, next);
          input.setAttribute('aria-checked', String(next === 'on'));
          input.checked = next === 'on';
          knob.classList.toggle('mk-switch-on', next === 'on');
        },
      },
      h(
        'div',
        { class: 'xso031l x1q0q8m5 x120ee7l x1g2khh7 xdpxx8g x6s0dn4 x78zum5 mk-item-inner' },
        h(
          'div',
          { class: 'x98rzlu mk-item-text', dir: 'auto' },
          h('div', { class: 'x14ug900 x6prxxf mk-item-title' }, t(spec.title)),
          h('div', { class: 'xcldk2z mk-item-secondary' }, t(spec.desc), learnMore ? [' ', learnMore] : null),
        ),
        h('div', { class: 'x1849jeq x78zum5 xl56j7k' }, knob),
      ),
    );
  }

  /** WAWebDefenseModeLockedInterstitial (ai-2026.md §9.2): only its testid is known; its text is the mock's own. */
  function defenseModeInterstitial() {
    const close = () => modal.remove();
    const modal = h(
      'div',
      { 'data-testid': 'defense_mode_locked_interstitial_modal', role: 'dialog', 'aria-modal': 'true', class: 'mk-modal' },
      h('h2', { class: 'mk-modal-title' }, t('defenseTitle')),
      h('div', { class: 'mk-muted' }, t('defenseBody')),
      h('button', { type: 'button', class: 'mk-primary-button', onclick: close }, t('ok')),
    );
    ctx.ui.modals.replaceChildren(modal);
  }

  /** The round radio (WAWebCheckBoxRound, §d.4): a NEW <button> whenever its checked state changes (React key). */
  function radio(checked) {
    return h(
      'button',
      { type: 'button', role: 'radio', 'aria-checked': String(checked), 'aria-label': '', class: 'mk-radio' },
      checked
        ? icon('ic-radio-button-checked', { testid: 'checkbox-round-radio-checked' })
        : icon('ic-radio-button-unchecked', { testid: 'checkbox-round-passive' }),
    );
  }

  // ---- steps ----

  const STEPS = {
    settings() {
      const open = (step) => () => go(step);
      return drawer(
        'settings-drawer',
        'drawer-title-body',
        t('settings'),
        h(
          'div',
          {},
          h(
            'div',
            { class: 'x1phvje8 xcldk2z x1gxa6cn xa0aww2 mk-settings-search' },
            h(
              'div',
              { 'data-testid': 'settings_home_search_bar', class: 'mk-search' },
              icon('ic-search', { size: 20 }),
              h('div', {
                contenteditable: 'true',
                role: 'textbox',
                'aria-label': t('searchSettings'),
                'aria-placeholder': t('searchSettings'),
                class: 'mk-search-input',
              }),
            ),
          ),
          h(
            'div',
            { class: 'mk-menu' },
            h(
              'span',
              { class: 'x1nbhmlj' },
              h(
                'button',
                { role: 'listitem', type: 'button', tabindex: '-1', class: 'mk-listitem mk-profile-card' },
                h('div', { class: 'mk-avatar mk-avatar-64' }, icon('default-contact-refreshed', { size: 44 })),
                h(
                  'div',
                  { class: 'mk-listitem-text' },
                  h('div', { class: 'mk-primary', dir: 'auto' }, ME.name),
                  h('div', { class: 'mk-secondary', dir: 'auto' }, t('myAbout')),
                ),
              ),
            ),
            listItem({
              testid: 'li-account',
              iconName: 'key-refreshed',
              primary: t('account'),
              secondary: t('accountSub'),
              onclick: open('account'),
              first: true,
            }),
            listItem({
              testid: 'settings-drawer-item-privacy',
              iconName: 'lock-refreshed',
              primary: t('privacy'),
              secondary: t('privacySub'),
              onclick: open('privacy'),
            }),
            listItem({ testid: 'li-chats', iconName: 'chat-refreshed', primary: t('chats'), secondary: t('chatsSub') }),
            listItem({
              testid: 'li-notifications',
              iconName: 'notifications-refreshed',
              primary: t('notifications'),
              secondary: t('notificationsSub'),
            }),
            listItem({
              testid: 'li-keyboard-shortcuts',
              iconName: 'keyboard-refreshed',
              primary: t('keyboardShortcuts'),
              secondary: t('keyboardShortcutsSub'),
            }),
            listItem({ testid: 'li-help', iconName: 'help-refreshed', primary: t('help'), secondary: t('helpSub') }),
            listItem({ testid: 'li-logout', iconName: 'logout-refreshed', primary: t('logout'), danger: true }),
          ),
        ),
      );
    },

    privacy() {
      const values = store.values();
      const sub = (page) =>
        valueItem(
          RADIO_PAGES[page].item,
          t(RADIO_PAGES[page].itemTitle ?? RADIO_PAGES[page].title),
          h('span', {}, itemValueText(page, values, t)),
          () => go('radio', page),
        );
      return drawer(
        'privacy-settings-drawer',
        'drawer-title-privacy',
        t('privacy'),
        section('sectionPersonal', sub('last-seen'), sub('profile-photo'), sub('about'), sub('status'), switchItem('read-receipts')),
        section(
          'sectionDisappearing',
          valueItem(
            RADIO_PAGES['default-timer'].item,
            t('defaultTimer'),
            h('span', { 'data-testid': 'ddm-settings-item-value' }, itemValueText('default-timer', values, t)),
            () => go('radio', 'default-timer'),
          ),
        ),
        section(
          null,
          sub('groups'),
          valueItem('blocked-contacts-settings-item', t('blockedContacts'), h('span', {}, t('none'))),
          valueItem('screen-lock-settings-item', t('appLock'), h('span', {}, t('appLockSub'))),
        ),
        section('sectionAdvanced', switchItem('block-unknown'), switchItem('protect-ip-calls'), switchItem('disable-link-previews')),
      );
    },

    /** Radio sub-pages: Last seen and online (§d.4), Profile picture / About / Groups / Status / Default timer. */
    radio(pageId) {
      const page = RADIO_PAGES[pageId];
      const body = [];
      if (page.intro) body.push(h('div', { class: 'mk-muted' }, t(page.intro)));
      page.groups.forEach((group, index) => {
        if (index > 0) body.push(h('div', { class: 'x1qx5ct2 xso031l x1q0q8m5 x1rpwac6 mk-separator' }));
        const options = group.options.map((option) => {
          const slot = h('div', { class: 'mk-radio-slot' });
          const fill = () => slot.replaceChildren(radio(store.get(group.control) === option.value));
          fill();
          const button = h(
            'button',
            {
              'data-testid': group.prefix + option.suffix,
              tabindex: '0',
              'data-tab': '3',
              type: 'button',
              'aria-disabled': 'false',
              class: 'x1lliihq xh8yej3 mk-option',
              onclick: () => {
                const previous = store.get(group.control);
                if (previous === option.value) return;
                store.set(group.control, option.value);
                for (const o of options) if (o.option.value === previous || o.option.value === option.value) o.fill();
              },
            },
            h(
              'div',
              { class: 'mk-flexrow' },
              h('div', { class: 'mk-flexitem' }, slot),
              h('div', { class: 'mk-flexitem' }, h('span', { class: 'x1jchvi3 x1fc57z9 x1rg5ohu' }, t(option.label))),
            ),
          );
          return { option, fill, button };
        });
        body.push(
          h('div', { class: 'mk-section-title' }, t(group.heading)),
          h(
            'div',
            { role: 'radiogroup', 'aria-label': t(group.heading), class: 'mk-radiogroup' },
            options.map((o) => o.button),
          ),
        );
      });
      if (page.note) body.push(h('div', { class: 'mk-muted' }, t(page.note)));
      // Last seen and the visibility drawers share the privacy drawer's testid (§d.4).
      return drawer('privacy-settings-drawer', page.titleTestid, t(page.title), h('div', { class: 'mk-section' }, body));
    },

    account() {
      return drawer(
        'account-settings-drawer',
        'drawer-title-account',
        t('account'),
        h(
          'div',
          { class: 'mk-menu' },
          listItem({
            testid: 'li-security',
            iconName: 'lock-refreshed',
            primary: t('securityNotifications'),
            onclick: () => go('security'),
            first: true,
          }),
          listItem({
            testid: 'li-request-account-info',
            iconName: 'document-refreshed',
            primary: t('requestAccountInfo'),
            onclick: () => go('accountInfo'),
          }),
          listItem({ iconName: 'ic-delete', primary: t('deleteAccount') }),
        ),
      );
    },

    security() {
      return drawer(
        'security-settings-drawer',
        'drawer-title-security',
        t('security'),
        h(
          'div',
          { class: 'mk-security-summary' },
          h('div', { class: 'mk-security-art' }, icon('ic-lock', { size: 48 })),
          h('div', {}, t('securityE2e'), ' ', h('span', { role: 'link', tabindex: '0', class: 'mk-link' }, t('learnMore'))),
        ),
        h(
          'div',
          { class: 'x78zum5 x6s0dn4 x1s70e7g x1phvje8 xcldk2z mk-security-row' },
          h('div', { class: 'mk-listitem-icon' }, icon('ic-lock')),
          switchItem('security-notifications', { labelWithDescription: false }),
        ),
      );
    },

    /** Request account info (WAWebGdprRequestAccountInfoSettingsDrawer*; content not mapped, assumed). */
    accountInfo() {
      const state = h('div', { class: 'mk-report-state' });
      const fill = () =>
        state.replaceChildren(
          store.accountReport() === 'requested'
            ? h(
                'div',
                { class: 'mk-report-pending' },
                icon('document-refreshed'),
                h(
                  'div',
                  {},
                  h('div', { class: 'mk-primary' }, t('reportRequested')),
                  h('div', { class: 'mk-secondary' }, t('reportReadyBy', { date: t('reportReadyDate') })),
                ),
              )
            : h(
                'button',
                {
                  type: 'button',
                  class: 'mk-primary-button',
                  onclick: () => {
                    store.requestReport();
                    fill();
                  },
                },
                t('requestReport'),
              ),
        );
      fill();
      return drawer(
        'request-account-info-drawer',
        'drawer-title-request-account-info',
        t('requestAccountInfo'),
        h(
          'div',
          { class: 'mk-report' },
          h('div', { class: 'mk-security-art' }, icon('document-refreshed', { size: 48 })),
          h('div', { class: 'mk-muted' }, t('reportIntro')),
          state,
        ),
      );
    },
  };

  return {
    /** Nav-rail Settings: opens the settings list (again from the top when already open). */
    open() {
      stack = [];
      go('settings');
      listener(true);
    },
    close() {
      stack = [];
      host.replaceChildren();
      listener(false);
    },
    onToggle(fn) {
      listener = fn;
    },
  };
}
