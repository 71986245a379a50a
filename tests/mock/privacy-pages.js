// The privacy and account settings the mock offers, as data: which control each WhatsApp item holds,
// the item and option testids (whatsapp-dom.md §d.3–d.6), and the value vocabulary of
// lib/model/privacy-controls.ts. Pure data: the e2e driver imports this file in Node too.

/** Values a fresh account has (?reset=1). */
export const DEFAULT_VALUES = {
  'last-seen': 'everyone',
  online: 'everyone',
  'profile-photo': 'everyone',
  about: 'everyone',
  status: 'contacts',
  groups: 'everyone',
  'default-timer': 'off',
  'read-receipts': 'on',
  'block-unknown': 'off',
  'protect-ip-calls': 'off',
  'disable-link-previews': 'off',
  'security-notifications': 'off',
};

/** "My contacts except..." and "Only share with..." open a contact picker on WhatsApp; the mock picks these counts. */
export const EXCLUDED_COUNT = 2;
export const SELECTED_COUNT = 3;

const VISIBILITY = [
  { value: 'everyone', suffix: 'everyone', label: 'everyone' },
  { value: 'contacts', suffix: 'my-contacts', label: 'myContacts' },
  { value: 'contacts-except', suffix: 'my-contacts-except', label: 'myContactsExcept' },
  { value: 'nobody', suffix: 'nobody', label: 'nobody' },
];

/**
 * Radio sub-pages, keyed by the page's control id (lib/model/privacy-controls.ts). Each group is one radiogroup;
 * option testid = prefix + suffix. Last seen (§d.4) and Profile picture / About / Groups (§d.4, WAWebPrivacyVisibilityEditDrawer)
 * are from the doc; Status and Default message timer testids are assumed (README.md).
 */
export const RADIO_PAGES = {
  'last-seen': {
    item: 'last-seen-and-online-privacy-settings-item',
    titleTestid: 'drawer-title',
    title: 'lastSeenOnline',
    note: 'lastSeenNote',
    groups: [
      {
        control: 'last-seen',
        prefix: 'last-seen-',
        heading: 'whoLastSeen',
        options: [
          { value: 'everyone', suffix: 'all', label: 'everyone' },
          { value: 'contacts', suffix: 'contacts', label: 'myContacts' },
          { value: 'contacts-except', suffix: 'contact_blacklist', label: 'myContactsExcept' },
          { value: 'nobody', suffix: 'none', label: 'nobody' },
        ],
      },
      {
        control: 'online',
        prefix: 'online-',
        heading: 'whoOnline',
        options: [
          { value: 'everyone', suffix: 'all', label: 'everyone' },
          { value: 'same-as-last-seen', suffix: 'match_last_seen', label: 'sameAsLastSeen' },
        ],
      },
    ],
  },
  'profile-photo': {
    item: 'profile-photo-privacy-settings-item',
    titleTestid: 'drawer-title-profilePicture',
    title: 'profilePicture',
    groups: [{ control: 'profile-photo', prefix: 'profile-photo-', heading: 'whoProfilePicture', options: VISIBILITY }],
  },
  about: {
    item: 'about-privacy-settings-item',
    titleTestid: 'drawer-title-about',
    title: 'about',
    groups: [{ control: 'about', prefix: 'about-', heading: 'whoAbout', options: VISIBILITY }],
  },
  status: {
    item: 'status-posting-privacy-settings-item',
    titleTestid: 'drawer-title-status',
    title: 'statusPrivacy',
    itemTitle: 'status',
    note: 'statusNote',
    groups: [
      {
        control: 'status',
        prefix: 'status-',
        heading: 'whoStatus',
        options: [
          { value: 'contacts', suffix: 'my-contacts', label: 'myContacts' },
          { value: 'contacts-except', suffix: 'my-contacts-except', label: 'myContactsExcept' },
          { value: 'only-share-with', suffix: 'only-share-with', label: 'onlyShareWith' },
        ],
      },
    ],
  },
  groups: {
    item: 'groups-privacy-settings-item',
    titleTestid: 'drawer-title-groupAdd',
    title: 'groups',
    note: 'groupsNote',
    // No "Nobody" for groups (§d.4).
    groups: [{ control: 'groups', prefix: 'groups-', heading: 'whoGroups', options: VISIBILITY.slice(0, 3) }],
  },
  'default-timer': {
    item: 'ddm-settings-item',
    titleTestid: 'drawer-title-ddm',
    title: 'defaultTimer',
    intro: 'ddmIntro',
    groups: [
      {
        control: 'default-timer',
        prefix: 'ddm-',
        heading: 'defaultTimer',
        options: [
          { value: 'timer-24h', suffix: '86400', label: 'timer24h' },
          { value: 'timer-7d', suffix: '604800', label: 'timer7d' },
          { value: 'timer-90d', suffix: '7776000', label: 'timer90d' },
          { value: 'off', suffix: '0', label: 'off' },
        ],
      },
    ],
  },
};

