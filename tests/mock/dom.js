// DOM helpers: element builder and the two icon families of whatsapp-dom.md §0.
// Classes that start with `mk-` are the mock's own styling hooks and never exist on WhatsApp Web;
// every other class is an atomic class copied from the doc.

let omitTestids = false;

/** ?notestid=1: builds without any data-testid, as many 2023–25 builds rendered (what-whatsapp-shares.md §1.1). */
export function setOmitTestids(on) {
  omitTestids = on;
}

/**
 * h('div', { class: 'a b', 'data-testid': 'x', onclick: fn, props: { checked: true } }, ...children)
 * Attribute values null/undefined/false are skipped; everything else is set as a string, in the given order.
 */
export function h(tag, attrs = {}, ...children) {
  const el = document.createElement(tag);
  applyAttrs(el, attrs);
  append(el, children);
  return el;
}

function applyAttrs(el, attrs) {
  for (const [key, value] of Object.entries(attrs ?? {})) {
    if (value === null || value === undefined || value === false) continue;
    if (key === 'props') Object.assign(el, value);
    else if (key.startsWith('on') && typeof value === 'function') el.addEventListener(key.slice(2), value);
    else if (key === 'data-testid' && omitTestids) continue;
    else el.setAttribute(key, String(value));
  }
}

export function append(el, children) {
  for (const child of children.flat(Infinity)) {
    if (child === null || child === undefined || child === false) continue;
    el.append(typeof child === 'string' || typeof child === 'number' ? document.createTextNode(String(child)) : child);
  }
  return el;
}

const SVG = 'http://www.w3.org/2000/svg';

function svgEl(tag, attrs) {
  const el = document.createElementNS(SVG, tag);
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, String(v));
  return el;
}

