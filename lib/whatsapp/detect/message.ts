// One message row: who sent it and what kind it is, from data-id, icons and structure only.
// Message text is never read (no .selectable-text, .copyable-text, data-pre-plain-text, compose box).
// Sources: docs/research/whatsapp-dom.md §b.3 (row, data-id key), what-whatsapp-shares.md §1.3 (JID servers), ai-2026.md §1.
import type { ChatKind, MessageKind } from '../../model/observation';
import { findFirst } from '../query';
import { isMetaAiJid } from './meta-ai';

/** The row's WhatsApp message key, `${fromMe}_${remote}_${id}[_${participant}]`. */
export function messageKey(row: Element): string | null {
  return row.getAttribute('data-id');
}

/** Sent by this account: the key starts with `true_` (message-in/out classes no longer exist, §b.3). */
export function isOutgoing(row: Element): boolean {
  return messageKey(row)?.startsWith('true_') ?? false;
}

/** The chat's JID from a row key: `true_4915…@c.us_3EB0…` → `4915…@c.us`. JIDs hold no underscore. */
export function remoteJid(key: string): string | null {
  const match = /^(?:true|false)_([^_@]+@[^_]+)_/.exec(key);
  return match ? match[1]! : null;
}

/**
 * The chat kind a JID implies; null for a user JID (personal or business is decided elsewhere). Meta's AIs come
 * first: the Meta AI chat is a `@c.us` number (ai-2026.md §1.1).
 */
export function kindFromJid(jid: string): ChatKind | null {
  if (isMetaAiJid(jid)) return 'meta-ai';
  if (jid === 'status@broadcast') return 'status';
  if (jid.endsWith('@g.us')) return 'group';
  if (jid.endsWith('@newsletter')) return 'channel';
  return null;
}

/** What a row shows, judged by icons and structure. Checks run most specific first. */
export function detectMessageKind(row: Element): MessageKind {
  if (findFirst(row, 'messageLocation')) return 'location';
  if (findFirst(row, 'messageContact')) return 'contact';
  if (findFirst(row, 'messageDocument')) return 'document';
  if (findFirst(row, 'messageMedia')) return 'media';
  if (findFirst(row, 'messageBubble')) return 'text';
  return 'unknown';
}
