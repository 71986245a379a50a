// The current value of every privacy control the page shows, read with confidence or not at all.
// Language-independent first: on a sub-page the checked `button[role=radio][aria-checked=true]` and its option
// testid, a switch's `aria-checked` (never its stale `checked` attribute); then localized labels; then the
// documented option order. Sources: docs/research/whatsapp-dom.md §d.3–d.6.
import { PRIVACY_CONTROL_IDS, privacyControl, type PrivacyControlId, type PrivacyValue } from '../../model/privacy-controls';
import { VALUE_LABELS } from '../locale-text';
import { findAll, findControlItem, findFirst, findSubPage, optionMatchesValue, optionOf, radioGroupFor } from '../query';
import { PRIVACY_CONTROL_ROWS, valueOfTestid, type PrivacyControlRow } from '../selectors';
import { isLabel, labelTexts, LIST_SEPARATOR } from '../text';

export interface PrivacyReading {
  control: PrivacyControlId;
  value: PrivacyValue;
}

/** The one value of `control` whose wording is `text`, or null (none or ambiguous). */
export function valueFromLabel(control: PrivacyControlId, text: string): PrivacyValue | null {
  const hits = privacyControl(control).values.filter((v) => VALUE_LABELS[v].some((key) => isLabel(text, key)));
  return hits.length === 1 ? hits[0]! : null;
}

function readRadio(root: ParentNode, control: PrivacyControlId): PrivacyValue | null {
  const group = radioGroupFor(root, control);
  if (!group) return null;
  const radios = findAll(group, 'radioOption');
  const checked = radios.filter((radio) => radio.getAttribute('aria-checked') === 'true');
  if (checked.length !== 1) return null;
  const option = optionOf(checked[0]!);
  const byTestid = valueOfTestid(control, option.getAttribute('data-testid'));
  if (byTestid) return byTestid;
  const byLabel = privacyControl(control).values.filter((value) => optionMatchesValue(option, value));
  if (byLabel.length === 1) return byLabel[0]!;
  const order = PRIVACY_CONTROL_ROWS[control].order;
  return order && order.length === radios.length ? order[radios.indexOf(checked[0]!)]! : null;
}

function readSwitch(item: Element): PrivacyValue | null {
  const input = findFirst(item, 'switchInput');
  const state = input?.getAttribute('aria-checked');
  return state === 'true' ? 'on' : state === 'false' ? 'off' : null;
}

/**
 * The Privacy list's "Last seen and online" line: the last-seen value, then ", " + online only when last seen is
 * not Everyone and online is Everyone (whatsapp-dom.md §d.3). A lone value other than Everyone implies "Same as last seen".
 */
export function parseLastSeenLine(text: string): PrivacyReading[] {
  const whole = valueFromLabel('last-seen', text);
  if (whole) {
    return whole === 'everyone'
      ? [{ control: 'last-seen', value: whole }]
      : [
          { control: 'last-seen', value: whole },
          { control: 'online', value: 'same-as-last-seen' },
        ];
  }
  for (const match of text.matchAll(LIST_SEPARATOR)) {
    const lastSeen = valueFromLabel('last-seen', text.slice(0, match.index));
    const online = valueFromLabel('online', text.slice(match.index + match[0].length));
    if (lastSeen && lastSeen !== 'everyone' && online === 'everyone') {
      return [
        { control: 'last-seen', value: lastSeen },
        { control: 'online', value: online },
      ];
    }
  }
  return [];
}

function readListItem(root: ParentNode, control: PrivacyControlId): PrivacyReading[] {
  const item = findControlItem(root, control);
  if (!item) return [];
  if (privacyControl(control).widget === 'switch') {
    const value = readSwitch(item);
    return value ? [{ control, value }] : [];
  }
  for (const text of labelTexts(item)) {
    if (control === 'last-seen') {
      const readings = parseLastSeenLine(text);
      if (readings.length > 0) return readings;
    } else {
      const value = valueFromLabel(control, text);
      if (value) return [{ control, value }];
    }
  }
  return [];
}

/**
 * The controls a list drawer shows, one per item: a control sharing an earlier control's item (online, on last seen's
 * line) is read from that line.
 */
function listedControls(list: PrivacyControlRow['list']): PrivacyControlId[] {
  const row = (id: PrivacyControlId) => PRIVACY_CONTROL_ROWS[id];
  return PRIVACY_CONTROL_IDS.filter(
    (id, i) => row(id).list === list && PRIVACY_CONTROL_IDS.findIndex((other) => row(other).item === row(id).item) === i,
  );
}

const LISTS = ['privacyDrawer', 'securityDrawer'] as const satisfies readonly PrivacyControlRow['list'][];

/** Every privacy value the open settings step shows, each read with confidence. */
export function detectPrivacyValues(root: ParentNode): PrivacyReading[] {
  const sub = findSubPage(root);
  if (sub?.page) {
    return sub.page.controls.flatMap((control) => {
      const value = readRadio(root, control);
      return value ? [{ control, value }] : [];
    });
  }
  const list = LISTS.find((key) => findFirst(root, key));
  return list ? listedControls(list).flatMap((control) => readListItem(root, control)) : [];
}