/**
 * The switches strict account settings turn on and lock (?strict=1; docs/research/ai-2026.md §9.1 names what it locks).
 * Its radio controls are left as they are: whether it pins them at exactly "My contacts" is not known.
 */
export const STRICT_LOCKED = ['block-unknown', 'protect-ip-calls', 'disable-link-previews', 'security-notifications'];

/** Switches (§d.3, §d.5, §d.6): the row testid and where the row lives. */
export const SWITCHES = {
  'read-receipts': { item: 'read-receipts-privacy-settings-item', page: 'privacy', title: 'readReceipts', desc: 'readReceiptsDesc' },
  'block-unknown': {
    item: 'anti-brigading-privacy-settings-item',
    page: 'privacy',
    title: 'blockUnknown',
    desc: 'blockUnknownDesc',
    learnMore: true,
  },
  'protect-ip-calls': {
    item: 'protect-ip-in-calls-privacy-settings-item',
    page: 'privacy',
    title: 'protectIp',
    desc: 'protectIpDesc',
    learnMore: true,
  },
  'disable-link-previews': {
    item: 'disable-link-preview-privacy-settings-item',
    page: 'privacy',
    title: 'linkPreviews',
    desc: 'linkPreviewsDesc',
    learnMore: true,
  },
  'security-notifications': {
    item: 'security-notifications-settings-item',
    page: 'security',
    title: 'showSecurityNotifications',
    desc: 'securityNotificationsDesc',
    learnMore: true,
  },
};

/** The sub-page (RADIO_PAGES key) that holds a radio control: online lives on the last-seen page. */
export function pageOfControl(control) {
  return Object.keys(RADIO_PAGES).find((page) => RADIO_PAGES[page].groups.some((g) => g.control === control));
}

/** The radiogroup and option of one control value, or undefined. */
export function optionOf(control, value) {
  const page = pageOfControl(control);
  if (!page) return undefined;
  const groupIndex = RADIO_PAGES[page].groups.findIndex((g) => g.control === control);
  const group = RADIO_PAGES[page].groups[groupIndex];
  const optionIndex = group.options.findIndex((o) => o.value === value);
  if (optionIndex < 0) return undefined;
  return {
    page,
    group,
    groupIndex,
    option: group.options[optionIndex],
    optionIndex,
    testid: group.prefix + group.options[optionIndex].suffix,
  };
}

/**
 * The secondary line of a privacy item (§d.3 `R()`): the value label; for last seen, plus ", " + online
 * when last seen is not Everyone and online is Everyone.
 */
export function itemValueText(page, values, t) {
  const label = (control) => {
    const value = values[control];
    if (value === 'contacts-except') return EXCLUDED_COUNT === 1 ? t('excludedOne') : t('excludedMany', { count: EXCLUDED_COUNT });
    if (value === 'only-share-with') return t('selectedMany', { count: SELECTED_COUNT });
    return t(optionOf(control, value).option.label);
  };
  if (page === 'last-seen') {
    const lastSeen = label('last-seen');
    return values['last-seen'] !== 'everyone' && values.online === 'everyone' ? `${lastSeen}, ${label('online')}` : lastSeen;
  }
  return label(RADIO_PAGES[page].groups[0].control);
}
