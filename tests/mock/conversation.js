// Pane two: the intro panel (§a.1) and #main with header, messages and compose box (whatsapp-dom.md §b.1–b.5).
// Every call of mountConversation builds a NEW #main, as WhatsApp keys it by chat id.
import { ME, messageKey } from './chats.js';
import { avatarIcon, NOTICE_TEXT } from './chatlist.js';
import { openContactInfo } from './contact-info.js';
import { h, icon, randomHex } from './dom.js';

export function introPanel(ctx) {
  const { t } = ctx;
  return h(
    'div',
    { 'data-testid': 'intro-panel', class: 'mk-intro' },
    h(
      'div',
      { class: 'mk-intro-inner' },
      h('div', { class: 'mk-intro-art' }, icon('wds-ic-chat-filled', { size: 80 })),
      h('h1', { 'data-testid': 'intro-title', class: 'mk-intro-title' }, t('introTitle')),
      h('div', { 'data-testid': 'intro-text', class: 'mk-intro-text' }, t('introText')),
    ),
    h('div', { class: 'mk-intro-e2e' }, icon('ic-lock', { size: 14 }), ` ${t('introE2e')}`),
  );
}

// ---- header (§b.2) ----

/** Subtitle stages after opening (WAWebHeaderBusinessState): businesses pass through "Business Account". */
function subtitleStages(ctx, chat) {
  const { t } = ctx;
  if (chat.kind === 'group') return [[...chat.members.map((m) => m.name), t('you')].join(', ')];
  if (chat.kind === 'channel') return [t('channelFollowers', { count: chat.followers })];
  const presence = chat.presence.online ? t('online') : t('lastSeenToday', { time: ctx.fmtTime(chat.presence.lastSeen) });
  return chat.kind === 'business' ? [t('subtitleInfo'), t('businessAccount'), presence] : [t('subtitleInfo'), presence];
}