// Simple glyphs drawn for the mock (24×24). Not WhatsApp's artwork: only the names matter for detection.
const S = { fill: 'none', stroke: 'currentColor', 'stroke-width': 2, 'stroke-linecap': 'round', 'stroke-linejoin': 'round' };
const F = { fill: 'currentColor' };
const lock = [
  ['rect', { x: 5, y: 11, width: 14, height: 10, rx: 2, ...F }],
  ['path', { d: 'M8 11V7a4 4 0 0 1 8 0v4', ...S }],
];
const person = [
  ['circle', { cx: 12, cy: 9, r: 4, ...F }],
  ['path', { d: 'M4 21c0-4.4 3.6-7 8-7s8 2.6 8 7z', ...F }],
];
const chat = [['path', { d: 'M4 5h16v11H9l-5 4z', ...S }]];
const gear = [
  ['circle', { cx: 12, cy: 12, r: 3, ...S }],
  ['path', { d: 'M12 2v3M12 19v3M2 12h3M19 12h3M4.9 4.9l2.1 2.1M17 17l2.1 2.1M4.9 19.1 7 17M17 7l2.1-2.1', ...S }],
];
const radioOff = [['circle', { cx: 12, cy: 12, r: 9, ...S }]];
const check = [['path', { d: 'M5 12.5l4.5 4.5L19 7.5', ...S }]];
const GLYPHS = {
  'ic-lock': lock,
  'ic-lock-filled': lock,
  'lock-refreshed': lock,
  'default-contact-refreshed': person,
  'default-group-refreshed': [
    ['circle', { cx: 8, cy: 9, r: 3, ...F }],
    ['circle', { cx: 16, cy: 9, r: 3, ...F }],
    ['path', { d: 'M2 20c0-3.5 2.7-6 6-6s6 2.5 6 6zM12 20c0-3.5 2.7-6 6-6s6 2.5 6 6z', ...F }],
  ],
  'default-newsletter': [
    ['path', { d: 'M4 10v4h3l7 4V6l-7 4z', ...F }],
    ['path', { d: 'M17 9a4 4 0 0 1 0 6', ...S }],
  ],
  'wds-ic-chat': chat,
  'wds-ic-chat-filled': [['path', { d: 'M4 5h16v11H9l-5 4z', ...F }]],
  'chat-refreshed': chat,
  'wds-ic-status': [
    ['circle', { cx: 12, cy: 12, r: 9, ...S, 'stroke-dasharray': '4 2' }],
    ['circle', { cx: 12, cy: 12, r: 4, ...F }],
  ],
  'wds-ic-status-filled': [['circle', { cx: 12, cy: 12, r: 9, ...F }]],
  'wds-ic-channels': [['path', { d: 'M4 10v4h3l7 4V6l-7 4z', ...S }]],
  'wds-ic-communities': [
    ['circle', { cx: 12, cy: 8, r: 3, ...S }],
    ['circle', { cx: 6, cy: 16, r: 3, ...S }],
    ['circle', { cx: 18, cy: 16, r: 3, ...S }],
  ],
  'wds-ic-meta-ai': [['circle', { cx: 12, cy: 12, r: 8, ...S, 'stroke-width': 3 }]],
  'settings-refreshed': gear,
  'settings-filled-refreshed': [['circle', { cx: 12, cy: 12, r: 6, ...F }], ...gear.slice(1)],
  'ic-search': [
    ['circle', { cx: 10.5, cy: 10.5, r: 6, ...S }],
    ['path', { d: 'M15 15l5 5', ...S }],
  ],
  'ic-more-vert': [
    ['circle', { cx: 12, cy: 5, r: 1.8, ...F }],
    ['circle', { cx: 12, cy: 12, r: 1.8, ...F }],
    ['circle', { cx: 12, cy: 19, r: 1.8, ...F }],
  ],
  'new-chat-outline': [
    ['path', { d: 'M4 5h11M4 5v14l4-3h12V11', ...S }],
    ['path', { d: 'M18 3v6M15 6h6', ...S }],
  ],
  'ic-video-call': [
    ['rect', { x: 3, y: 7, width: 12, height: 10, rx: 2, ...S }],
    ['path', { d: 'M15 11l6-3v8l-6-3z', ...S }],
  ],
  'psa-verified-blue': [
    ['circle', { cx: 12, cy: 12, r: 10, fill: '#0866ff' }],
    [
      'path',
      {
        d: 'M7.5 12.5l3 3 6-6.5',
        fill: 'none',
        stroke: '#fff',
        'stroke-width': 2.2,
        'stroke-linecap': 'round',
        'stroke-linejoin': 'round',
      },
    ],
  ],
  'single-chevron-in-circle': [
    ['circle', { cx: 12, cy: 12, r: 9, ...S }],
    ['path', { d: 'M10.5 8l4 4-4 4', ...S }],
  ],
  'info-refreshed': [
    ['circle', { cx: 12, cy: 12, r: 9, ...S }],
    ['path', { d: 'M12 11v6M12 7.5v.5', ...S }],
  ],
  'ic-info': [
    ['circle', { cx: 12, cy: 12, r: 9, ...S }],
    ['path', { d: 'M12 11v6M12 7.5v.5', ...S }],
  ],
  chevron: [['path', { d: 'M9 6l6 6-6 6', ...S }]],
  'back-refreshed': [['path', { d: 'M20 12H5M11 6l-6 6 6 6', ...S }]],
  'ic-close': [['path', { d: 'M6 6l12 12M18 6L6 18', ...S }]],
  'tail-in': [['path', { d: 'M24 0H8l16 12z', ...F }]],
  'tail-out': [['path', { d: 'M0 0h16L0 12z', ...F }]],
  'msg-check': check,
  'msg-dblcheck': [['path', { d: 'M2 12.5l4.5 4.5L16 7.5M11 16l1 1 9.5-9.5', ...S }]],
  'plus-rounded': [['path', { d: 'M12 5v14M5 12h14', ...S }]],
  'wds-ic-sticker-smiley': [
    ['circle', { cx: 12, cy: 12, r: 9, ...S }],
    ['path', { d: 'M8.5 14a4 4 0 0 0 7 0M9 9.5v.5M15 9.5v.5', ...S }],
  ],
  'mic-outlined': [
    ['rect', { x: 9, y: 3, width: 6, height: 11, rx: 3, ...S }],
    ['path', { d: 'M5 11a7 7 0 0 0 14 0M12 18v3', ...S }],
  ],
  'wds-ic-send-filled': [['path', { d: 'M3 20l18-8L3 4v6l12 2-12 2z', ...F }]],
  'ic-radio-button-checked': [...radioOff, ['circle', { cx: 12, cy: 12, r: 5, ...F }]],
  'ic-radio-button-unchecked': radioOff,
  'document-refreshed': [
    ['path', { d: 'M6 3h8l4 4v14H6z', ...S }],
    ['path', { d: 'M14 3v4h4M9 12h6M9 16h6', ...S }],
  ],
  'attach-document': [['path', { d: 'M6 3h8l4 4v14H6z', ...F }]],
  location: [
    ['path', { d: 'M12 22s7-7 7-12a7 7 0 0 0-14 0c0 5 7 12 7 12z', ...F }],
    ['circle', { cx: 12, cy: 10, r: 2.5, fill: '#fff' }],
  ],
  'attach-location': [['path', { d: 'M12 22s7-7 7-12a7 7 0 0 0-14 0c0 5 7 12 7 12z', ...F }]],
  'attach-contact': person,
  'ic-block': [
    ['circle', { cx: 12, cy: 12, r: 9, ...S }],
    ['path', { d: 'M5.6 5.6l12.8 12.8', ...S }],
  ],
  'ic-thumb-down': [['path', { d: 'M10 15H5l1.5-9H17v8l-4 6-1-1z', ...S }]],
  'key-refreshed': [
    ['circle', { cx: 8, cy: 12, r: 4, ...S }],
    ['path', { d: 'M12 12h9M18 12v3M21 12v2', ...S }],
  ],
  'notifications-refreshed': [
    ['path', { d: 'M6 17V11a6 6 0 0 1 12 0v6l2 2H4z', ...S }],
    ['path', { d: 'M10 21h4', ...S }],
  ],
  'keyboard-refreshed': [
    ['rect', { x: 2, y: 6, width: 20, height: 12, rx: 2, ...S }],
    ['path', { d: 'M6 10h.5M10 10h.5M14 10h.5M18 10h.5M7 14h10', ...S }],
  ],
  'help-refreshed': [
    ['circle', { cx: 12, cy: 12, r: 9, ...S }],
    ['path', { d: 'M9.5 9.5a2.5 2.5 0 1 1 3.5 2.3c-.6.3-1 .8-1 1.5v.2M12 17v.5', ...S }],
  ],
  'logout-refreshed': [['path', { d: 'M10 4H5v16h5M15 8l4 4-4 4M19 12H9', ...S }]],
  'ic-logout': [['path', { d: 'M10 4H5v16h5M15 8l4 4-4 4M19 12H9', ...S }]],
};

