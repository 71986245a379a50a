// Runs the selector table (selectors.ts): alternatives in order, the first that matches wins.
// Shared by detection and the walkthrough guide, so both see the page the same way.
import { privacyControl, type PrivacyControlId, type PrivacyValue } from '../model/privacy-controls';
import { VALUE_LABELS } from './locale-text';
import {
  CONTROL_ITEM_KEYS,
  PRIVACY_CONTROL_ROWS,
  PRIVACY_SUB_PAGES,
  SELECTORS,
  type Alternative,
  type SelectorKey,
  type SubPageView,
  valueOfTestid,
} from './selectors';
import { hasLabel, isLabel } from './text';

export function asAlternative(alt: string | Alternative): Alternative {
  return typeof alt === 'string' ? { css: alt } : alt;
}

/** An inline display:none or a `hidden` attribute, as React's <Activity mode="hidden"> leaves them (whatsapp-dom.md §b.1). */
const HIDDEN = '[hidden], [style*="display: none" i], [style*="display:none" i]';

/**
 * Hidden by an ancestor the way React's <Activity mode="hidden"> hides a preloaded second #main
 * (whatsapp-dom.md §b.1): an inline display:none or a `hidden` attribute. One native closest(): no style object
 * is read and no layout is forced.
 */
export function isHiddenByAncestor(element: Element): boolean {
  return element.closest(HIDDEN) !== null;
}

function labelled(element: Element, keys: Alternative['text']): boolean {
  if (!keys) return true;
  for (const attr of ['aria-label', 'title']) {
    const value = element.getAttribute(attr);
    if (value && keys.some((key) => isLabel(value, key))) return true;
  }
  return hasLabel(element, keys);
}

/**
 * The element a match of `alt` stands for (itself, or its `up` ancestor), or null when a filter refuses it. Cheapest
 * checks first. `hidden`: the hiding elements inside the searched scope, when the caller listed them (many matches).
 */
function accept(match: Element, alt: Alternative, hidden?: readonly Element[]): Element | null {
  if ((alt.has && !match.querySelector(alt.has)) || (alt.lacks && match.querySelector(alt.lacks))) return null;
  const isHidden = hidden ? hidden.some((element) => element.contains(match)) : isHiddenByAncestor(match);
  if (isHidden || !labelled(match, alt.text)) return null;
  return alt.up ? match.closest(alt.up) : match;
}

/** Above this many matches, the hiding elements of the scope are listed once instead of climbing from each match. */
const FEW_MATCHES = 4;

/** The elements that hide things inside `scope`, or null when the scope itself is hidden (so is all of it). */
function hidingElements(scope: ParentNode): Element[] | null {
  if (scope.nodeType === 1 && isHiddenByAncestor(scope as Element)) return null;
  return [...scope.querySelectorAll(HIDDEN)];
}

/**
 * Where an alternative with `in` searches: that key's element inside root, or root itself when the caller
 * already passed that element (or something inside it), e.g. findFirst(drawer, 'contactInfoBusinessBanner').
 */
function scopeOf(root: ParentNode, key: SelectorKey): ParentNode | null {
  const inner = findFirst(root, key);
  if (inner) return inner;
  if (root.nodeType !== 1) return null;
  return isInside(root as Element, key) ? root : null;
}

/**
 * `element` is (inside) one of findAll(document, key), found by walking up from it rather than querying the whole
 * document: each plain alternative is tried on the element's ancestors, and one that matches elsewhere ends the search
 * as it ends findAll. Alternatives that search in another key, climb (`up`) or read labels take the full query.
 */
function isInside(element: Element, key: SelectorKey): boolean {
  for (const alt of SELECTORS[key].map(asAlternative)) {
    if (alt.in || alt.up || alt.text) return findAll(element.ownerDocument, key).some((outer) => outer.contains(element));
    for (let outer = element.closest(alt.css); outer; outer = outer.parentElement?.closest(alt.css) ?? null) {
      if (accept(outer, alt)) return true;
    }
    if (firstOf(element.ownerDocument, alt)) return false;
  }
  return false;
}

/** The matches of one alternative (exported for the selector meta-test). */
export function runAlternative(root: ParentNode, alt: Alternative): Element[] {
  const scope = alt.in ? scopeOf(root, alt.in as SelectorKey) : root;
  if (!scope) return [];
  const matches = scope.querySelectorAll(alt.css);
  const hidden = matches.length > FEW_MATCHES ? hidingElements(scope) : undefined;
  if (hidden === null) return [];
  const out: Element[] = [];
  for (const match of matches) {
    const element = accept(match, alt, hidden);
    // Only climbing (`up`) can reach one element twice.
    if (element && (!alt.up || !out.includes(element))) out.push(element);
  }
  // A label also "belongs" to every ancestor of its element: keep the innermost matches only.
  return alt.text ? out.filter((el) => !out.some((other) => other !== el && el.contains(other))) : out;
}

/**
 * The first match of one alternative, checking candidates only until one passes. A labelled alternative keeps its
 * innermost matches only, which needs them all.
 */
function firstOf(root: ParentNode, alt: Alternative): Element | null {
  if (alt.text) return runAlternative(root, alt)[0] ?? null;
  const scope = alt.in ? scopeOf(root, alt.in as SelectorKey) : root;
  const first = scope?.querySelector(alt.css);
  if (!scope || !first) return null;
  const element = accept(first, alt);
  if (element) return element;
  for (const match of scope.querySelectorAll(alt.css)) {
    const found = match !== first && accept(match, alt);
    if (found) return found;
  }
  return null;
}