function header(ctx, chat, openInfo) {
  const { t, cfg } = ctx;
  const bare = cfg.noheader; // ?noheader=1: no header tag, no testids, no title spans (degraded detection)
  const ic = (name, opts = {}) => icon(name, bare ? { ...opts, testid: null } : opts);
  const tid = (testid) => (bare ? null : testid);
  const badge = chat.verified
    ? h('div', { class: 'x78zum5 x3psx0u x16dsc37 xvijh9v x7phf20 mk-badge' }, ic('psa-verified-blue', { size: 18 }))
    : null;

  const avatar = h(
    'div',
    {
      class: 'x1n2onr6 x1c4vz4f x2lah0s xdl72j9 x1n1b19v x1y332i5 mk-header-avatar',
      title: bare ? null : t('profileDetails'),
      role: 'button',
      onclick: openInfo,
    },
    // Ads-disclosure badge over the avatar for click-to-WhatsApp chats (§b.2).
    chat.fromAd
      ? h(
          'div',
          { class: 'x1n2onr6 mk-ad-badge-wrap', 'aria-hidden': 'true' },
          h('div', { class: 'mk-ad-badge' }, ic('single-chevron-in-circle', { size: 16 })),
        )
      : null,
    h('div', { class: 'mk-avatar mk-avatar-40' }, ic(avatarIcon(chat), { size: 26 })),
  );

  const title = bare
    ? h('div', { class: 'mk-title-line' }, h('div', { class: 'mk-title-text' }, chat.name), badge)
    : h(
        'div',
        { class: 'x78zum5 x1q0g3np x1iyjqo2 x6ikm8r x10wlt62 x1jchvi3 x1fcty0u mk-title-line' },
        h(
          'div',
          { class: 'x1c4vz4f xuce83p x1bft6iq x1i7k8ik xq9mrsl x6s0dn4 x78zum5' },
          h(
            'div',
            { class: 'xuxw1ft x6ikm8r x10wlt62 xlyipyv x78zum5' },
            h(
              'span',
              {
                'data-testid': 'conversation-info-header-chat-title',
                dir: 'auto',
                title: chat.name,
                class: 'x1iyjqo2 x6ikm8r x10wlt62 x1n2onr6 xlyipyv xuxw1ft x1rg5ohu mk-title-text',
              },
              chat.name,
            ),
          ),
          badge,
        ),
      );
  const subtitle = h('div', {
    'data-testid': tid('chat-subtitle'),
    class: bare ? 'mk-subtitle' : 'x78zum5 x1cy8zhl xeuugli xisnujt x1nxh6w3 xcgms0a xhslqc4 mk-subtitle',
  });
  const showStage = (text) =>
    subtitle.replaceChildren(
      bare
        ? text
        : h('span', { title: text, dir: 'auto', class: 'selectable-text copyable-text x1iyjqo2 x6ikm8r x10wlt62 xlyipyv xuxw1ft' }, text),
    );

  const info = h(
    'div',
    {
      'data-testid': tid('conversation-info-header'),
      role: 'button',
      tabindex: '0',
      'data-tab': bare ? null : '6',
      class: 'x78zum5 xdt5ytf x1iyjqo2 xl56j7k xeuugli mk-info',
      onclick: openInfo,
      onkeydown: (e) => e.key === 'Enter' && openInfo(),
    },
    h('div', { class: 'x78zum5 x1cy8zhl x1y332i5 xggjnk3 x1yc453h' }, title),
    subtitle,
  );
  const menuButton = (labelKey, name) =>
    h('button', { type: 'button', 'aria-label': t(labelKey), title: t(labelKey), class: 'mk-icon-button' }, ic(name));
  const el = h(
    bare ? 'div' : 'header',
    {
      'data-testid': tid('conversation-header'),
      class: 'x1n2onr6 x9f619 x78zum5 x6s0dn4 xh8yej3 x185czh x1280gxy xstzfhl x11iowje mk-conv-header',
    },
    h('div', { class: 'x78zum5 x6s0dn4 x1iyjqo2 x1r8uery xeuugli x101abm8 x1s73dr8 xbzw7fd mk-header-main' }, avatar, info),
    h(
      'div',
      { class: 'x1c4vz4f x2lah0s xdl72j9 xeuugli x6ikm8r x10wlt62 xlese2p mk-header-buttons' },
      chat.kind === 'channel' ? null : menuButton('videoCall', 'ic-video-call'),
      menuButton('search', 'ic-search'),
      menuButton('menu', 'ic-more-vert'),
    ),
  );

  // The subtitle walks through its stages once, a few seconds each (?subtitle=ms); ?subtitle=0 holds a
  // business chat on "Business Account" (and other chats on their last stage) so tests need no timing.
  const stages = subtitleStages(ctx, chat);
  let timer = null;
  if (cfg.subtitle > 0) {
    let i = 0;
    showStage(stages[0]);
    if (stages.length > 1) {
      timer = setInterval(() => {
        i += 1;
        showStage(stages[i]);
        if (i === stages.length - 1) clearInterval(timer);
      }, cfg.subtitle);
    }
  } else {
    showStage(chat.kind === 'business' ? stages[1] : stages.at(-1));
  }
  return { el, stop: () => clearInterval(timer) };
}

// ---- messages (§b.3, §b.4) ----

const ROW_IN = 'x78zum5 xdt5ytf x1hx0egp x1wxbj4f xds8fti xh1vicy x1rzuvji x1cy8zhl';
const ROW_OUT = 'x78zum5 xdt5ytf x1hx0egp x1wxbj4f xds8fti xh1vicy x1rzuvji xuk3077';

function authorOf(chat, msg) {
  if (msg.fromMe) return ME.name;
  if (chat.kind === 'group') return chat.members.find((m) => m.jid === msg.participant)?.name ?? '';
  return chat.name;
}

