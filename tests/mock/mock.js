// Entry of the mock WhatsApp Web: query switches, the loading screen, the main screen with its three
// panes and drawers (whatsapp-dom.md §a.1), the nav rail (§d.1) and window.__mock.
import { chatsFor } from './chats.js';
import { h, icon, randomHex, setOmitTestids } from './dom.js';
import { makeT, RTL_LANGS, STRINGS } from './strings.js';
import { createChatList } from './chatlist.js';
import { mountConversation, introPanel } from './conversation.js';
import { createSettings, loadSettings } from './settings.js';

const params = new URLSearchParams(location.search);
const num = (name, fallback) => (params.has(name) && Number.isFinite(Number(params.get(name))) ? Number(params.get(name)) : fallback);
const cfg = {
  lang: STRINGS[params.get('lang')] ? params.get('lang') : 'en',
  delay: num('delay', 300),
  churn: num('churn', 3000),
  subtitle: num('subtitle', 3000),
  listbadge: params.get('listbadge') === '1',
  notestid: params.get('notestid') === '1',
  noheader: params.get('noheader') === '1',
  preload: params.get('preload') === '1',
  reset: params.get('reset') === '1',
  ai: params.get('ai') === '1',
  // ?metaai=empty: the Meta AI chat has no history yet (its null-state screen shows until the first message).
  metaAiEmpty: params.get('metaai') === 'empty',
  strict: params.get('strict') === '1',
};
const CHATS = chatsFor(cfg.ai).map((c) => (cfg.metaAiEmpty && c.kind === 'meta-ai' ? { ...c, messages: [] } : c));
cfg.chat = CHATS.some((c) => c.id === params.get('chat')) ? params.get('chat') : null;

// Like WhatsApp's own ?locale= handling (§e), a one-shot switch leaves the URL, so a reload keeps the state.
if (cfg.reset) {
  params.delete('reset');
  history.replaceState(null, '', `${location.pathname}${params.size ? `?${params}` : ''}${location.hash}`);
}

setOmitTestids(cfg.notestid);
document.documentElement.lang = cfg.lang.replace('_', '-');
document.documentElement.dir = RTL_LANGS.includes(cfg.lang) ? 'rtl' : 'ltr';

const t = makeT(cfg.lang);
const rtl = RTL_LANGS.includes(cfg.lang);

/** "HH:MM" as WhatsApp shows it in each locale (Clock.timeStr; Medium per §b.3). */
function fmtTime(hhmm) {
  const [hh, mm] = hhmm.split(':').map(Number);
  if (cfg.lang === 'en') return `${hh % 12 || 12}:${String(mm).padStart(2, '0')} ${hh < 12 ? 'AM' : 'PM'}`;
  if (cfg.lang === 'ar') return `${hh % 12 || 12}:${String(mm).padStart(2, '0')} ${hh < 12 ? 'ص' : 'م'}`;
  return hhmm;
}

/** The mock's "today" is 2026-08-19, the date of the module dump the doc was read from. */
function fmtDate(yesterday) {
  const day = yesterday ? 18 : 19;
  if (cfg.lang === 'en') return `8/${day}/2026`;
  if (cfg.lang === 'ar') return `${day}/8/2026`;
  return `${day}/08/2026`;
}

function nowHHMM() {
  const d = new Date();
  return `${String(d.getHours()).padStart(2, '0')}:${String(d.getMinutes()).padStart(2, '0')}`;
}

const ctx = {
  cfg,
  t,
  rtl,
  fmtTime,
  fmtDate,
  nowHHMM,
  // Runtime copies: sent messages and transitions stay when switching chats.
  chats: CHATS.map((c) => ({ ...c, messages: c.messages.map((m) => ({ ...m })) })),
  settings: loadSettings(cfg.reset, cfg.strict),
  activeId: null,
  conversation: null,
  preloaded: null,
};
ctx.chat = (id) => ctx.chats.find((c) => c.id === id);

// ---- nav rail (§d.1): testids are not rendered (WDSMenuBarItem passes testid: void 0) ----

