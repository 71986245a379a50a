// @vitest-environment happy-dom
// scripts/capture-fixture.mjs over the committed fixtures: names, numbers, texts, URLs and code planted in a page never
// survive, while every selector count, the data-id shapes and what the detectors read stay the same.
import { beforeAll, describe, expect, it } from 'vitest';
import { sanitize, toFixture } from '../../scripts/capture-fixture.mjs';
import { detectView } from '@/lib/whatsapp/detect/app';
import { detectChat } from '@/lib/whatsapp/detect/chat';
import { detectContactInfo } from '@/lib/whatsapp/detect/contact-info';
import { META_AI_JIDS } from '@/lib/whatsapp/detect/meta-ai';
import { detectPrivacyValues } from '@/lib/whatsapp/detect/privacy';
import { findFirst, selectorCounts } from '@/lib/whatsapp/query';
import { isKnownWording, startsWithNotice } from '@/lib/whatsapp/text';
import { CANARY, countsIn, FIXTURES, loadFixture, loadFixtureHtml, statedCounts } from './detect-fixtures';

/** What the detectors read from the page in happy-dom's document (the chat's title left out: it is a name). */
function detected(doc: Document) {
  const panel = findFirst(doc, 'conversationPanel');
  const chat = panel ? detectChat(panel) : null;
  const info = detectContactInfo(doc);
  return {
    view: detectView(doc),
    chat: chat && { ...chat, title: chat.title !== null, remote: chat.remote?.replace(/\d/g, '#') ?? null },
    info: info && { ...info, hostingNotice: info.hostingNotice !== null },
    privacy: detectPrivacyValues(doc),
  };
}

const dataIds = (doc: Document) => [...doc.querySelectorAll('[data-id]')].map((row) => row.getAttribute('data-id')!);

describe.each(FIXTURES)('%s, sanitized', (name) => {
  let original: ReturnType<typeof detected>;
  let originalIds: string[];
  let fixture: string;
  beforeAll(() => {
    const page = loadFixture(name);
    original = detected(page);
    originalIds = dataIds(page);
    const before = page.documentElement.outerHTML;
    fixture = toFixture(sanitize(page), name);
    expect(page.documentElement.outerHTML).toBe(before);
    loadFixtureHtml(fixture, name);
  });

  it('states, and shows, the selector counts the fixture states', () => {
    expect(countsIn(fixture)).toEqual(statedCounts(name));
    expect(selectorCounts(document)).toEqual(statedCounts(name));
  });

  it('reads the same to the detectors', () => {
    expect(detected(document)).toEqual(original);
  });

  it('keeps every data-id’s shape, with fake digits, except Meta’s AI JIDs, which stay as they are', () => {
    const ids = dataIds(document);
    expect(ids.map((id) => id.replace(/\d/g, '#'))).toEqual(originalIds.map((id) => id.replace(/\d/g, '#')));
    const kept = (id: string) => META_AI_JIDS.filter((jid) => id.includes(jid));
    expect(ids.map(kept)).toEqual(originalIds.map(kept));
    const aiNumbers = META_AI_JIDS.map((jid) => jid.split('@')[0]!);
    const numbers = new Set(originalIds.flatMap((id) => id.match(/\d{5,}/g) ?? []).filter((n) => !aiNumbers.includes(n)));
    expect([...numbers].filter((n) => fixture.includes(n))).toEqual([]);
  });

  it('keeps no message text', () => {
    expect(fixture).not.toContain(CANARY);
    expect(fixture).not.toContain('CANARY');
  });
});

const ACP_BY_NAME = 'Zelda Quixote-Marchetti ativou a privacidade avançada da conversa.';