// Notices with a lock: the end-to-end notice, old and 2026 wording, and the Private Processing notice, which shows the
// same icon (docs/research/ai-2026.md §3.3, §6.7).
const LOCK_NOTICES = ['e2e', 'e2eNew', 'aiGroupPrivate'];
// Notices with their own testid (§b.4, what-whatsapp-shares.md §1.5, ai-2026.md §8.4, §8.6); the rest render the generic one.
const NOTICE_TESTIDS = {
  ctwa: 'ctwa_consumer_data_sharing_disclosure_system_message',
  dataSharingOn: 'per_customer_data_sharing_system_message',
  phoneShared: 'share_phone_number_system_message',
};

function noticeIcon(notice) {
  if (LOCK_NOTICES.includes(notice))
    return h('div', { class: 'x1rg5ohu x1gslohp x2fvf9 x16dsc37 xhslqc4' }, icon('ic-lock-filled', { size: 12 }));
  if (notice === 'ctwa') return h('div', { class: 'x1rg5ohu x2fvf9 xg49k01' }, icon('single-chevron-in-circle', { size: 14 }));
  // biz_bot_1p_disclosure: the double chevron is to AI what the single one is to ads (ai-2026.md §5.2–5.3).
  if (notice === 'bizAiMeta') {
    return h(
      'div',
      { class: 'x1rg5ohu x2fvf9 xg49k01' },
      icon('wds-ic-meta-data-double-chevron', { testid: 'double-chevron-in-circle', size: 14 }),
    );
  }
  return null; // biz_privacy_mode_* and the other notices have no icon (§b.4)
}

function noticeBody(ctx, msg) {
  return h(
    'div',
    { class: 'x1hx0egp x1h3r9g6 mk-msg mk-sys', role: LOCK_NOTICES.includes(msg.notice) ? 'button' : null },
    h(
      'div',
      { 'data-testid': 'msg-notification-container', class: 'mk-notice' },
      h(
        'div',
        { role: 'button' },
        h(
          'span',
          { 'data-testid': NOTICE_TESTIDS[msg.notice] ?? 'system_message', class: 'mk-notice-text' },
          noticeIcon(msg.notice),
          h('span', { dir: ctx.rtl ? 'rtl' : 'ltr', class: 'x1lliihq mk-notice-span' }, ctx.t(NOTICE_TEXT[msg.notice])),
        ),
      ),
    ),
  );
}

/** A phone-number request (WAWebRequestPhoneNumberMessage, ai-2026.md §8.4): sharing adds the share notice. */
function phoneRequestContent(ctx, chat) {
  const { t } = ctx;
  return h(
    'div',
    { class: 'mk-phone-request' },
    h('div', { dir: 'auto', class: 'mk-phone-request-text' }, t('phoneRequest', { name: chat.name })),
    h(
      'button',
      {
        type: 'button',
        'data-testid': 'share-phone-number-button',
        class: 'mk-phone-request-button',
        onclick: (e) => {
          e.currentTarget.disabled = true;
          ctx.addMessage(chat.id, { id: randomHex(20), notice: 'phoneShared' });
        },
      },
      t('sharePhoneNumber'),
    ),
  );
}

function attachmentContent(ctx, chat, msg) {
  const { t } = ctx;
  if (msg.kind === 'phoneRequest') return phoneRequestContent(ctx, chat);
  if (msg.kind === 'document') {
    return h(
      'div',
      { role: 'button', title: t('documentName'), class: 'mk-doc' },
      h('div', { class: 'mk-doc-icon' }, icon('document-refreshed', { size: 32 })),
      h(
        'div',
        { class: 'mk-doc-text' },
        h('span', { dir: 'auto', title: t('documentName'), class: 'mk-doc-name' }, t('documentName')),
        h('div', { class: 'mk-doc-meta' }, t('documentMeta')),
      ),
    );
  }
  if (msg.kind === 'location') {
    return h(
      'div',
      { class: 'mk-loc' },
      h('div', { role: 'button', 'aria-label': t('locationLabel'), class: 'mk-map' }, icon('location', { size: 34 })),
      h('div', { dir: 'auto', class: 'mk-loc-caption' }, t('locationLabel')),
    );
  }
  return h(
    'div',
    { class: 'mk-vcard' },
    h(
      'div',
      { class: 'mk-vcard-top' },
      h('div', { class: 'mk-avatar' }, icon('default-contact-refreshed', { size: 26 })),
      h('span', { dir: 'auto', title: t('sharedContact'), class: 'mk-vcard-name' }, t('sharedContact')),
    ),
    h('div', { class: 'mk-vcard-actions' }, h('div', { role: 'button', tabindex: '0', class: 'mk-vcard-action' }, t('messageAction'))),
  );
}

