// Drives the mock WhatsApp Web (tests/mock/) through a TestPage (./page.mjs) with real clicks and
// keys only: no window.__mock shortcut in these flows, so every test walks the DOM paths the extension sees.
// Elements are found in the page by data-testid first and, when a build renders none (?notestid=1), by
// role + data-icon or by the visible text of the page's language; the click then goes to a unique
// nth-child path, so duplicates (a preloaded hidden #main) and re-created rows never confuse it.
import { AI_CHATS, CHATS, chatById } from '../../mock/chats.js';
import { makeT } from '../../mock/strings.js';
import { RADIO_PAGES, SWITCHES, optionOf, pageOfControl } from '../../mock/privacy-pages.js';

const summary = ({ id, name, jid, kind, hosting }) => ({ id, name, jid, kind, hosting: hosting ?? null });
export const MOCK_CHATS = CHATS.map(summary);
/** The 2026 chats the mock adds with ?ai=1 (mockUrl({ ai: true })): open them with openChat like any other. */
export const MOCK_AI_CHATS = AI_CHATS.map((chat) => ({ ...summary(chat), bizAi: chat.bizAi ?? null }));

/**
 * The query string of a mock URL, for session.openWhatsApp(): mockUrl({ lang: 'pt_BR', churn: 0, reset: true })
 * → '?lang=pt_BR&churn=0&reset=1'. true → '1'; false/null/undefined are left out.
 */
export function mockUrl(params = {}) {
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value === undefined || value === null || value === false) continue;
    query.set(key, value === true ? '1' : String(value));
  }
  const text = query.toString();
  return text ? `?${text}` : '';
}

function tOf(page) {
  return makeT(new URL(page.url()).searchParams.get('lang') ?? 'en');
}

// ---- in-page helpers (serialized into the page: self-contained) ----

/**
 * Finds the first visible element for spec = { scope?, scopeIndex?, candidates: [{ selector, text? }] } and
 * returns a unique CSS path to it, or null. `text` must equal the trimmed text of the element or of one of
 * its leaf descendants (icon <title>s never equal UI text).
 */
function locateInPage(spec) {
  const visible = (el) => el.getClientRects().length > 0;
  let roots = spec.scope ? [...document.querySelectorAll(spec.scope)].filter(visible) : [document];
  if (spec.scopeIndex !== undefined) roots = roots.slice(spec.scopeIndex, spec.scopeIndex + 1);
  const hasText = (el, text) =>
    [el, ...el.querySelectorAll('*')].some((d) => (d === el || d.children.length === 0) && d.textContent.trim() === text);
  const path = (el) => {
    const parts = [];
    for (let node = el; node.parentElement; node = node.parentElement) {
      parts.unshift(`${node.localName}:nth-child(${[...node.parentElement.children].indexOf(node) + 1})`);
    }
    return `html > ${parts.join(' > ')}`;
  };
  for (const { selector, text } of spec.candidates) {
    for (const root of roots) {
      for (const el of root.querySelectorAll(selector)) {
        if (visible(el) && (text === undefined || hasText(el, text))) return path(el);
      }
    }
  }
  return null;
}