describe('planted data', () => {
  const PLANTED = [
    'Zelda',
    'Quixote',
    'Marchetti',
    'Wallaby',
    '447700900123',
    '7700 900123',
    'pps.whatsapp.net',
    'wa.me',
    'stealCookies',
    'PLANTED_SCRIPT',
    'planted-style',
    'planted comment',
    'unsent draft',
  ];
  // The loader reuses happy-dom's one document, so everything about the planted page is taken before it is replaced.
  let planted: { html: string; ids: string[]; counts: ReturnType<typeof selectorCounts> };
  let fixture: string;
  let again: string;

  beforeAll(() => {
    const page = loadFixture('chat-group-pt_BR');
    const title = findFirst(page, 'conversationHeaderTitle')!;
    title.setAttribute('title', 'Zelda Quixote-Marchetti');
    title.textContent = 'Zelda Quixote-Marchetti';
    const text = page.querySelector('[data-id^="false_"] .selectable-text')!;
    const row = text.closest('[data-id]')!;
    const [fromMe, remote, id] = row.getAttribute('data-id')!.split('_');
    row.setAttribute('data-id', `${fromMe}_${remote}_${id}_447700900123@c.us`);
    row.setAttribute('aria-label', 'Zelda Quixote-Marchetti: meet me at 42 Wallaby Way');
    text.textContent = 'Meet me at 42 Wallaby Way, call +44 7700 900123 😀';
    text.closest('[data-pre-plain-text]')?.setAttribute('data-pre-plain-text', '[10:21, 19/08/2026] Zelda Quixote-Marchetti: ');
    const avatar = page.createElement('img');
    avatar.setAttribute('src', 'https://pps.whatsapp.net/v/t61/447700900123.jpg');
    avatar.setAttribute('srcset', 'https://pps.whatsapp.net/v/t61/447700900123.jpg 2x');
    avatar.setAttribute('alt', 'Zelda');
    avatar.setAttribute('style', 'background-image: url(https://pps.whatsapp.net/planted.jpg)');
    const link = page.createElement('a');
    link.setAttribute('href', 'https://wa.me/447700900123');
    link.setAttribute('onclick', 'stealCookies()');
    link.textContent = 'wa.me/447700900123';
    row.append(avatar, link);
    const script = page.createElement('script');
    script.textContent = 'window.PLANTED_SCRIPT = 1';
    const style = page.createElement('style');
    style.textContent = '.planted-style { color: red }';
    page.body.append(script, style, page.createComment('planted comment'));
    findFirst(page, 'composeBox')!.textContent = 'unsent draft';
    // A notice naming someone: a wording the detectors read (`{name}`), never one the sanitizer keeps.
    findFirst(page, 'systemMessage')!.querySelector('span[dir]')!.textContent = ACP_BY_NAME;
    planted = { html: page.documentElement.outerHTML, ids: dataIds(page), counts: selectorCounts(page) };
    fixture = toFixture(sanitize(page), 'planted');
    again = toFixture(sanitize(page), 'planted');
  });

  it('were planted', () => {
    expect(PLANTED.filter((text) => !planted.html.includes(text))).toEqual([]);
    expect(startsWithNotice(ACP_BY_NAME, 'noticeAcpOn')).toBe(true);
    expect(isKnownWording(ACP_BY_NAME)).toBe(false);
  });

  it('none survives, nor any name the fixture shows', () => {
    expect(PLANTED.filter((text) => fixture.includes(text))).toEqual([]);
    expect(['Trail Runners', 'Lucas', 'Paula'].filter((name) => fixture.includes(name))).toEqual([]);
  });

  it('the selector counts stay the same, and the page still reads as a group chat', () => {
    expect(countsIn(fixture)).toEqual(planted.counts);
    loadFixtureHtml(fixture);
    expect(selectorCounts(document)).toEqual(planted.counts);
    expect(detectChat(findFirst(document, 'conversationPanel')!).kind).toBe('group');
  });

  it('keeps WhatsApp’s attributes, the data-id shapes with their JID servers, and the known wordings', () => {
    loadFixtureHtml(fixture);
    expect(document.querySelector('[data-testid="conversation-header"] [data-icon="default-group-refreshed"]')).not.toBeNull();
    expect(dataIds(document).map((id) => id.replace(/\d/g, '#'))).toEqual(planted.ids.map((id) => id.replace(/\d/g, '#')));
    expect(dataIds(document).some((id) => id.endsWith('@c.us'))).toBe(true);
    expect(fixture).toContain('<title>default-group-refreshed</title>');
  });

  it('gives the same fake for the same input, every time', () => {
    expect(again).toBe(fixture);
    loadFixtureHtml(fixture);
    const remotes = (ids: string[]) => new Set(ids.map((id) => id.split('_')[1])).size;
    expect(remotes(dataIds(document))).toBe(remotes(planted.ids));
  });
});