function bubble(ctx, chat, msg, continuation) {
  const { t } = ctx;
  const time = ctx.fmtTime(msg.time);
  const content = msg.kind
    ? attachmentContent(ctx, chat, msg)
    : h(
        'div',
        { class: 'copyable-text', 'data-pre-plain-text': `[${time}, ${ctx.fmtDate(msg.yesterday)}] ${authorOf(chat, msg)}: ` },
        h('div', { class: 'mk-text' }, h('span', { dir: 'ltr', class: 'x1lliihq selectable-text copyable-text' }, h('span', {}, msg.text))),
      );
  const status = msg.fromMe ? icon(msg.fresh ? 'msg-check' : 'msg-dblcheck', { size: 16 }) : null;
  if (msg.fresh) {
    // Sent → delivered: the status icon is replaced, as WhatsApp swaps msg-check for msg-dblcheck.
    setTimeout(() => status.replaceWith(icon('msg-dblcheck', { size: 16 })), 800);
    delete msg.fresh;
  }
  const groupAuthor = chat.kind === 'group' && !msg.fromMe && !continuation ? authorOf(chat, msg) : null;
  return h(
    'div',
    { class: `${msg.fromMe ? ROW_OUT : ROW_IN} mk-msg ${msg.fromMe ? 'mk-out' : 'mk-in'}` },
    h(
      'div',
      { 'data-testid': 'msg-container', class: 'x1liijdw xu342n7 xelbjmh x16pgt24 x14ug900 mk-bubble-wrap' },
      continuation ? null : h('span', { class: 'mk-tail' }, icon(msg.fromMe ? 'tail-out' : 'tail-in', { size: 12 })),
      h(
        'div',
        { class: `${msg.fromMe ? 'x1g5lz36' : 'x1ew7x2d'} mk-bubble${continuation ? '' : ' mk-bubble-first'}` },
        groupAuthor ? h('span', { 'aria-label': groupAuthor, dir: 'auto', class: 'mk-author' }, groupAuthor) : null,
        content,
        h(
          'div',
          { class: 'mk-meta' },
          // The "AI" label on a business AI's reply (WAWebMessageMeta, ai-2026.md §5.2).
          msg.ai
            ? h('span', { 'data-testid': 'ai-label', class: 'mk-ai-label' }, icon('wds-ic-ai-filled', { size: 12 }), t('aiLabel'))
            : null,
          h('span', { dir: 'auto' }, time),
          status,
        ),
      ),
    ),
  );
}

function messageRow(ctx, chat, msg, prev) {
  const key = messageKey(chat, msg);
  const continuation = !!prev && !prev.notice && !msg.notice && prev.fromMe === msg.fromMe && prev.participant === msg.participant;
  return h(
    'div',
    {},
    h(
      'div',
      { tabindex: '-1', role: 'row', class: '' },
      h(
        'div',
        { tabindex: '-1', 'data-id': key, 'data-testid': `conv-msg-${key}`, class: `x1n2onr6 xscbp6u${continuation ? ' xa0aww2' : ''}` },
        h(
          'div',
          { 'data-virtualized': 'false', class: 'mk-virtualized' },
          h('div', {}, msg.notice ? noticeBody(ctx, msg) : bubble(ctx, chat, msg, continuation)),
        ),
      ),
    ),
  );
}

// ---- compose box (§b.5) ----