/** Polls fn() in Node until it returns a truthy value. */
async function until(fn, { timeout = 10_000, what = 'condition' } = {}) {
  const deadline = Date.now() + timeout;
  for (;;) {
    const value = await fn();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`mock-driver: timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

function locate(page, spec, { timeout = 10_000, what = JSON.stringify(spec) } = {}) {
  return until(() => page.evaluate(locateInPage, spec), { timeout, what });
}

/** Locates and clicks; retries when the element was re-created between the two (chat-list churn). */
async function clickOn(page, spec, options = {}) {
  let lastError;
  for (let attempt = 0; attempt < 4; attempt += 1) {
    const path = await locate(page, spec, options);
    try {
      await page.click(options.suffix ? `${path} ${options.suffix}` : path);
      return;
    } catch (error) {
      lastError = error;
    }
  }
  throw lastError;
}

const byTestid = (testid) => ({ selector: `[data-testid="${testid}"]` });

/** True when a drawer step is showing: its title testid, or (no testids) a visible heading with its title. */
function onStepInPage({ titleTestid, title }) {
  const visible = (el) => el.getClientRects().length > 0;
  const byId = document.querySelector(`[data-testid="${titleTestid}"]`);
  if (byId) return visible(byId);
  return [...document.querySelectorAll('h1, h2')].some((el) => visible(el) && el.textContent.trim() === title);
}

const onStep = (page, titleTestid, title) => page.evaluate(onStepInPage, { titleTestid, title });
const waitStep = (page, titleTestid, title, timeout = 10_000) => page.waitFor(onStepInPage, { titleTestid, title }, { timeout });

// ---- app and chats ----

/** Waits until the loading screen gave way to the main screen with chat rows. */
export async function waitForMain(page, { timeout = 15_000 } = {}) {
  await page.waitFor(() => !!document.querySelector('#pane-side [role="grid"] [role="row"]'), undefined, { timeout });
}

/** Title text of the open chat's header, or null with no chat open. First #main is the visible one (whatsapp-dom.md §b.1); either header mode. */
export function openChatTitle(page) {
  return page.evaluate(
    () => document.querySelector('#main')?.querySelector('[data-tab="6"], [role="button"][tabindex="0"]')?.textContent ?? null,
  );
}

/** Clicks the chat's row (found by its title span) and waits for its #main. */
export async function openChat(page, chatId) {
  const chat = chatById(chatId);
  if (!chat) throw new Error(`mock-driver: unknown chat ${chatId}`);
  const row = { scope: '#pane-side', candidates: [{ selector: `[role="row"] span[title=${JSON.stringify(chat.name)}]` }] };
  const opened = async () => (await openChatTitle(page))?.includes(chat.name);
  // A row re-created during the click (list churn) detaches or gets no click event: click again.
  for (let attempt = 1; ; attempt += 1) {
    try {
      await clickOn(page, row, { what: `row of ${chatId}` });
      await until(opened, { timeout: attempt < 8 ? 1_500 : 10_000, what: `#main of ${chatId}` });
      return;
    } catch (error) {
      if (attempt >= 8) throw error;
    }
  }
}

function outgoingKeys() {
  return [...(document.querySelector('#main')?.querySelectorAll('[data-id^="true_"]') ?? [])].map((el) => el.getAttribute('data-id'));
}

async function waitNewOutgoing(page, before) {
  await page.waitFor((n) => (document.querySelector('#main')?.querySelectorAll('[data-id^="true_"]').length ?? 0) > n, before.length);
  const after = await page.evaluate(outgoingKeys);
  return after.find((key) => !before.includes(key));
}

/** Types into the compose box and presses Enter; returns the new row's data-id. */
export async function sendText(page, text) {
  const before = await page.evaluate(outgoingKeys);
  await clickOn(
    page,
    {
      scope: '#main',
      scopeIndex: 0,
      candidates: [byTestid('conversation-compose-box-input'), { selector: 'footer [contenteditable="true"][role="textbox"]' }],
    },
    { what: 'compose box' },
  );
  await page.type(text);
  await page.press('Enter');
  return waitNewOutgoing(page, before);
}

/** Sends a document, location or contact card from the attach menu; returns the new row's data-id. */
export async function sendAttachment(page, kind) {
  if (!['document', 'location', 'contact'].includes(kind)) throw new Error(`mock-driver: unknown attachment ${kind}`);
  const before = await page.evaluate(outgoingKeys);
  await clickOn(
    page,
    {
      scope: '#main',
      scopeIndex: 0,
      candidates: [{ selector: 'footer button[aria-haspopup="menu"]' }, { selector: 'footer button:has([data-icon="plus-rounded"])' }],
    },
    { what: 'attach button' },
  );
  await clickOn(
    page,
    { scope: '#main', scopeIndex: 0, candidates: [{ selector: `[role="menu"] [role="menuitem"]:has([data-icon="attach-${kind}"])` }] },
    { what: `attach ${kind}` },
  );
  return waitNewOutgoing(page, before);
}