function navItem(labelKey, iconName, selectedIcon, onclick) {
  const button = h('button', {
    type: 'button',
    'aria-label': t(labelKey),
    'aria-pressed': 'false',
    'data-navbar-item': 'true',
    'data-navbar-item-selected': 'false',
    tabindex: '-1',
    class: 'mk-nav-button',
    onclick,
  });
  const active = h('div', { class: 'x1n2onr6 x1vqgdyp x100vrsf xt8t1vi x1xc408v x129tdwq x15urzxu x78zum5 x6s0dn4 xl56j7k' }, button);
  const item = {
    el: h('div', { class: 'mk-nav-item', title: t(labelKey) }, active),
    button,
    // The button persists; aria-pressed, data-navbar-item-selected, the icon and the active atom change.
    select(on) {
      button.setAttribute('aria-pressed', String(on));
      button.setAttribute('data-navbar-item-selected', String(on));
      active.classList.toggle('x1fe8iih', on);
      button.replaceChildren(icon(on && selectedIcon ? selectedIcon : iconName));
    },
  };
  item.select(false);
  return item;
}

function buildMainScreen() {
  const drawerLeftHost = h('div', { class: 'mk-drawer-host' });
  const drawerRight = h('div', { 'data-testid': 'drawer-right', class: 'mk-drawer-right' });
  const convo = h('div', { class: 'mk-convo' });
  // Modals open in a layer of their own, outside the drawers (the defense-mode interstitial, settings.js).
  const modals = h('div', { class: 'mk-modal-layer' });
  ctx.ui = { drawerLeftHost, drawerRight, convo, modals };

  const settings = createSettings(ctx, drawerLeftHost);
  const navChats = navItem('navChats', 'wds-ic-chat', 'wds-ic-chat-filled', () => settings.close());
  const navSettings = navItem('navSettings', 'settings-refreshed', 'settings-filled-refreshed', () => settings.open());
  settings.onToggle((open) => {
    navSettings.select(open);
    navChats.select(!open);
  });
  navChats.select(true);
  const inert = (key, name) => navItem(key, name, null, () => {}).el;
  const profile = h(
    'div',
    { class: 'mk-nav-item' },
    h(
      'button',
      {
        type: 'button',
        'aria-label': t('navProfile'),
        'data-navbar-item': 'true',
        'data-navbar-item-selected': 'false',
        tabindex: '-1',
        class: 'mk-nav-button mk-nav-avatar',
      },
      icon('default-contact-refreshed', { size: 28 }),
    ),
  );

  const rail = h(
    'header',
    { 'data-testid': 'chatlist-header', tabindex: '0', 'data-tab': '2', class: 'mk-rail' },
    h(
      'div',
      { class: 'mk-rail-column' },
      h(
        'div',
        { 'data-testid': 'navbar-primary-section', class: 'mk-rail-section' },
        navChats.el,
        inert('navCalls', 'ic-video-call'),
        inert('navStatus', 'wds-ic-status'),
        inert('navChannels', 'wds-ic-channels'),
        inert('navCommunities', 'wds-ic-communities'),
        inert('navMetaAi', 'wds-ic-meta-ai'),
      ),
      h('div', { 'data-testid': 'navbar-footer-section', class: 'mk-rail-section' }, navSettings.el, profile),
    ),
  );

  ctx.chatList = createChatList(ctx);
  return h(
    'div',
    { 'data-testid': 'wa-web-main-screen', class: 'x78zum5 xdt5ytf x5yr21d mk-main-screen' },
    h(
      'div',
      { tabindex: '-1', class: 'mk-shell' },
      rail,
      h('div', { 'data-testid': 'drawer-fullscreen', class: 'x10l6tqk mk-drawer-fullscreen' }),
      h(
        'div',
        { class: 'x10l6tqk x13vifvy x1o0tod x78zum5 xh8yej3 x5yr21d x6ikm8r x10wlt62 x47corl mk-overlay' },
        h('div', { 'data-testid': 'drawer-left', class: 'mk-drawer-left' }, drawerLeftHost),
        h('div', { 'data-testid': 'drawer-middle', class: 'mk-drawer-middle' }, h('div', {})),
      ),
      h('div', { class: 'mk-leftpane' }, ctx.chatList.el),
      convo,
      drawerRight,
    ),
    modals,
  );
}

// ---- pane two: intro panel or #main (§b.1, §e) ----

function preloadCandidate() {
  const order = ctx.chatList.order();
  return order.find((id) => id !== ctx.activeId);
}

