// Contact-info drawer in [data-testid=drawer-right] (whatsapp-dom.md §c), opened from the header,
// closed on chat switch (§e).
import { avatarIcon, teeLockBadge } from './chatlist.js';
import { OPEN_BOT_JID } from './chats.js';
import { h, icon } from './dom.js';

const TITLE = { personal: 'contactInfo', business: 'businessInfo', group: 'groupInfo', channel: 'channelInfo', 'meta-ai': 'contactInfo' };
const HOSTED_TEXT = { meta: 'metaInit', vendor: 'vendorInit' };

function formatPhone(jid) {
  const digits = jid.split('@')[0];
  return jid.endsWith('@c.us') ? `+${digits.slice(0, 2)} ${digits.slice(2, 4)} ${digits.slice(4, 9)}-${digits.slice(9)}` : null;
}

function row(attrs, iconName, ...text) {
  return h(
    'div',
    { role: 'button', tabindex: '0', class: 'mk-row', ...attrs },
    h('div', { class: 'mk-row-icon' }, icon(iconName)),
    h('div', { class: 'mk-row-text' }, ...text),
  );
}

/** Encryption section (WAWebContactInfoEncryptionSection, table in §c): lock + verify for E2EE, info + hosting sentence otherwise. */
function encryptionRow(ctx, chat) {
  const { t } = ctx;
  const hosted = HOSTED_TEXT[chat.hosting];
  if (hosted) return row({}, 'ic-info', h('div', { class: 'mk-row-title' }, t(hosted)));
  // A group with the open Meta AI in it says so in its Security row (WAWebAiGroupOpenSecurityDrawerSection, ai-2026.md §3.2).
  if (chat.members?.some((m) => m.jid === OPEN_BOT_JID))
    return row({}, 'ic-info', h('div', { class: 'mk-row-title' }, t('aiGroupSecurity')));
  return row(
    {},
    'ic-lock',
    h('div', { class: 'mk-row-title' }, t('encryptionTitle')),
    h('div', { class: 'mk-row-secondary' }, t('e2eVerify')),
  );
}

function integrityRows(ctx, chat) {
  const { t } = ctx;
  if (chat.kind === 'group') {
    return [
      row({ class: 'mk-row mk-danger' }, 'ic-logout', h('span', {}, t('exitGroup'))),
      row({ class: 'mk-row mk-danger' }, 'ic-thumb-down', h('span', {}, t('reportGroup'))),
    ];
  }
  let blocked = false;
  const label = h('span', {}, t('block', { name: chat.name }));
  // Blocking swaps li-block for li-unblock (DUMP 54137444398 labels, §c).
  const block = row(
    {
      'data-testid': 'li-block',
      class: 'mk-row mk-danger',
      onclick: () => {
        blocked = !blocked;
        if (!ctx.cfg.notestid) block.setAttribute('data-testid', blocked ? 'li-unblock' : 'li-block');
        label.textContent = t(blocked ? 'unblock' : 'block', { name: chat.name });
      },
    },
    'ic-block',
    label,
  );
  const report = row(
    { 'data-testid': 'li-report-spam', class: 'mk-row mk-danger' },
    'ic-thumb-down',
    h('span', {}, chat.kind === 'business' ? t('reportBusiness') : t('report', { name: chat.name })),
  );
  return [block, report];
}

export function openContactInfo(ctx, chat) {
  const { t } = ctx;
  const business = chat.kind === 'business';
  const close = h(
    'button',
    { type: 'button', 'aria-label': t('close'), title: t('close'), class: 'mk-icon-button', onclick: () => drawer.remove() },
    icon('ic-close'),
  );
  const secondLine = business
    ? h('div', { class: 'x1f6kntn xhslqc4 x37zpob xcytdqz mk-card-sub' }, chat.category)
    : h(
        'div',
        { class: 'mk-card-sub' },
        chat.kind === 'group'
          ? t('members', { count: chat.members.length + 1 })
          : chat.kind === 'channel'
            ? t('followers', { count: chat.followers })
            : formatPhone(chat.jid),
      );
  const drawer = h(
    'div',
    { 'data-testid': 'chat-info-drawer', class: 'mk-drawer mk-drawer-striped' },
    h(
      'header',
      { class: 'mk-drawer-header' },
      h(
        'div',
        { class: 'mk-drawer-header-inner' },
        close,
        h('div', { 'data-testid': 'contact-info-header', class: 'mk-drawer-title' }, h('h2', {}, t(TITLE[chat.kind]))),
      ),
    ),
    h(
      'div',
      { class: 'mk-drawer-body' },
      h(
        'section',
        { class: 'x1c4vz4f x2lah0s xdl72j9 x1fcywrv mk-info-section' },
        // WAWebBusinessTopCard / contact card
        h(
          'div',
          { class: 'mk-card mk-topcard' },
          h('div', { class: 'mk-avatar mk-avatar-big' }, icon(avatarIcon(chat), { size: 96 })),
          h(
            'div',
            { class: 'mk-topcard-name' },
            h('span', { dir: 'auto', title: chat.name }, chat.name),
            chat.verified ? h('div', { class: 'mk-badge' }, icon('psa-verified-blue', { size: 20 })) : null,
            chat.privateProcessing ? teeLockBadge(20) : null,
          ),
          secondLine,
        ),
        // WAWebBusinessAccountBanner (text assumed: not recovered, §c)
        business
          ? h(
              'div',
              { class: 'mk-card mk-banner' },
              h('div', { 'data-testid': 'business-title' }, t('businessBanner')),
              icon('info-refreshed', { size: 20 }),
            )
          : null,
        chat.kind === 'channel'
          ? null
          : h(
              'div',
              { class: 'mk-card' },
              encryptionRow(ctx, chat),
              chat.fromAd
                ? row(
                    { 'data-testid': 'contact-info-ads-disclosure-section' },
                    'single-chevron-in-circle',
                    h('div', { 'data-testid': 'contact-info-ads-disclosure-setting-row-title', class: 'mk-row-title' }, t('adsTitle')),
                    h(
                      'div',
                      { 'data-testid': 'contact-info-ads-disclosure-setting-row-subtitle', class: 'mk-row-secondary' },
                      t('adsSubtitle'),
                    ),
                  )
                : null,
              // Advanced chat privacy (testid prop contact-info-ls-setting-row, icon WDSIconIcSecurity; ai-2026.md §6.3).
              // Its "On"/"Off" state line is assumed.
              chat.acp
                ? row(
                    { 'data-testid': 'contact-info-ls-setting-row' },
                    'ic-security',
                    h('div', { class: 'mk-row-title' }, t('acpTitle')),
                    h('div', { class: 'mk-row-secondary' }, t(chat.acp === 'on' ? 'valueOn' : 'off')),
                  )
                : null,
            ),
        chat.kind === 'channel' ? null : h('div', { class: 'mk-card' }, integrityRows(ctx, chat)),
      ),
    ),
  );
  ctx.ui.drawerRight.replaceChildren(drawer);
}
