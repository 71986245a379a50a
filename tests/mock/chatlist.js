// Left column: #side, #pane-side and the chat-list grid (whatsapp-dom.md §a.2, §a.3).
// Rows are re-created on every render (as the virtualized list does); list-item-K is the index in the window.
import { append, h, icon } from './dom.js';

const ROW_HEIGHT = 72;
const CELL_FRAME =
  'xlr9sxt xvvg52n xwd4zgb xq8v1ta x78zum5 x1q0g3np xy75621 x1hm9lzh x1sa5p1d x71s49j x1n2onr6 x1ypdohk x1ubxc9n xbmkbis x1yjtglu xiitwr3 x206yn3';

/** Chat-list preview of one message: the text, or what an attachment or notice shows. */
export function previewOf(ctx, chat, msg) {
  const { t } = ctx;
  const text = msg.notice
    ? t(NOTICE_TEXT[msg.notice])
    : ({
        document: () => t('documentName'),
        location: () => t('attachLocation'),
        contact: () => t('sharedContact'),
        phoneRequest: () => t('phoneRequest', { name: chat.name }),
      }[msg.kind]?.() ?? msg.text);
  const author = chat.kind === 'group' && !msg.notice && !msg.fromMe ? chat.members.find((m) => m.jid === msg.participant)?.name : null;
  return author ? `${author}: ${text}` : text;
}

export const NOTICE_TEXT = {
  e2e: 'e2eNotice',
  meta: 'metaInit',
  vendor: 'vendorInit',
  metaNow: 'metaNow',
  vendorNow: 'vendorNow',
  ctwa: 'ctwaNotice',
  // 2026 (?ai=1, docs/research/ai-2026.md §2–3, §5.2, §6.5, §6.7, §8.4, §8.6)
  e2eNew: 'e2eNoticeNew',
  botInit: 'botInit',
  aiGroupOpen: 'aiGroupOpen',
  aiGroupPrivate: 'aiGroupPrivate',
  aiMention: 'aiMention',
  bizAiMeta: 'bizAiMeta',
  bizAi3p: 'bizAi3p',
  dataSharingOn: 'dataSharingOn',
  acpOn: 'acpOn',
  phoneShared: 'phoneShared',
};

function lastTimed(chat) {
  return [...chat.messages].reverse().find((m) => m.time) ?? { time: '00:00', yesterday: true };
}

/** Name as WAWebName renders it (§a.3): wrapper + span[dir=auto][title] (+ badge with ?listbadge=1). Groups: the span alone. */
function nameNode(ctx, chat) {
  const span = h(
    'span',
    { dir: 'auto', title: chat.name, class: 'x1iyjqo2 x6ikm8r x10wlt62 x1n2onr6 xlyipyv xuxw1ft x1rg5ohu', style: 'min-height: 0px;' },
    chat.name,
  );
  if (chat.kind === 'group') return span;
  return h(
    'div',
    { class: 'x1c4vz4f xuce83p x1bft6iq x1i7k8ik xq9mrsl x6s0dn4 x78zum5' },
    h('div', { class: 'xuxw1ft x6ikm8r x10wlt62 xlyipyv x78zum5' }, span),
    ctx.cfg.listbadge && chat.verified
      ? h('div', { class: 'x78zum5 x3psx0u x16dsc37 xvijh9v x7phf20' }, icon('psa-verified-blue', { size: 18 }))
      : null,
  );
}

export function avatarIcon(chat) {
  return (
    { group: 'default-group-refreshed', channel: 'default-newsletter', 'meta-ai': 'wds-ic-meta-ai' }[chat.kind] ??
    'default-contact-refreshed'
  );
}

/** The Private Processing badge on an avatar (WAWebTeeLockBadge, docs/research/ai-2026.md §3.3). */
export function teeLockBadge(size = 14) {
  return h(
    'div',
    { 'data-testid': 'tee-lock-badge-container', class: 'mk-tee-badge' },
    icon('wds-ic-private-processing-ai-lock-sparkle-fill', { testid: 'tee-lock-badge-icon', size }),
  );
}

