// EVERY WhatsApp Web selector, in one table. Each key is an ordered list of alternatives, most stable first:
// ids → data-testid → data-icon / data-id → roles and structure → localized text (docs/research/what-whatsapp-shares.md §1.1).
// The first alternative that matches wins (query.ts). When WhatsApp changes its page, fix it here; health
// (lib/content/health.ts) reports the keys that stopped matching. tests/unit/selectors.test.ts holds every key, and
// every alternative on its own, to the element counts each fixture page states (tests/fixtures/whatsapp/).
// Sources: "T§x" = docs/research/whatsapp-dom.md §x, "W§x" = docs/research/what-whatsapp-shares.md §x,
// "A§x" = docs/research/ai-2026.md §x. Meta AI's identities are JIDs in row data-ids, not selectors (detect/meta-ai.ts).
import type { ViewId } from '../model/observation';
import type { PrivacyControlId, PrivacyValue, ValueOf, WidgetOf } from '../model/privacy-controls';
import type { TextKey } from './locale-text';

/** One way to find an element. A bare string is `{ css }`. */
export interface Alternative {
  /** CSS selector, run inside the scope. */
  readonly css: string;
  /** Search inside the first match of this other key instead of the given root. */
  readonly in?: string;
  /** Keep only matches whose aria-label, title or a label piece (text.ts labelTexts) is one of these WhatsApp wordings. */
  readonly text?: readonly TextKey[];
  /** Keep only matches that contain an element matching this selector (a cheap `:has()`). */
  readonly has?: string;
  /** Keep only matches that contain no element matching this selector. */
  readonly lacks?: string;
  /** Return the closest ancestor (or self) matching this selector instead of the match itself (no such ancestor: no match). */
  readonly up?: string;
}

export type SelectorAlternative = string | Alternative;

// A drawer's header (T§d: `drawer > div > header`), never the conversation header (T§b.1 `#main > header`),
// whose text is a chat name. `up: 'div'` from it gives the drawer step.
const DRAWER_HEADER = ':not(#main) > header';

/** The privacy sub-pages: how each is recognised, by a testid inside it first, then by its localized header title. */
export const PRIVACY_SUB_PAGES = {
  // T§d.4: option testids "last-seen-…" / "online-…"
  'privacy/last-seen': { css: '[data-testid^="last-seen-"], [data-testid^="online-"]', title: 'titleLastSeen' },
  // T§d.4: WAWebPrivacyVisibilityEditDrawer header testids
  'privacy/profile-photo': { css: '[data-testid="drawer-title-profilePicture"]', title: 'titleProfilePhoto' },
  'privacy/about': { css: '[data-testid="drawer-title-about"]', title: 'titleAbout' },
  'privacy/groups': { css: '[data-testid="drawer-title-groupAdd"]', title: 'titleGroups' },
  // Status and default-timer header testids were not recovered: assumed by analogy, the title is the real signal.
  'privacy/status': { css: '[data-testid="drawer-title-status"]', title: 'titleStatus' },
  'privacy/default-timer': { css: '[data-testid="drawer-title-ddm"]', title: 'titleDefaultTimer' },
} as const satisfies Partial<Record<ViewId, { css: string; title: TextKey }>>;

export type SubPageView = keyof typeof PRIVACY_SUB_PAGES;

// Header titles of the privacy sub-pages, for the no-testid alternatives of drawerLeft and privacySubDrawer.
const SUB_PAGE_TITLES = Object.values(PRIVACY_SUB_PAGES).map((page) => page.title);