/** Opens the contact-info drawer from the header of the open chat. */
export async function openContactInfo(page) {
  await clickOn(
    page,
    {
      scope: '#main',
      scopeIndex: 0,
      candidates: [byTestid('conversation-info-header'), { selector: '[data-tab="6"]' }, { selector: '[role="button"][tabindex="0"]' }],
    },
    { what: 'conversation info header' },
  );
  await page.waitFor(
    () =>
      !!document.querySelector('[data-testid="chat-info-drawer"]') ||
      [...document.querySelectorAll('#app h2')].some((h) => h.getClientRects().length > 0),
  );
}

/** In the open chat (biz-ai-vendor, ?ai=1), answers the business's phone-number request; waits for the share notice. */
export async function sharePhoneNumber(page) {
  const t = tOf(page);
  await clickOn(
    page,
    {
      scope: '#main',
      scopeIndex: 0,
      candidates: [byTestid('share-phone-number-button'), { selector: 'button', text: t('sharePhoneNumber') }],
    },
    { what: 'Share phone number' },
  );
  await page.waitFor(
    (text) =>
      [...(document.querySelector('#main')?.querySelectorAll('[data-id] span[dir]') ?? [])].some(
        (span) => span.textContent.trim() === text,
      ),
    t('phoneShared'),
  );
}

// ---- settings ----

const SETTINGS_BUTTON =
  'header button[data-navbar-item="true"]:has([data-icon="settings-refreshed"]), header button[data-navbar-item="true"]:has([data-icon="settings-filled-refreshed"])';

/** Nav-rail Settings: shows the settings list in drawer-left. */
export async function openSettings(page) {
  await clickOn(page, { candidates: [{ selector: SETTINGS_BUTTON }] }, { what: 'nav-rail Settings button' });
  await waitStep(page, 'drawer-title-body', tOf(page)('settings'));
}

async function openFromSettings(page, testid, labelKey, titleTestid, titleKey) {
  const t = tOf(page);
  await openSettings(page);
  await clickOn(page, { candidates: [byTestid(testid), { selector: 'button[role="listitem"]', text: t(labelKey) }] }, { what: testid });
  await waitStep(page, titleTestid, t(titleKey));
}

export const openPrivacy = (page) => openFromSettings(page, 'settings-drawer-item-privacy', 'privacy', 'drawer-title-privacy', 'privacy');
export const openAccount = (page) => openFromSettings(page, 'li-account', 'account', 'drawer-title-account', 'account');

/** Account → Security (the security-notifications switch). */
export async function openSecurity(page) {
  const t = tOf(page);
  await openAccount(page);
  await clickOn(
    page,
    { candidates: [byTestid('li-security'), { selector: 'button[role="listitem"]', text: t('securityNotifications') }] },
    { what: 'li-security' },
  );
  await waitStep(page, 'drawer-title-security', t('security'));
}

/**
 * With strict account settings on (?strict=1): Privacy, then a click on a toggle they lock; waits for the defense-mode
 * interstitial. `closeInterstitial` dismisses it.
 */
export async function openLockedToggle(page) {
  if (!(await onStep(page, 'drawer-title-privacy', tOf(page)('privacy')))) await openPrivacy(page);
  await clickOn(
    page,
    { candidates: [{ selector: '[role="button"]:has(input[role="switch"][aria-disabled="true"])' }] },
    { what: 'a locked toggle' },
  );
  await page.waitFor(() => [...document.querySelectorAll('[role="dialog"]')].some((el) => el.getClientRects().length > 0));
}

export async function closeInterstitial(page) {
  await clickOn(page, { candidates: [{ selector: '[role="dialog"] button' }] }, { what: 'the interstitial’s button' });
  await page.waitFor(() => !document.querySelector('[role="dialog"]'));
}

/** Account → Request account info → "Request report"; waits for the requested state. */
export async function requestAccountReport(page) {
  const t = tOf(page);
  await openAccount(page);
  await clickOn(
    page,
    { candidates: [byTestid('li-request-account-info'), { selector: 'button[role="listitem"]', text: t('requestAccountInfo') }] },
    { what: 'li-request-account-info' },
  );
  await waitStep(page, 'drawer-title-request-account-info', t('requestAccountInfo'));
  await clickOn(page, { candidates: [{ selector: 'button', text: t('requestReport') }] }, { what: 'Request report' });
  await page.waitFor(
    (text) => [...document.querySelectorAll('#app *')].some((el) => el.children.length === 0 && el.textContent.trim() === text),
    t('reportRequested'),
  );
}