function renderPaneTwo() {
  ctx.conversation?.destroy();
  ctx.preloaded?.destroy();
  ctx.conversation = ctx.activeId ? mountConversation(ctx, ctx.chat(ctx.activeId)) : null;
  ctx.preloaded = null;
  const children = [];
  if (ctx.conversation) children.push(ctx.conversation.el);
  // Conversation preloading keeps the intro panel and a preloaded chat mounted but hidden (Activity mode="hidden").
  if (!ctx.conversation) children.push(introPanel(ctx));
  else if (cfg.preload) children.push(h('div', { style: 'display: none;' }, introPanel(ctx)));
  if (cfg.preload) {
    const id = preloadCandidate();
    if (id) {
      ctx.preloaded = mountConversation(ctx, ctx.chat(id), { hidden: true });
      children.push(h('div', { hidden: '' }, ctx.preloaded.el));
    }
  }
  ctx.ui.convo.replaceChildren(...children);
}

ctx.openChat = (id) => {
  if (!ctx.chat(id)) throw new Error(`mock: no chat ${id}`);
  ctx.ui.drawerRight.replaceChildren(); // contact info closes on chat switch (§e)
  if (ctx.activeId === id && ctx.conversation) return;
  ctx.activeId = id;
  ctx.chat(id).unread = 0;
  ctx.chatList.render();
  renderPaneTwo();
};

/** Adds a message to a chat's history and to its open (or preloaded) conversation. */
ctx.addMessage = (chatId, msg) => {
  const chat = ctx.chat(chatId);
  chat.messages.push(msg);
  if (!msg.fromMe && !msg.notice && chatId !== ctx.activeId) chat.unread += 1;
  for (const conv of [ctx.conversation, ctx.preloaded]) if (conv?.chat.id === chatId) conv.append(msg);
  ctx.chatList?.bump(chatId);
};

// ---- boot: loading screen, then the main screen ----

function loadingScreen() {
  const progress = h('progress', { value: '0', max: '100', class: 'mk-progress' });
  const el = h(
    'div',
    { 'data-testid': 'wa-web-loading-screen', class: 'x78zum5 xdt5ytf x6s0dn4 xl56j7k xh8yej3 x5yr21d mk-loading' },
    h('div', { class: 'mk-loading-graphic' }, icon('wds-ic-chat-filled', { size: 64 })),
    h('div', { class: 'mk-loading-title' }, t('appName')),
    h('div', { class: 'mk-loading-bar' }, progress),
    h('div', { class: 'mk-loading-e2e' }, icon('ic-lock', { size: 14 }), ` ${t('e2eShort')}`),
  );
  return { el, progress };
}

const root = h('div', {});
document.getElementById('app').replaceChildren(root);
const loading = loadingScreen();
root.append(loading.el);
const started = performance.now();
const tick = setInterval(() => {
  loading.progress.value = String(Math.min(100, Math.round(((performance.now() - started) / Math.max(cfg.delay, 1)) * 100)));
}, 50);
setTimeout(() => {
  clearInterval(tick);
  root.replaceChildren(buildMainScreen());
  ctx.chatList.startChurn();
  if (cfg.chat) ctx.openChat(cfg.chat);
  else renderPaneTwo();
}, cfg.delay);

// ---- window.__mock: for tests that cannot click; normal flows work by real clicks and keys ----

window.__mock = {
  chats: () => ctx.chats.map(({ id, name, jid, kind, hosting }) => ({ id, name, jid, kind, hosting: hosting ?? null })),
  activeChat: () => ctx.activeId,
  /** Settings values in the vocabulary of lib/model/privacy-controls.ts, plus the account-report state. */
  state: () => ctx.settings.snapshot(),
  /** Appends the "is now using Meta / working with other companies" notice (§b.4) to a chat. */
  transition(chatId, kind) {
    if (!['meta', 'vendor'].includes(kind)) throw new Error(`mock: transition kind must be meta or vendor, got ${kind}`);
    if (!ctx.chat(chatId)) throw new Error(`mock: no chat ${chatId}`);
    ctx.addMessage(chatId, { id: randomHex(20), notice: kind === 'meta' ? 'metaNow' : 'vendorNow' });
  },
  /** An incoming text message from the chat's other side (groups: the first member). */
  receive(chatId, text) {
    const chat = ctx.chat(chatId);
    if (!chat) throw new Error(`mock: no chat ${chatId}`);
    // Channel messages are keyed by numeric server ids (§b.3).
    const id = chat.kind === 'channel' ? String(Math.max(...chat.messages.map((m) => Number(m.id) || 0)) + 1) : randomHex(20);
    ctx.addMessage(chatId, { id, fromMe: false, text, time: nowHHMM(), participant: chat.members?.[0].jid });
  },
};