// One alternative per line, each with its source comment (tests/unit/selectors.test.ts reads them line by line).
// prettier-ignore
export const SELECTORS = {
  // ——— app root and screens (T§a.1, W§1.2) ———
  appRoot: [
    '#app', // T§a.1 WAWebAppWrapper
  ],
  loadingScreen: [
    '[data-testid="wa-web-loading-screen"]', // T§a.1 WAWebLoadingScreen
    '#app progress', // T§a.1: the sync progress bar exists only on the loading screen
  ],
  qrCode: [
    '[data-ref] canvas', // W§1.1, W§1.2: QR screen `div[data-ref] canvas` (WAWebLinkDeviceQrcode)
    'div[data-ref]', // W§1.2
  ],
  mainScreen: [
    '[data-testid="wa-web-main-screen"]', // T§a.1 WAWebMain
    '#side', // T§a.2: the left column mounts only with the main UI
    '#pane-side', // T§a.2, W§1.2
    { css: '[data-navbar-item]', up: 'header' }, // T§d.1: nav rail items (set by an effect once the main UI runs), counted once as their rail
  ],
  navSettingsButton: [
    { css: '[data-icon="settings-refreshed"]', up: 'button, [role="button"]' }, // T§d.1 (testid never rendered)
    { css: '[data-icon="settings-filled-refreshed"]', up: 'button, [role="button"]' }, // T§d.1 selected state
    { css: 'header[data-tab="2"] button[aria-label]', text: ['titleSettings'] }, // T§d.1 localized aria-label "Settings"
  ],
  navSettingsSelected: [
    { css: '[data-icon="settings-filled-refreshed"]', up: 'button, [role="button"]' }, // T§d.1 icon swaps on selection
    { css: 'button[data-navbar-item-selected="true"] [data-icon^="settings"]', up: 'button' }, // T§d.1
    { css: 'button[aria-pressed="true"] [data-icon^="settings"]', up: 'button' }, // T§d.1
  ],

  // ——— left column: chat list (T§a.2, T§a.3) ———
  chatList: [
    '[data-testid="chat-list"] [role="grid"]', // T§a.2: testid and role=grid sit on different elements
    '#pane-side [role="grid"]', // T§a.2
    '#pane-side [role="list"]', // W§1.1 PEX 2024-25 saw role=listitem rows
  ],
  chatListRow: [
    '[role="grid"] > [role="row"]', // T§a.3 WAWebListItem
    '[data-testid^="list-item-"]', // T§a.3 (index inside the rendered window, not an identity)
    '#pane-side [role="listitem"]', // W§1.1 older builds
  ],
  chatRowTitle: [
    '[data-testid="cell-frame-title"] span[title]', // T§a.3: the cell's textContent starts with hidden unread text
    '[role="gridcell"][aria-colindex="2"] span[dir="auto"][title]', // T§a.3 WAWebName
  ],

  // ——— the open conversation (T§b) ———
  conversationPanel: [
    '#main', // T§b.1: keyed by chat id; a hidden preloaded second #main may follow (detect/dom.ts picks the visible one)
    '[data-testid="conversation-panel-wrapper"]', // T§b.1
  ],
  conversationHeader: [
    'header[data-testid="conversation-header"]', // T§b.2 WAWebHeader
    { css: ':scope > header', in: 'conversationPanel' }, // T§b.1: the header is a direct child of #main
    '#main header', // W§1.3
  ],
  conversationHeaderInfo: [
    '[data-testid="conversation-info-header"]', // T§b.2
    { css: '[role="button"][data-tab="6"]', in: 'conversationHeader' }, // T§b.2 useWAWebStaticButtonA11y
  ],
  conversationHeaderTitle: [
    '[data-testid="conversation-info-header-chat-title"]', // T§b.2 WAWebHeaderChatTitle
    { css: ':scope > div:first-child span[dir="auto"][title]', in: 'conversationHeaderInfo' }, // T§b.2: the name block comes before the subtitle
    { css: '[role="button"] + [role="button"] > div:first-child span[title]', in: 'conversationHeader' }, // T§b.2 avatar then info button; W§1.3 `header span[title]` (first match)
  ],
  conversationSubtitle: [
    '[data-testid="chat-subtitle"]', // T§b.2 WAWebChatSubtitleText
    { css: ':scope > div + div', in: 'conversationHeaderInfo' }, // T§b.2: second child of the info button
  ],
  headerAvatar: [
    { css: '[role="button"]:not([data-tab])', in: 'conversationHeader' }, // T§b.2: avatar div[role=button] before the info button
  ],
  messageList: [
    '[data-testid="conversation-panel-messages"]', // T§b.3 WAWebConversationMsgs
    '[data-scrolltracepolicy="wa.web.conversation.messages"]', // T§b.3, W§1.3
  ],
  messageRow: [
    '[role="row"] > [data-id]', // T§b.3 WAWebMessageWrapper: data-id = `${fromMe}_${remote}_${id}`
    '[data-testid^="conv-msg-"]', // T§b.3, W§1.1 INC 2026
    'div[data-id]', // W§1.3 WWP
  ],
  systemMessage: [
    '[data-testid="system_message"], [data-testid$="_system_message"]', // T§b.4 generic id (biz privacy notices), W§1.5 specific ids (ctwa…, masked_thread…)
    '[data-testid="msg-notification-container"] [role="button"]', // T§b.3 system row container
    '[data-id] [role="button"] > span > span[dir]', // T§b.4 notice shape without testids: div[role=button] > span > span[dir]
  ],
  e2eNoticeIcon: [
    '[data-icon="ic-lock-filled"]', // T§b.4: only the end-to-end notice carries this icon
  ],
  // ——— the 2026 signals inside a chat (A§2–3, A§5.2, A§8.4): icons and testids first; their notices' text is in locale-text.ts ———
  metaAiChatScreen: [
    '[data-testid="meta-ai-null-state-overlay"]', // A§2.1 WAWebMetaAiChatNullState (literal): the Meta AI chat before its first row
  ],
  privateProcessingBadge: [
    '[data-testid="tee-lock-badge-container"]', // A§3.3 WAWebTeeLockBadge (literal): chat list, contact top card, bubble
    '[data-icon="wds-ic-private-processing-ai-lock-sparkle-fill"]', // A§3.3 the badge's icon (WDS: data-icon Medium)
  ],
  aiDisclosureIcon: [
    { css: '[data-testid="double-chevron-in-circle"]', in: 'messageList' }, // A§5.2 biz_bot_1p_disclosure icon (testid prop)
    { css: '[data-icon="wds-ic-meta-data-double-chevron"]', in: 'messageList' }, // A§5.2, A§5.3 the same icon by name
  ],
  aiReplyLabel: [
    'span[data-testid="ai-label"]', // A§5.2 WAWebMessageMeta (literal): "AI" on a business AI's reply
    { css: '[data-icon="wds-ic-ai-filled"]', in: 'messageList' }, // A§5.2 the label's icon
  ],
  phoneNumberRequest: [
    '[data-testid="share-phone-number-button"], [data-testid="share_phone_number_system_message"]', // A§8.4 the request's button, the share notice
    { css: 'button', in: 'messageList', text: ['labelSharePhoneNumber'] }, // A§8.4 the request's "Share phone number" button
  ],
  composeBox: [
    '[data-testid="conversation-compose-box-input"]', // T§b.5 (located for health only; never read)
    'footer [contenteditable="true"][role="textbox"]', // T§b.5 Lexical input
  ],

  // ——— what a message row shows, from icons and structure only (T§b.3; icon names from W§1.2/public scrapers) ———
  // Only inside the message list: the chat list, header and drawers show the same icons (default avatars, documents).
  // Attachment icon names are not mapped in T§b.3: these are ASSUMED from the icon families of T§0 and the mock
  // (tests/mock/conversation.js); a row that matches none of them is still counted, as 'text' or 'unknown'.
  messageMedia: [
    { css: 'img[src^="blob:"]', in: 'messageList' }, // a rendered photo/video thumbnail is a blob: URL (assumed)
    { css: '[data-icon="media-play"], [data-icon="msg-video"], [data-icon="media-gif"], [data-icon="video-pip"]', in: 'messageList' }, // video/gif overlays (assumed)
    { css: '[data-icon^="audio-"], [data-icon^="ptt-"]', in: 'messageList' }, // voice notes and audio (assumed)
    { css: 'video, audio', in: 'messageList' }, // a playing inline player
  ],
  messageDocument: [
    { css: '[data-icon^="document"]', in: 'messageList' }, // document bubble icon (mock: document-refreshed; assumed)
    { css: '[data-testid="document-thumb"]', in: 'messageList' }, // assumed testid
  ],
  messageLocation: [
    { css: '[data-icon="location"], [data-icon="live-location"]', in: 'messageList' }, // location bubble icon (mock: location; assumed)
    { css: 'a[href^="https://maps.google.com"], a[href^="https://www.google.com/maps"]', in: 'messageList' }, // the map preview link (attribute test only)
  ],
  messageContact: [
    { css: '[data-icon="vcard"], [data-testid="vcard-msg"]', in: 'messageList' }, // assumed names
    { css: '[data-icon="default-contact-refreshed"]', in: 'messageList' }, // a contact card's avatar placeholder inside the bubble (T§a.3 icon name)
  ],
  messageBubble: [
    '[data-testid="msg-container"]', // T§b.3
    '[data-icon="tail-out"], [data-icon="tail-in"]', // T§b.3 first bubble of a group
    { css: '[data-icon="msg-check"], [data-icon="msg-dblcheck"], [data-icon="msg-dblcheck-ack"], [data-icon="msg-time"]', in: 'messageList' }, // T§b.3 outgoing status icon (the chat list shows them too)
  ],

  // ——— business markers (T§b.2, T§c, W§1.4) ———
  verifiedBadge: [
    '[data-icon="psa-verified-blue"]', // T§a.3, T§b.2 (blue, isBlueEnabled)
    '[data-icon="psa-verified"]', // W§1.4 older green badge
    '[data-testid="psa-verified-blue"], [data-testid="psa-verified"]', // T§0: testid repeats the icon name
  ],
  // Default avatars name the chat type when there is no photo (T§a.3 default-group-refreshed / default-newsletter).
  groupAvatar: [
    '[data-icon="default-group-refreshed"]', // T§a.3 (2026)
    '[data-icon="default-group"]', // older builds
  ],
  channelAvatar: [
    '[data-icon="default-newsletter"]', // T§a.3
  ],
  adsBadge: [
    '[data-icon="single-chevron-in-circle"]', // T§b.2 CTWA ads-disclosure badge, W§1.4
    '[data-icon="wds-ic-meta-data-chevron"]', // T§b.2 with wds_web_profile_photo
  ],

  // ——— drawers (T§a.1, T§e) ———
  drawerLeft: [
    '[data-testid="drawer-left"]', // T§a.1
    { css: DRAWER_HEADER, text: ['titleSettings', 'titlePrivacy', 'titleAccount', 'titleSecurity', 'titleRequestInfo', ...SUB_PAGE_TITLES], up: 'div' }, // T§d: drawer header title
  ],
  drawerRight: [
    '[data-testid="drawer-right"]', // T§a.1
    '[data-testid="chat-info-drawer"]', // T§c: the drawer itself, when its container lost the testid
    { css: DRAWER_HEADER, text: ['titleContactInfo'], up: 'div' }, // T§c drawer title
  ],
  settingsDrawer: [
    '[data-testid="settings-drawer"]', // T§d.2 WAWebSettingsDrawer
    { css: DRAWER_HEADER, text: ['titleSettings'], up: 'div' }, // T§d.2 "Settings" title
  ],
  settingsPrivacyItem: [
    '[data-testid="settings-drawer-item-privacy"]', // T§d.2
    { css: 'button[role="listitem"]', in: 'settingsDrawer', text: ['titlePrivacy'] }, // T§d.2 WAWebMenuItem
    { css: '[role="listitem"], [role="button"]', text: ['titlePrivacy'] }, // W§1.6
  ],
  settingsAccountItem: [
    '[data-testid="li-account"]', // T§d.2
    { css: 'button[role="listitem"]', in: 'settingsDrawer', text: ['titleAccount'] }, // T§d.2
  ],
  privacyDrawer: [
    { css: '[data-testid="privacy-settings-drawer"]', lacks: '[role="radiogroup"]' }, // T§d.3 (sub-pages share the testid, T§d.4)
    { css: DRAWER_HEADER, text: ['titlePrivacy'], up: 'div' }, // T§d.3 "Privacy" title
  ],
  privacyLastSeenItem: [
    '[data-testid="last-seen-and-online-privacy-settings-item"]', // T§d.3
    { css: '[role="button"]', in: 'privacyDrawer', text: ['titleLastSeen'] }, // T§d.3 WAWebDrawerItem
  ],
  privacyProfilePhotoItem: [
    '[data-testid="profile-photo-privacy-settings-item"]', // W§1.6 `profile-photo-…`
    { css: '[role="button"]', in: 'privacyDrawer', text: ['titleProfilePhoto'] }, // T§d.3
  ],
  privacyAboutItem: [
    '[data-testid="about-privacy-settings-item"]', // W§1.6 `about-…`
    { css: '[role="button"]', in: 'privacyDrawer', text: ['titleAbout'] }, // T§d.3
  ],
  privacyStatusItem: [
    '[data-testid="status-posting-privacy-settings-item"]', // W§1.6 `status-posting-…`
    { css: '[role="button"]', in: 'privacyDrawer', text: ['titleStatus'] }, // T§d.3
  ],
  privacyGroupsItem: [
    '[data-testid="groups-privacy-settings-item"]', // T§d.3
    { css: '[role="button"]', in: 'privacyDrawer', text: ['titleGroups'] }, // T§d.3
  ],
  privacyDefaultTimerItem: [
    '[data-testid="ddm-settings-item"]', // T§d.3
    { css: '[role="button"]', in: 'privacyDrawer', text: ['titleDefaultTimer'] }, // T§d.3
  ],
  privacyReadReceiptsItem: [
    '[data-testid="read-receipts-privacy-settings-item"]', // T§d.5
    { css: '[role="button"]', in: 'privacyDrawer', text: ['titleReadReceipts'] }, // T§d.3 toggle item
  ],
  privacyBlockUnknownItem: [
    '[data-testid="anti-brigading-privacy-settings-item"]', // T§d.5
    { css: '[role="button"]', in: 'privacyDrawer', text: ['titleBlockUnknown'] }, // T§d.5
  ],
  privacyProtectIpItem: [
    '[data-testid="protect-ip-in-calls-privacy-settings-item"]', // T§d.5
    { css: '[role="button"]', in: 'privacyDrawer', text: ['titleProtectIp'] }, // T§d.5
  ],
  privacyLinkPreviewsItem: [
    '[data-testid="disable-link-preview-privacy-settings-item"]', // T§d.5
    { css: '[role="button"]', in: 'privacyDrawer', text: ['titleLinkPreviews'] }, // T§d.5
  ],
  privacySubDrawer: [
    { css: '[data-testid="privacy-settings-drawer"]', has: '[role="radiogroup"]' }, // T§d.4 sub-drawers share the testid
    { css: DRAWER_HEADER, text: SUB_PAGE_TITLES, up: 'div' }, // T§d.4 drawer = header + body; title localized
  ],
  subDrawerTitle: [
    { css: '[data-testid^="drawer-title"]', in: 'privacySubDrawer' }, // T§d.4 drawer-title / drawer-title-<profilePicture|about|groupAdd>
    { css: 'header', in: 'privacySubDrawer' }, // T§d.4 (the title is the header's text)
  ],
  radioGroup: [
    '[role="radiogroup"]', // T§d.4
  ],
  radioOption: [
    'button[role="radio"]', // T§d.4 WAWebCheckBoxRound: selected = aria-checked=true
    '[role="radio"]', // T§d.4
  ],
  switchInput: [
    'input[role="switch"]', // T§d.3 BaseSwitch: state = aria-checked (the checked attribute can be stale)
    '[role="switch"]', // T§d.3
  ],
  // Strict account settings lock the Privacy list's toggles (A§9.2; a locked switch rendered disabled is assumed).
  privacyLockedSwitch: [
    { css: 'input[role="switch"][aria-disabled="true"], input[role="switch"][disabled]', in: 'privacyDrawer' }, // A§9.2, T§d.3 locked row
  ],
  defenseModeModal: [
    '[data-testid="defense_mode_locked_interstitial_modal"]', // A§9.2 WAWebDefenseModeLockedInterstitial, on a locked toggle's click
  ],
  accountDrawer: [
    '[data-testid="account-settings-drawer"]', // T§d.6
    { css: DRAWER_HEADER, text: ['titleAccount'], up: 'div' }, // T§d.6 "Account" title
  ],
  accountSecurityItem: [
    '[data-testid="li-security"]', // T§d.6
    { css: 'button[role="listitem"], [role="button"]', in: 'accountDrawer', text: ['titleSecurity'] }, // T§d.6
  ],
  accountRequestInfoItem: [
    '[data-testid="li-request-account-info"]', // T§d.6
    { css: 'button[role="listitem"], [role="button"]', in: 'accountDrawer', text: ['titleRequestInfo'] }, // T§d.6
  ],
  requestInfoDrawer: [
    '[data-testid="request-account-info-drawer"], [data-testid="gdpr-request-account-info-drawer"]', // T§d.6 content not mapped: testid assumed
    { css: DRAWER_HEADER, text: ['titleRequestInfo'], up: 'div' }, // T§d.6 "Request account info" title
  ],
  securityDrawer: [
    '[data-testid="security-settings-drawer"]', // T§d.6
    { css: DRAWER_HEADER, text: ['titleSecurity'], up: 'div' }, // T§d.6 "Security" title
  ],
  securityNotificationsItem: [
    '[data-testid="security-notifications-settings-item"]', // T§d.6
    { css: '[role="button"]', in: 'securityDrawer', text: ['titleSecurityNotifications'] }, // T§d.6
    { css: 'input[role="switch"]', in: 'securityDrawer', up: '[role="button"], div' }, // T§d.6: the only switch there
  ],

  // ——— contact info (T§c) ———
  contactInfoDrawer: [
    '[data-testid="chat-info-drawer"]', // T§c WAWebContactInfoDrawer
    { css: DRAWER_HEADER, text: ['titleContactInfo'], up: 'div' }, // T§c drawer title (not recovered: assumed wording)
  ],
  contactInfoBusinessBanner: [
    '[data-testid="business-title"]', // T§c WAWebBusinessAccountBanner
    { css: 'div, span', in: 'contactInfoDrawer', text: ['bannerBusiness'] }, // T§c banner text (assumed wording)
  ],
  contactInfoBlock: [
    '[data-testid="li-block"], [data-testid="li-unblock"]', // T§c WAWebContactInfoIntegritySection
    { css: '[data-icon="block"], [data-icon="ic-block"]', in: 'contactInfoDrawer', up: '[role="button"], button, [role="listitem"]' }, // T§c icon row
  ],
  contactInfoReport: [
    '[data-testid="li-report-spam"]', // T§c
    { css: '[data-icon="thumbs-down"], [data-icon="ic-thumb-down"], [data-icon="report"]', in: 'contactInfoDrawer', up: '[role="button"], button, [role="listitem"]' }, // T§c icon row
  ],
  contactInfoAdsRow: [
    '[data-testid="contact-info-ads-disclosure-section"]', // T§c WAWebContactInfoDisclosuresSectionRow
    { css: '[data-icon="single-chevron-in-circle"]', in: 'contactInfoDrawer', up: '[role="button"], button, [role="listitem"]' }, // T§c, W§1.4
  ],
  contactInfoEncryption: [
    '[data-testid="contact-info-encryption-section"]', // T§c (testid assumed; the row's text is the signal)
    { css: '[data-icon="ic-lock"], [data-icon="ic-info"], [data-icon="lock"]', in: 'contactInfoDrawer', up: '[role="button"], button, [role="listitem"]' }, // T§c: icon + title + secondary
  ],
  contactInfoAcpRow: [
    '[data-testid="contact-info-ls-setting-row"]', // A§6.3 advanced chat privacy row (testid prop)
    { css: '[data-icon="ic-security"]', in: 'contactInfoDrawer', up: '[role="button"], button, [role="listitem"]' }, // A§6.3 WDSIconIcSecurity (name assumed)
    { css: '[role="button"], button', in: 'contactInfoDrawer', text: ['titleAdvancedChatPrivacy'] }, // A§6.3 its title
  ],
  contactInfoVerifiedName: [
    { css: '[data-icon="psa-verified-blue"], [data-icon="psa-verified"]', in: 'contactInfoDrawer' }, // T§c WAWebBusinessName badge
  ],
} as const satisfies Record<string, readonly SelectorAlternative[]>;