export function createChatList(ctx) {
  const { t } = ctx;
  let order = [...ctx.chats]
    .sort((a, b) => {
      const [x, y] = [lastTimed(a), lastTimed(b)];
      return Number(!!x.yesterday) - Number(!!y.yesterday) || y.time.localeCompare(x.time);
    })
    .map((c) => c.id);
  let query = '';
  let filter = 'all';

  const grid = h('div', { role: 'grid', 'aria-label': t('chatListLabel'), class: 'x1y332i5 x1n2onr6 x6ikm8r x10wlt62' });
  const placeholder = h('div', { class: 'mk-search-placeholder', 'aria-hidden': 'true' }, t('searchPlaceholder'));
  const search = h('div', {
    contenteditable: 'true',
    role: 'textbox',
    spellcheck: 'true',
    'aria-label': t('searchPlaceholder'),
    'aria-placeholder': t('searchPlaceholder'),
    tabindex: '3',
    'data-tab': '3',
    'data-lexical-editor': 'true',
    class: 'mk-search-input',
    oninput: () => {
      query = search.textContent.trim().toLowerCase();
      placeholder.hidden = query.length > 0;
      render();
    },
  });
  const filters = ['all', 'unread', 'favorites', 'groups'].map((id) =>
    h(
      'button',
      {
        type: 'button',
        role: 'tab',
        id: `${id}-filter`,
        'aria-selected': String(id === filter),
        class: 'mk-filter',
        onclick: () => {
          filter = id;
          for (const b of filters) b.setAttribute('aria-selected', String(b.id === `${id}-filter`));
          render();
        },
      },
      t(`filter${id[0].toUpperCase()}${id.slice(1)}`),
    ),
  );

  function visible() {
    return order
      .map((id) => ctx.chat(id))
      .filter((c) => !query || c.name.toLowerCase().includes(query))
      .filter((c) => filter === 'all' || (filter === 'unread' && c.unread > 0) || (filter === 'groups' && c.kind === 'group'));
  }

  function row(chat, index, count) {
    const active = chat.id === ctx.activeId;
    const last = lastTimed(chat);
    const lastMsg = chat.messages.at(-1);
    const preview = lastMsg ? previewOf(ctx, chat, lastMsg) : ''; // ?metaai=empty: no message yet
    const unreadLabel = chat.unread === 1 ? t('unreadOne') : t('unreadMany', { count: chat.unread });
    const inner = h(
      'div',
      {
        tabindex: active ? '0' : '-1',
        'aria-selected': String(active),
        class: '',
        onclick: () => ctx.openChat(chat.id),
        onkeydown: (e) => {
          if (e.key === 'Enter') ctx.openChat(chat.id);
        },
      },
      h(
        'div',
        {
          'data-testid': 'cell-frame-container',
          class: `${active ? 'x4wrhlh' : 'x1280gxy'} ${CELL_FRAME} mk-cell${active ? ' mk-cell-active' : ''}`,
        },
        h(
          'div',
          { class: 'x78zum5' },
          h(
            'div',
            { class: 'x6s0dn4 x78zum5 x1c4vz4f x2lah0s x1y332i5 x18d9i69 xexx8yu x1n1b19v xbmws1g mk-avatar' },
            icon(avatarIcon(chat), { size: 32 }),
            chat.privateProcessing ? teeLockBadge() : null,
          ),
        ),
        h(
          'div',
          { class: 'x78zum5 xdl72j9 xdt5ytf x1iyjqo2 xl56j7k xeuugli x1n1b19v mk-cell-body' },
          h(
            'div',
            { role: 'gridcell', 'aria-colindex': '2', class: 'x6s0dn4 x78zum5 xggjnk3 x1yc453h mk-cell-line' },
            h(
              'div',
              {
                'data-testid': 'cell-frame-title',
                class: 'x14ug900 x78zum5 x1iyjqo2 x1jchvi3 xdod15v x6ikm8r x10wlt62 x1mzt3pk x1yc453h xo1l8bm mk-cell-title',
              },
              chat.unread > 0 ? h('span', { class: 'xzpqnlu x1hyvwdk xjm9jq1 mk-visually-hidden' }, unreadLabel) : null,
              nameNode(ctx, chat),
            ),
            h(
              'div',
              {
                'data-testid': 'cell-frame-primary-detail',
                class: `xhslqc4 x1c4vz4f mk-cell-time${chat.unread > 0 ? ' mk-cell-time-unread' : ''}`,
              },
              h('span', { dir: 'auto' }, last.yesterday ? t('yesterday') : ctx.fmtTime(last.time)),
            ),
          ),
          h(
            'div',
            { 'data-testid': 'cell-frame-secondary', class: 'x6s0dn4 xhslqc4 x78zum5 x1nxh6w3 x1fc57z9 xr9ek0c xisnujt mk-cell-line' },
            h(
              'div',
              { class: 'xjbqb8w x1iyjqo2 x1f6kntn mk-preview' },
              lastMsg?.fromMe ? icon('msg-dblcheck', { size: 16 }) : null,
              h('span', { dir: 'auto', title: preview, class: 'x1iyjqo2 x6ikm8r x10wlt62 xlyipyv xuxw1ft' }, preview),
            ),
            h(
              'div',
              { role: 'gridcell', 'aria-colindex': '1', class: 'xhslqc4 x1c4vz4f x2lah0s x1pg5gke x1fc57z9 xdzw4kq x193iq5w' },
              chat.unread > 0
                ? h(
                    'div',
                    { class: 'x1rg5ohu xf6vk7d x1j53mea xhslqc4 x16dsc37 xt4ypqs x2b8uid', 'aria-hidden': 'true' },
                    h(
                      'span',
                      { 'data-testid': 'icon-unread-count', 'aria-label': unreadLabel, class: 'mk-unread' },
                      h('span', {}, String(chat.unread)),
                    ),
                  )
                : null,
            ),
          ),
        ),
      ),
    );
    return h(
      'div',
      {
        role: 'row',
        'data-testid': `list-item-${index}`,
        class: 'x10l6tqk xh8yej3 x1g42fcv',
        style: `z-index: ${count - index}; transition: none; height: ${ROW_HEIGHT}px; transform: translateY(${index * ROW_HEIGHT}px);`,
      },
      inner,
    );
  }

  function render() {
    const chats = visible();
    grid.setAttribute('aria-rowcount', String(chats.length));
    grid.setAttribute('style', `height: ${chats.length * ROW_HEIGHT}px;`);
    grid.replaceChildren(...chats.map((chat, i) => row(chat, i, chats.length)));
  }

  const el = append(h('div', { class: 'mk-leftpane-inner' }), [
    h(
      'div',
      { class: 'mk-list-header' },
      h('h1', { class: 'mk-list-title' }, t('chatsTitle')),
      h(
        'div',
        { class: 'mk-header-buttons' },
        h('button', { type: 'button', 'aria-label': t('newChat'), title: t('newChat'), class: 'mk-icon-button' }, icon('new-chat-outline')),
        h('button', { type: 'button', 'aria-label': t('menu'), title: t('menu'), class: 'mk-icon-button' }, icon('ic-more-vert')),
      ),
    ),
    h(
      'div',
      { id: 'side', class: 'x78zum5 x1n2onr6 xdt5ytf x5yr21d x6ikm8r x10wlt62 x1280gxy' },
      h(
        'div',
        { class: 'x1c4vz4f x2lah0s xdl72j9 x1280gxy mk-side-top' },
        h('div', { class: 'mk-search' }, icon('ic-search', { size: 20 }), h('div', { class: 'mk-search-box' }, search, placeholder)),
        h('div', { role: 'tablist', class: 'mk-filters' }, filters),
      ),
      h(
        'div',
        {
          id: 'pane-side',
          'data-scrolltracepolicy': 'wa.web.chatlist',
          class: 'x1n2onr6 x1vjfegm x78zum5 xdt5ytf x1iyjqo2 x1odjw0f x1280gxy mk-pane-side',
        },
        h('div', { tabindex: '0', 'data-tab': '4', class: '' }, h('div', { tabindex: '-1', 'data-testid': 'chat-list', class: '' }, grid)),
      ),
    ),
  ]);

  let churnTimer = null;
  return {
    el,
    render,
    order: () => [...order],
    /** A chat with a new message moves to the top, as WhatsApp re-sorts the list. */
    bump(id) {
      order = [id, ...order.filter((x) => x !== id)];
      render();
    },
    startChurn() {
      render();
      if (ctx.cfg.churn > 0 && !churnTimer) churnTimer = setInterval(render, ctx.cfg.churn);
    },
  };
}