const ATTACHMENTS = [
  { kind: 'document', label: 'attachDocument', icon: 'attach-document' },
  { kind: 'location', label: 'attachLocation', icon: 'attach-location' },
  { kind: 'contact', label: 'attachContact', icon: 'attach-contact' },
];

function emptyParagraph() {
  return h('p', { class: 'selectable-text copyable-text x15bjb6t x1n2onr6', dir: 'auto' }, h('br'));
}

function composeFooter(ctx, chat) {
  const { t } = ctx;
  if (chat.kind === 'channel') {
    return {
      el: h(
        'footer',
        { 'data-testid': 'compose-box', class: 'mk-footer' },
        h('div', { 'data-testid': 'block-message', class: 'mk-readonly' }, t('channelReadOnly')),
      ),
      stop() {},
    };
  }
  const send = (fields) =>
    ctx.addMessage(chat.id, { id: `3EB0${randomHex(16)}`, fromMe: true, time: ctx.nowHHMM(), fresh: true, ...fields });

  const placeholder = h('div', { class: 'mk-compose-placeholder', 'aria-hidden': 'true' }, t('typeMessage'));
  const editor = h('div', {
    contenteditable: 'true',
    role: 'textbox',
    spellcheck: 'true',
    'data-testid': 'conversation-compose-box-input',
    'data-tab': '10',
    tabindex: '10',
    'aria-label': chat.kind === 'group' ? t('typeMessageToGroup', { name: chat.name }) : t('typeMessageTo', { name: chat.name }),
    'aria-placeholder': t('typeMessage'),
    'aria-autocomplete': 'list',
    'aria-owns': 'emoji-suggestion',
    'data-lexical-editor': 'true',
    class: 'mk-editor',
  });
  editor.append(emptyParagraph());
  const micOrSend = h('div', { class: 'mk-send-slot' });
  const refresh = () => {
    const empty = editor.textContent.trim() === '';
    placeholder.hidden = !empty;
    micOrSend.replaceChildren(
      empty
        ? h('button', { type: 'button', 'aria-label': t('voiceMessage'), class: 'mk-icon-button' }, icon('mic-outlined'))
        : h(
            'button',
            { type: 'button', 'aria-label': t('send'), class: 'mk-icon-button mk-send', onclick: submit },
            icon('wds-ic-send-filled'),
          ),
    );
  };
  function submit() {
    const text = editor.innerText.trim();
    if (!text) return;
    send({ text });
    const p = emptyParagraph();
    editor.replaceChildren(p);
    const range = document.createRange();
    range.setStart(p, 0);
    range.collapse(true);
    getSelection().removeAllRanges();
    getSelection().addRange(range);
    editor.focus();
    refresh();
  }
  editor.addEventListener('input', refresh);
  editor.addEventListener('keydown', (e) => {
    if (e.key === 'Enter' && !e.shiftKey) {
      e.preventDefault();
      submit();
    }
  });

  const menu = h('div', { role: 'menu', class: 'mk-attach-menu', hidden: '' });
  const attachButton = h(
    'button',
    {
      type: 'button',
      'aria-label': t('attach'),
      title: t('attach'),
      'aria-haspopup': 'menu',
      'aria-expanded': 'false',
      class: 'mk-icon-button',
      onclick: () => setMenu(menu.hidden),
    },
    icon('plus-rounded'),
  );
  function setMenu(open) {
    menu.hidden = !open;
    attachButton.setAttribute('aria-expanded', String(open));
  }
  for (const a of ATTACHMENTS) {
    menu.append(
      h(
        'button',
        {
          type: 'button',
          role: 'menuitem',
          'aria-label': t(a.label),
          class: 'mk-menuitem',
          onclick: () => {
            setMenu(false);
            send({ kind: a.kind });
          },
        },
        h('span', { class: `mk-menuitem-icon mk-menuitem-${a.kind}` }, icon(a.icon)),
        h('span', {}, t(a.label)),
      ),
    );
  }
  const closeOutside = (e) => {
    if (!menu.hidden && !menu.contains(e.target) && !attachButton.contains(e.target)) setMenu(false);
  };
  const closeOnEscape = (e) => e.key === 'Escape' && setMenu(false);
  document.addEventListener('pointerdown', closeOutside, true);
  document.addEventListener('keydown', closeOnEscape);
  refresh();

  const el = h(
    'footer',
    { tabindex: '-1', class: 'mk-footer' },
    menu,
    h(
      'div',
      { class: 'mk-compose-row' },
      h(
        'div',
        { class: 'mk-compose-buttons' },
        attachButton,
        h(
          'button',
          { type: 'button', 'aria-label': t('emoji'), title: t('emoji'), class: 'mk-icon-button' },
          icon('wds-ic-sticker-smiley'),
        ),
      ),
      h(
        'div',
        { class: 'mk-compose-area' },
        h('div', { 'data-testid': 'compose-box', class: 'x1n2onr6 x98rzlu xh8yej3 xeuugli x1gg8mnh mk-compose-box' }, editor, placeholder),
      ),
      micOrSend,
    ),
  );
  return {
    el,
    stop() {
      document.removeEventListener('pointerdown', closeOutside, true);
      document.removeEventListener('keydown', closeOnEscape);
    },
  };
}

