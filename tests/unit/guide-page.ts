// Small WhatsApp Web pages for the guide's tests, shaped after docs/research/whatsapp-dom.md
// (§a.1 screens and drawers, §d.1 nav rail, §d.2–d.6 settings, §b.2 header, §c contact info).
// Built with DOM calls, since WhatsApp nests a button[role=radio] inside each option button (§d.4),
// which an HTML parser would split apart.
type Child = Element | string | null;

export function h(tag: string, attrs: Record<string, string> = {}, ...children: Child[]): Element {
  const el = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) el.setAttribute(name, value);
  for (const child of children) if (child !== null) el.append(child);
  return el;
}

const drawerHeader = (title: string, testid = 'drawer-title') => h('header', {}, h('div', { 'data-testid': testid }, title));

export const settingsDrawer = () =>
  h(
    'div',
    { 'data-testid': 'settings-drawer' },
    drawerHeader('Settings', 'drawer-title-body'),
    h('button', { role: 'listitem', type: 'button', 'data-testid': 'li-account' }, 'Account'),
    h('button', { role: 'listitem', type: 'button', 'data-testid': 'settings-drawer-item-privacy' }, 'Privacy'),
  );

const valueItem = (testid: string, title: string) =>
  h('div', { role: 'button', tabindex: '0', 'data-testid': testid }, h('div', {}, title));

const switchItem = (testid: string, title: string, on: boolean) =>
  h(
    'div',
    { role: 'button', tabindex: '-1', 'data-testid': testid },
    h('div', {}, title),
    h('div', {}, h('input', { type: 'checkbox', role: 'switch', 'aria-checked': String(on), 'aria-label': title })),
  );

export interface PrivacySwitches {
  readReceipts?: boolean;
  blockUnknown?: boolean;
  /** null: calling is off for the account, so WhatsApp leaves the item out (§d.5). */
  protectIp?: boolean | null;
  linkPreviews?: boolean;
}

export const privacyDrawer = ({
  readReceipts = true,
  blockUnknown = false,
  protectIp = false,
  linkPreviews = false,
}: PrivacySwitches = {}) =>
  h(
    'div',
    { 'data-testid': 'privacy-settings-drawer' },
    drawerHeader('Privacy', 'drawer-title-privacy'),
    valueItem('last-seen-and-online-privacy-settings-item', 'Last seen and online'),
    valueItem('profile-photo-privacy-settings-item', 'Profile picture'),
    valueItem('about-privacy-settings-item', 'About'),
    valueItem('status-posting-privacy-settings-item', 'Status'),
    switchItem('read-receipts-privacy-settings-item', 'Read receipts', readReceipts),
    valueItem('ddm-settings-item', 'Default message timer'),
    valueItem('groups-privacy-settings-item', 'Groups'),
    switchItem('anti-brigading-privacy-settings-item', 'Block unknown account messages', blockUnknown),
    protectIp === null ? null : switchItem('protect-ip-in-calls-privacy-settings-item', 'Protect IP address in calls', protectIp),
    switchItem('disable-link-preview-privacy-settings-item', 'Turn off link previews', linkPreviews),
  );

const option = (testid: string, label: string, checked: boolean) =>
  h(
    'button',
    { type: 'button', 'data-testid': testid },
    h('div', {}, h('button', { type: 'button', role: 'radio', 'aria-checked': String(checked) })),
    h('span', {}, label),
  );

const LAST_SEEN = [
  ['all', 'Everyone'],
  ['contacts', 'My contacts'],
  ['contact_blacklist', 'My contacts except...'],
  ['none', 'Nobody'],
];
const ONLINE = [
  ['all', 'Everyone'],
  ['match_last_seen', 'Same as last seen'],
];

/** The "Last seen and online" sub-drawer (§d.4) with the given testid suffixes checked. */
export const lastSeenDrawer = (lastSeen = 'all', online = 'all') =>
  h(
    'div',
    { 'data-testid': 'privacy-settings-drawer' },
    drawerHeader('Last seen and online'),
    h(
      'div',
      { role: 'radiogroup', 'aria-label': 'Who can see my last seen' },
      ...LAST_SEEN.map(([v, l]) => option(`last-seen-${v}`, l!, v === lastSeen)),
    ),
    h(
      'div',
      { role: 'radiogroup', 'aria-label': "Who can see when I'm online" },
      ...ONLINE.map(([v, l]) => option(`online-${v}`, l!, v === online)),
    ),
  );