/**
 * An icon span. WAWeb*Icon family: span[data-testid=NAME][aria-hidden=true][data-icon=NAME][class=""] >
 * svg[viewBox][height][width][preserveAspectRatio][class=""][fill] > title{NAME} + shapes (§0, High).
 * WDS family (ic-…, wds-ic-…): no automatic data-testid (only a passed one), fill="currentColor" (§0, Medium).
 * `testid: null` drops the testid (used by ?noheader=1).
 */
export function icon(name, { testid, size = 24 } = {}) {
  const wds = name.startsWith('ic-') || name.startsWith('wds-ic-');
  const tid = testid === undefined ? (wds ? undefined : name) : testid;
  const span = h('span', { 'data-testid': tid ?? null, 'aria-hidden': 'true', 'data-icon': name, class: '' });
  const svg = svgEl('svg', {
    viewBox: '0 0 24 24',
    height: size,
    width: size,
    preserveAspectRatio: 'xMidYMid meet',
    class: '',
    fill: wds ? 'currentColor' : 'none',
  });
  const title = svgEl('title', {});
  title.textContent = name;
  svg.append(title);
  for (const [tag, attrs] of GLYPHS[name] ?? [['circle', { cx: 12, cy: 12, r: 8, ...S }]]) svg.append(svgEl(tag, attrs));
  span.append(svg);
  return span;
}

/** A random uppercase hex string, as WhatsApp Web message ids (3EB0 + 16 hex for messages sent from Web). */
export function randomHex(length) {
  const bytes = crypto.getRandomValues(new Uint8Array(Math.ceil(length / 2)));
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0'))
    .join('')
    .slice(0, length)
    .toUpperCase();
}