/** All matches of the first alternative that matches anything, in document order. */
export function findAll(root: ParentNode, key: SelectorKey): Element[] {
  for (const alt of SELECTORS[key]) {
    const found = runAlternative(root, asAlternative(alt));
    if (found.length > 0) return found;
  }
  return [];
}

/**
 * Whether `node` is or holds an element that some alternative of `key` names by its CSS alone (no label, visibility
 * or scope test): a cheap pre-check that never misses a match, to tell whether a change is worth a look at all.
 */
export function mayHold(node: Node, key: SelectorKey): boolean {
  if (node.nodeType !== 1) return false;
  const element = node as Element;
  return SELECTORS[key].some((alt) => {
    const { css } = asAlternative(alt);
    return element.matches(css) || element.querySelector(css) !== null;
  });
}

/** How many elements each key matches (findAll), keys matching nothing left out: the shape a fixture page states. */
export function selectorCounts(root: ParentNode): Partial<Record<SelectorKey, number>> {
  const counts: Partial<Record<SelectorKey, number>> = {};
  for (const key of Object.keys(SELECTORS) as SelectorKey[]) {
    const n = findAll(root, key).length;
    if (n > 0) counts[key] = n;
  }
  return counts;
}

/** The first match of the first alternative that matches (findAll(root, key)[0], without finding the rest). */
export function findFirst(root: ParentNode, key: SelectorKey): Element | null {
  for (const alt of SELECTORS[key]) {
    const found = firstOf(root, asAlternative(alt));
    if (found) return found;
  }
  return null;
}

/** The Privacy-list item or switch row of a control. */
export function findControlItem(root: ParentNode, control: PrivacyControlId): Element | null {
  return findFirst(root, CONTROL_ITEM_KEYS[control]);
}

/** A privacy sub-page and its controls, in the order of their radio groups there (the control table's row order). */
export interface PrivacySubPage {
  readonly view: SubPageView;
  readonly controls: readonly PrivacyControlId[];
}

const SUB_PAGES: readonly PrivacySubPage[] = (Object.keys(PRIVACY_SUB_PAGES) as SubPageView[]).map((view) => ({
  view,
  controls: (Object.keys(PRIVACY_CONTROL_ROWS) as PrivacyControlId[]).filter((id) => PRIVACY_CONTROL_ROWS[id].subPage === view),
}));

/** The open privacy sub-page and which one it is (testids first, then its header title), or null. */
export function findSubPage(root: ParentNode): { drawer: Element; page: PrivacySubPage | null } | null {
  const drawer = findFirst(root, 'privacySubDrawer');
  if (!drawer) return null;
  const byTestid = SUB_PAGES.find((page) => drawer.querySelector(PRIVACY_SUB_PAGES[page.view].css));
  if (byTestid) return { drawer, page: byTestid };
  const title = findFirst(drawer, 'subDrawerTitle');
  const byTitle = title ? SUB_PAGES.find((page) => hasLabel(title, [PRIVACY_SUB_PAGES[page.view].title])) : undefined;
  return { drawer, page: byTitle ?? null };
}

/**
 * The radio group of a control on its open sub-page. The "Last seen and online" page holds two groups:
 * last seen first, online second (whatsapp-dom.md §d.4).
 */
export function radioGroupFor(root: ParentNode, control: PrivacyControlId): Element | null {
  const sub = findSubPage(root);
  if (!sub?.page || !sub.page.controls.includes(control)) return null;
  const groups = findAll(sub.drawer, 'radioGroup');
  if (sub.page.controls.length === 1) return groups.length === 1 ? groups[0]! : null;
  return groups[sub.page.controls.indexOf(control)] ?? null;
}

/** The clickable option around a radio button: the nearest ancestor button (whatsapp-dom.md §d.4 visibilityOption), else the radio. */
export function optionOf(radio: Element): Element {
  return radio.parentElement?.closest('button, [role="button"]') ?? radio;
}

/** The option's label pieces, read from the option element only (never the whole drawer). */
export function optionMatchesValue(option: Element, value: PrivacyValue): boolean {
  const keys = VALUE_LABELS[value];
  return keys.length > 0 && hasLabel(option, keys);
}

/**
 * The element to click to give a control a value: the radio option on its sub-page (by testid, then by its
 * localized label, then by documented position), or for a switch control the switch itself — a switch toggles,
 * so the caller compares the current value first.
 */
export function findOption(root: ParentNode, control: PrivacyControlId, value: PrivacyValue): Element | null {
  const spec = privacyControl(control);
  if (!(spec.values as readonly PrivacyValue[]).includes(value)) return null;
  if (spec.widget === 'switch') {
    const item = findControlItem(root, control);
    return item ? (findFirst(item, 'switchInput') ?? item) : null;
  }
  const group = radioGroupFor(root, control);
  if (!group) return null;
  const options = findAll(group, 'radioOption').map(optionOf);
  const byTestid = options.find((option) => valueOfTestid(control, option.getAttribute('data-testid')) === value);
  if (byTestid) return byTestid;
  const byLabel = options.find((option) => optionMatchesValue(option, value));
  if (byLabel) return byLabel;
  const order = PRIVACY_CONTROL_ROWS[control].order;
  return order && order.length === options.length ? (options[order.indexOf(value)] ?? null) : null;
}