/** Privacy → the sub-page of a radio control (last-seen, profile-photo, about, status, groups, default-timer; online → last-seen). */
export async function openPrivacySubpage(page, control) {
  const pageId = RADIO_PAGES[control] ? control : pageOfControl(control);
  if (!pageId) throw new Error(`mock-driver: ${control} has no privacy sub-page`);
  const t = tOf(page);
  const spec = RADIO_PAGES[pageId];
  if (!(await onStep(page, 'drawer-title-privacy', t('privacy')))) await openPrivacy(page);
  await clickOn(
    page,
    { candidates: [byTestid(spec.item), { selector: '[role="button"]', text: t(spec.itemTitle ?? spec.title) }] },
    { what: spec.item },
  );
  await waitStep(page, spec.titleTestid, t(spec.title));
}

function optionSpec(t, found) {
  return {
    scope: '[role="radiogroup"]',
    scopeIndex: found.groupIndex,
    candidates: [byTestid(found.testid), { selector: 'button:not([role])', text: t(found.option.label) }],
  };
}

/** Chooses a radio value (lib/privacy/controls.ts vocabulary) on its sub-page, opening it when needed. */
export async function chooseOption(page, control, value) {
  const found = optionOf(control, value);
  if (!found) throw new Error(`mock-driver: ${control} has no option ${value}`);
  const t = tOf(page);
  const spec = RADIO_PAGES[found.page];
  if (!(await onStep(page, spec.titleTestid, t(spec.title)))) await openPrivacySubpage(page, found.page);
  const where = optionSpec(t, found);
  await clickOn(page, where, { what: found.testid });
  const checked = await locate(page, where, { what: found.testid });
  await page.waitFor((path) => document.querySelector(`${path} [role="radio"]`)?.getAttribute('aria-checked') === 'true', checked);
}

/** Sets a switch (read-receipts, block-unknown, protect-ip-calls, disable-link-previews, security-notifications) by clicking it. */
export async function setSwitch(page, control, on) {
  const spec = SWITCHES[control];
  if (!spec) throw new Error(`mock-driver: unknown switch ${control}`);
  const t = tOf(page);
  if (spec.page === 'privacy' && !(await onStep(page, 'drawer-title-privacy', t('privacy')))) await openPrivacy(page);
  if (spec.page === 'security' && !(await onStep(page, 'drawer-title-security', t('security')))) await openSecurity(page);
  const where = { candidates: [byTestid(spec.item), { selector: '[role="button"]:has(input[role="switch"])', text: t(spec.title) }] };
  const row = await locate(page, where, { what: spec.item });
  const state = () => page.evaluate((path) => document.querySelector(`${path} input[role="switch"]`)?.getAttribute('aria-checked'), row);
  if ((await state()) !== String(on)) await clickOn(page, where, { what: spec.item, suffix: 'input[role="switch"]' });
  await page.waitFor((args) => document.querySelector(`${args.row} input[role="switch"]`)?.getAttribute('aria-checked') === args.want, {
    row,
    want: String(on),
  });
}

const visibleHeading = (page) =>
  page.evaluate(() => [...document.querySelectorAll('#app h1')].find((h) => h.getClientRects().length > 0)?.textContent ?? null);

/** The back arrow of the current drawer step; waits for the previous step. */
export async function goBack(page) {
  const before = await visibleHeading(page);
  await clickOn(page, { candidates: [{ selector: 'header button:has([data-icon="back-refreshed"])' }] }, { what: 'back button' });
  await until(async () => (await visibleHeading(page)) !== before, { what: 'the previous drawer step' });
}

/** The settings as the mock holds them (controls.ts vocabulary, plus 'account-report': none|requested). */
export function mockState(page) {
  return page.evaluate(() => window.__mock.state());
}