// ---- #main (§b.1) ----

export function mountConversation(ctx, chat, { hidden = false } = {}) {
  const openInfo = () => {
    if (!hidden) openContactInfo(ctx, chat);
  };
  const head = header(ctx, chat, openInfo);
  const list = h('div', { tabindex: '0', 'data-tab': '8', class: 'mk-msg-list' });
  const scroller = h(
    'div',
    {
      'data-testid': 'conversation-panel-messages',
      'data-scrolltracepolicy': 'wa.web.conversation.messages',
      tabindex: '0',
      class: 'x10l6tqk x13vifvy x1o0tod xupqr0c x9f619 x78zum5 xdt5ytf xh8yej3 x5yr21d x6ikm8r x1rife3k xjbqb8w x1ewm37j mk-scroller',
    },
    h('div', { class: 'x12lumcd xx9tyur' }),
    list,
  );
  let prev = null;
  // The Meta AI chat before its first message shows its null-state screen (WAWebMetaAiChatNullState, ai-2026.md §2.1).
  const nullState =
    chat.kind === 'meta-ai' && chat.messages.length === 0
      ? h(
          'div',
          { 'data-testid': 'meta-ai-null-state-overlay', class: 'mk-meta-ai-null' },
          icon('wds-ic-meta-ai', { size: 48 }),
          h('div', {}, ctx.t('metaAiNullState')),
        )
      : null;
  if (nullState) list.append(nullState);
  const append = (msg) => {
    nullState?.remove();
    list.append(messageRow(ctx, chat, msg, prev));
    prev = msg;
    scroller.scrollTop = scroller.scrollHeight;
  };
  for (const msg of chat.messages) append(msg);
  const footer = composeFooter(ctx, chat);
  const el = h(
    'div',
    {
      id: 'main',
      'data-testid': 'conversation-panel-wrapper',
      class: 'x78zum5 xdt5ytf x5yr21d xyyilfv xlkovuz x1q80dvb mk-main',
      style: '--mk-wallpaper: #efeae2;',
    },
    h('div', { class: 'x10l6tqk x13vifvy x1o0tod xh8yej3 x5yr21d x1fast2d x197sbye mk-wallpaper' }),
    head.el,
    h(
      'div',
      { 'data-testid': 'conversation-panel-body', class: 'x1n2onr6 x1vjfegm x1cqoux5 x14yy4lh mk-body' },
      h('div', { class: 'x5yr21d mk-fill' }, h('div', { class: 'x5yr21d mk-fill' }, scroller)),
    ),
    footer.el,
  );
  requestAnimationFrame(() => (scroller.scrollTop = scroller.scrollHeight));
  return {
    el,
    chat,
    append,
    destroy() {
      head.stop();
      footer.stop();
      el.remove();
    },
  };
}