export type SelectorKey = keyof typeof SELECTORS;

/**
 * Where each privacy control lives on WhatsApp Web: ONE row per control. What a control IS (its values, its most private
 * value, radio or switch) stays in lib/model/privacy-controls.ts, the single source the schema, ledger, view and
 * walkthroughs read, and model may import nothing from here. So this table is keyed and typed by the model: a control
 * missing here, a radio control without a testid for one of its values (or with a value it lacks), or a switch given
 * options fails to compile. Value wordings are per value, not per control: locale-text.ts VALUE_LABELS, typed by
 * PrivacyValue, so a new value without wording fails to compile too.
 */
interface RadioRow<C extends PrivacyControlId> {
  /** The drawer listing the control's item. */
  readonly list: 'privacyDrawer';
  /** Its item there. */
  readonly item: SelectorKey;
  /** The sub-page holding its options. Row order is the order of the radio groups on a shared sub-page. */
  readonly subPage: SubPageView;
  /**
   * data-testid of each option. An option's testid matches when it equals the value's testid or ends with "-" + it
   * (a page prefix such as `about-my-contacts`, as the mock renders).
   */
  readonly options: { readonly [V in ValueOf<C>]: string };
  /**
   * On-screen option order, where documented: for builds that strip the testids and (in an unknown locale) leave
   * labels unreadable, the checked radio's position then gives the value.
   */
  readonly order?: readonly ValueOf<C>[];
}