/** The Profile picture sub-drawer (§d.4 WAWebPrivacyVisibilityEditDrawer). */
export const profilePhotoDrawer = (checked = 'everyone') =>
  h(
    'div',
    { 'data-testid': 'privacy-settings-drawer' },
    drawerHeader('Profile picture', 'drawer-title-profilePicture'),
    h(
      'div',
      { role: 'radiogroup' },
      ...[
        ['everyone', 'Everyone'],
        ['my-contacts', 'My contacts'],
        ['my-contacts-except', 'My contacts except...'],
        ['nobody', 'Nobody'],
      ].map(([v, l]) => option(v!, l!, v === checked)),
    ),
  );

export const accountDrawer = () =>
  h(
    'div',
    { 'data-testid': 'account-settings-drawer' },
    drawerHeader('Account', 'drawer-title-account'),
    h('button', { role: 'listitem', type: 'button', 'data-testid': 'li-security' }, 'Security notifications'),
    h('button', { role: 'listitem', type: 'button', 'data-testid': 'li-request-account-info' }, 'Request account info'),
  );

export const securityDrawer = (on: boolean) =>
  h(
    'div',
    { 'data-testid': 'security-settings-drawer' },
    drawerHeader('Security', 'drawer-title-security'),
    switchItem('security-notifications-settings-item', 'Show security notifications on this computer', on),
  );

export const conversation = () =>
  h(
    'div',
    { id: 'main', 'data-testid': 'conversation-panel-wrapper' },
    h(
      'header',
      { 'data-testid': 'conversation-header' },
      h(
        'div',
        { 'data-testid': 'conversation-info-header', role: 'button', tabindex: '0', 'data-tab': '6' },
        h('span', { 'data-testid': 'conversation-info-header-chat-title', dir: 'auto', title: 'Shop' }, 'Shop'),
      ),
    ),
  );

export const contactInfo = () =>
  h(
    'div',
    { 'data-testid': 'chat-info-drawer' },
    h('div', { 'data-testid': 'business-title' }, 'This is a business account.'),
    h('div', { role: 'button', 'data-testid': 'li-block' }, 'Block Shop'),
    h('div', { role: 'button', 'data-testid': 'li-report-spam' }, 'Report business'),
  );

export interface PageParts {
  left?: Element;
  right?: Element;
  main?: Element;
}

/** The main screen (§a.1) with optional drawers; replaces the document body. Returns the two drawer slots. */
export function mountMainScreen(parts: PageParts = {}): { left: Element; right: Element; pane: Element } {
  const left = h('div', {}, parts.left ?? null);
  const right = h('div', { 'data-testid': 'drawer-right' }, parts.right ?? null);
  const pane = h('div', {}, parts.main ?? null);
  const app = h(
    'div',
    { id: 'app' },
    h(
      'div',
      { 'data-testid': 'wa-web-main-screen' },
      h(
        'header',
        { 'data-testid': 'chatlist-header', 'data-tab': '2' },
        h('button', { 'aria-label': 'Settings', 'data-navbar-item': 'true' }, h('span', { 'data-icon': 'settings-refreshed' })),
      ),
      h('div', {}, h('div', { 'data-testid': 'drawer-left' }, left)),
      h(
        'div',
        { id: 'side' },
        h(
          'div',
          { id: 'pane-side' },
          h(
            'div',
            { 'data-testid': 'chat-list' },
            h('div', { role: 'grid' }, h('div', { role: 'row', 'data-testid': 'list-item-0' }, 'Shop')),
          ),
        ),
      ),
      pane,
      right,
    ),
  );
  document.body.replaceChildren(app);
  return { left, right, pane };
}

export function mountLoadingScreen(): void {
  document.body.replaceChildren(h('div', { id: 'app' }, h('div', { 'data-testid': 'wa-web-loading-screen' }, h('progress'))));
}