interface SwitchRow {
  readonly list: 'privacyDrawer' | 'securityDrawer';
  /** The row holding the switch. */
  readonly item: SelectorKey;
}

type ControlRow<C extends PrivacyControlId> = WidgetOf<C> extends 'radio' ? RadioRow<C> : SwitchRow;

// T§d.4: option testids `"last-seen-" + VISIBILITY`, `"online-" + ONLINE_VISIBILITY`, WAWebPrivacyVisibilityEditDrawer
// options `everyone`, `my-contacts`…; option order as listed there.
const VISIBILITY = { everyone: 'everyone', contacts: 'my-contacts', 'contacts-except': 'my-contacts-except', nobody: 'nobody' } as const;
const VISIBILITY_ORDER = ['everyone', 'contacts', 'contacts-except', 'nobody'] as const;

const ROWS = {
  'last-seen': {
    list: 'privacyDrawer',
    item: 'privacyLastSeenItem',
    subPage: 'privacy/last-seen',
    options: {
      everyone: 'last-seen-all',
      contacts: 'last-seen-contacts',
      'contacts-except': 'last-seen-contact_blacklist',
      nobody: 'last-seen-none',
    },
    order: VISIBILITY_ORDER,
  },
  // T§d.3: one item shows both ("My contacts, Everyone"); on the sub-page online's group comes second (T§d.4).
  online: {
    list: 'privacyDrawer',
    item: 'privacyLastSeenItem',
    subPage: 'privacy/last-seen',
    options: { everyone: 'online-all', 'same-as-last-seen': 'online-match_last_seen' },
    order: ['everyone', 'same-as-last-seen'],
  },
  'profile-photo': {
    list: 'privacyDrawer',
    item: 'privacyProfilePhotoItem',
    subPage: 'privacy/profile-photo',
    options: VISIBILITY,
    order: VISIBILITY_ORDER,
  },
  about: { list: 'privacyDrawer', item: 'privacyAboutItem', subPage: 'privacy/about', options: VISIBILITY, order: VISIBILITY_ORDER },
  // Status and default-timer option testids and order were not recovered: testids assumed (as the mock,
  // tests/mock/privacy-pages.js); their labels are the real signal.
  status: {
    list: 'privacyDrawer',
    item: 'privacyStatusItem',
    subPage: 'privacy/status',
    options: {
      contacts: 'status-my-contacts',
      'contacts-except': 'status-my-contacts-except',
      'only-share-with': 'status-only-share-with',
    },
  },
  groups: {
    list: 'privacyDrawer',
    item: 'privacyGroupsItem',
    subPage: 'privacy/groups',
    options: { everyone: 'everyone', contacts: 'my-contacts', 'contacts-except': 'my-contacts-except' },
    order: ['everyone', 'contacts', 'contacts-except'],
  },
  'default-timer': {
    list: 'privacyDrawer',
    item: 'privacyDefaultTimerItem',
    subPage: 'privacy/default-timer',
    options: { 'timer-24h': 'ddm-86400', 'timer-7d': 'ddm-604800', 'timer-90d': 'ddm-7776000', off: 'ddm-0' },
  },
  'read-receipts': { list: 'privacyDrawer', item: 'privacyReadReceiptsItem' },
  'block-unknown': { list: 'privacyDrawer', item: 'privacyBlockUnknownItem' },
  'protect-ip-calls': { list: 'privacyDrawer', item: 'privacyProtectIpItem' },
  'disable-link-previews': { list: 'privacyDrawer', item: 'privacyLinkPreviewsItem' },
  'security-notifications': { list: 'securityDrawer', item: 'securityNotificationsItem' },
} as const satisfies { readonly [C in PrivacyControlId]: ControlRow<C> };

/** A row as code reads it, whatever the control. */
export interface PrivacyControlRow {
  readonly list: SwitchRow['list'];
  readonly item: SelectorKey;
  readonly subPage?: SubPageView;
  readonly options?: Partial<Record<PrivacyValue, string>>;
  readonly order?: readonly PrivacyValue[];
}

export const PRIVACY_CONTROL_ROWS: Readonly<Record<PrivacyControlId, PrivacyControlRow>> = ROWS;

/** The Privacy-list item (or switch row) of each control, as a selector key. */
export const CONTROL_ITEM_KEYS = Object.fromEntries(Object.entries(ROWS).map(([id, row]) => [id, row.item])) as Record<
  PrivacyControlId,
  SelectorKey
>;

/** The value an option's data-testid names for this control, or null. */
export function valueOfTestid(control: PrivacyControlId, testid: string | null): PrivacyValue | null {
  const options = PRIVACY_CONTROL_ROWS[control].options;
  if (!testid || !options) return null;
  const values = Object.keys(options) as PrivacyValue[];
  return values.find((v) => testid === options[v]) ?? values.find((v) => testid.endsWith(`-${options[v]}`)) ?? null;
}
