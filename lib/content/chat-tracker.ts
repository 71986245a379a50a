// The open chat, one session per #main: waits for it to settle, reports it once (chat-opened), reports what is
// learnt about a business later (business-updated) and every message the user sends where something counts — a
// business chat, the Meta AI chat, a chat with Meta AI in it (message-sent) — and publishes the current chat's facts
// after each look (the in-page notice follows them).
// Sources: docs/research/whatsapp-dom.md §b (chat), §c (contact info), §e (navigation); ai-2026.md §1–3, §5.2, §6, §8.
import { cleanLabel } from '../model/label';
import type { BusinessAi, BusinessFacts, ChatAi, ChatKind, MessageKind, SwitchState } from '../model/observation';
import type { Settings } from '../model/preferences';
import { detectOpenChat } from '../whatsapp/detect/business';
import type { ChatFacts } from '../whatsapp/detect/chat';
import { detectMessageKind, isOutgoing, messageKey } from '../whatsapp/detect/message';
import { findAll, findFirst } from '../whatsapp/query';
import type { ObservationSink } from './sink';

/** Let a freshly opened chat render its header and first rows before judging it. */
export const CHAT_SETTLE_MS = 400;
/** The header subtitle cycles through "Business Account" after a chat opens (whatsapp-dom.md §b.2): watch it this long. */
export const BUSINESS_SUBTITLE_WATCH_MS = 6000;
/** New outgoing rows held while a chat is not yet classified (or its header is missing). */
const MAX_PENDING_ROWS = 200;

/** What is known of the open chat: its kind once reported, and what the in-page notice speaks about. */
export interface CurrentChat {
  /** Null until chat-opened was sent. */
  kind: ChatKind | null;
  /** The chat's salted key (a business's key is this too); null while nothing needs it. */
  key: string | null;
  /** For a business, what was reported about it. */
  business: BusinessFacts | null;
  /** Meta AI in the chat (or the Meta AI chat under Private Processing). */
  metaAi: ChatAi | null;
  /** The WhatsApp notices the hosting and the AI facts rest on (for the in-page notice's "Why?", never sent). */
  source: string | null;
  aiSource: string | null;
}

export interface ChatTrackerDeps {
  doc: Document;
  sink: ObservationSink;
  /** From the background's `hello` reply: keys are salted so a business's id never leaves as-is. */
  salt: () => string;
  settings: () => Settings;
  /** SHA-256, lowercase hex. */
  sha256: (text: string) => Promise<string>;
  /** Ask for another look in `ms` (end of the settle or subtitle window). */
  later: (ms: number) => void;
  /** The current chat after each look at it; null when no chat is open. */
  onCurrentChat: (chat: CurrentChat | null) => void;
}

interface PendingMessage {
  rowKey: string;
  kind: MessageKind;
  at: number;
}

/**
 * What the chat showed so far, kept while its notices scroll out of the rendered rows: a fact seen once stays until a
 * later notice says otherwise.
 */
interface Learnt {
  ai: BusinessAi;
  aiSource: string | null;
  dataSharing: SwitchState | null;
  phoneNumberShared: boolean;
  advancedChatPrivacy: SwitchState | null;
  metaAi: ChatAi | null;
  metaAiSource: string | null;
}

interface ChatSession {
  panel: Element;
  openedAt: number;
  /** When a re-evaluation is already scheduled (end of the settle or subtitle window). */
  wakeAt: number | null;
  /** data-ids already accounted for: history when the chat opened, and every row seen since. */
  known: Set<string>;
  sawSubtitle: boolean;
  /** What chat-opened reported; null until it was sent. */
  kind: ChatKind | null;
  key: string | null;
  sent: BusinessFacts | null;
  pending: PendingMessage[];
  source: string | null;
  learnt: Learnt;
  /** What the header showed at the last evaluation with every anchor present. */
  facts: ChatFacts | null;
}

function sameFacts(a: BusinessFacts | null, b: BusinessFacts): boolean {
  return (
    !!a &&
    a.key === b.key &&
    a.label === b.label &&
    a.verification === b.verification &&
    a.hosting === b.hosting &&
    a.adsReferral === b.adsReferral &&
    a.ai === b.ai &&
    a.dataSharing === b.dataSharing &&
    a.phoneNumberShared === b.phoneNumberShared &&
    a.advancedChatPrivacy === b.advancedChatPrivacy
  );
}

/** Folds a look at the chat into what was learnt before. */
function learn(learnt: Learnt, facts: ChatFacts): void {
  if (facts.ai !== 'none') {
    learnt.aiSource = facts.aiNotice ?? (facts.ai === learnt.ai ? learnt.aiSource : null);
    learnt.ai = facts.ai;
  }
  learnt.dataSharing = facts.dataSharing ?? learnt.dataSharing;
  learnt.phoneNumberShared ||= facts.phoneNumberShared;
  learnt.advancedChatPrivacy = facts.advancedChatPrivacy ?? learnt.advancedChatPrivacy;
  if (facts.kind === 'business') {
    // Meta AI with people is not a business's AI.
    learnt.metaAi = null;
    learnt.metaAiSource = null;
  } else if (facts.metaAi) {
    learnt.metaAiSource = facts.metaAiNotice ?? (facts.metaAi === learnt.metaAi ? learnt.metaAiSource : null);
    learnt.metaAi = facts.metaAi;
  }
}

/** Meta AI's own chat, or a reported chat with Meta AI in it. */
function withMetaAi(session: ChatSession): boolean {
  return session.kind === 'meta-ai' || (session.kind !== null && session.learnt.metaAi !== null);
}

export class ChatTracker {
  private session: ChatSession | null = null;
  private missing: string[] = [];

  constructor(private readonly deps: ChatTrackerDeps) {}

  /** Header anchors the open chat lacks (for health); none without an open chat. */
  missingAnchors(): readonly string[] {
    return this.session ? this.missing : [];
  }

  /**
   * Looks at the open chat. `rowsChanged`: the message list may have new rows. `drawers`: where an open contact-info
   * drawer would be (the right drawer's scope).
   */
  async update(rowsChanged: boolean, drawers: ParentNode): Promise<void> {
    const panel = findFirst(this.deps.doc, 'conversationPanel');
    if (panel !== this.session?.panel) {
      if (this.session) await this.closeSession(this.session);
      this.session = null;
      this.missing = [];
      if (panel) this.openSession(panel);
      this.publish();
    }
    const session = this.session;
    if (!session) return;
    if (rowsChanged) this.collectRows(session);

    const facts = detectOpenChat(session.panel, drawers, session.sawSubtitle);
    if (facts.signals.includes('subtitle')) session.sawSubtitle = true;
    this.missing = facts.missing;
    // Without the header anchors nothing about a business can be trusted: report health, send nothing.
    if (facts.missing.length > 0) return;
    session.facts = facts;
    learn(session.learnt, facts);

    if (session.kind === null) {
      const deadline = session.openedAt + (facts.kind === 'personal' ? BUSINESS_SUBTITLE_WATCH_MS : CHAT_SETTLE_MS);
      const now = this.deps.sink.now();
      if (now < deadline) {
        if (session.wakeAt !== deadline) this.deps.later(deadline - now);
        session.wakeAt = deadline;
        return;
      }
      await this.classify(session, facts);
    } else if (facts.kind === 'business') {
      session.kind = 'business';
      const business = await this.businessFacts(session, facts);
      if (!sameFacts(session.sent, business)) {
        this.deps.sink.emit({ type: 'business-updated', id: this.deps.sink.newId('business'), at: this.deps.sink.now(), business });
        session.sent = business;
      }
    } else if (facts.kind === 'meta-ai' && session.kind !== 'meta-ai') {
      // Judged before its first rows showed (an empty chat): the Meta AI chat is reported as such once they do.
      await this.classify(session, facts);
    }
    // The in-page notice speaks about Meta AI here too, and is dismissed per chat.
    if (withMetaAi(session)) await this.chatKey(session, facts);
    await this.sendPending(session);
    this.publish();
  }

  private publish(): void {
    const session = this.session;
    this.deps.onCurrentChat(
      session && {
        kind: session.kind,
        key: session.key,
        business: session.kind === 'business' ? session.sent : null,
        metaAi: session.kind === null ? null : session.learnt.metaAi,
        source: session.source,
        aiSource: session.kind === 'business' ? session.learnt.aiSource : session.learnt.metaAiSource,
      },
    );
  }

  private openSession(panel: Element): void {
    const known = new Set<string>();
    // Rows already there when the chat opens are history, never new messages.
    for (const row of findAll(panel, 'messageRow')) {
      const key = messageKey(row);
      if (key) known.add(key);
    }
    this.session = {
      panel,
      openedAt: this.deps.sink.now(),
      wakeAt: null,
      known,
      sawSubtitle: false,
      kind: null,
      key: null,
      sent: null,
      pending: [],
      source: null,
      learnt: {
        ai: 'none',
        aiSource: null,
        dataSharing: null,
        phoneNumberShared: false,
        advancedChatPrivacy: null,
        metaAi: null,
        metaAiSource: null,
      },
      facts: null,
    };
  }

  /** New rows below the last row already known; rows inserted above it are older history being loaded. */
  private collectRows(session: ChatSession): void {
    const rows = findAll(session.panel, 'messageRow');
    const keys = rows.map(messageKey);
    const lastKnown = keys.reduce((last, key, i) => (key && session.known.has(key) ? i : last), -1);
    rows.forEach((row, i) => {
      const key = keys[i];
      if (!key || session.known.has(key)) return;
      session.known.add(key);
      if (i > lastKnown && isOutgoing(row) && session.pending.length < MAX_PENDING_ROWS) {
        session.pending.push({ rowKey: key, kind: detectMessageKind(row), at: this.deps.sink.now() });
      }
    });
  }

  /** Reports the chat as opened, with what it shows now. */
  private async classify(session: ChatSession, facts: ChatFacts): Promise<void> {
    session.kind = facts.kind;
    const business = facts.kind === 'business' ? await this.businessFacts(session, facts) : undefined;
    session.sent = business ?? null;
    const metaAi = session.learnt.metaAi;
    this.deps.sink.emit({
      type: 'chat-opened',
      id: this.deps.sink.newId('chat'),
      at: session.openedAt,
      chat: facts.kind,
      ...(business && { business }),
      ...(metaAi && { metaAi }),
    });
  }

  /**
   * The user left the chat: rows added since the last evaluation are still in the (now detached) panel, and a
   * chat left before its settle window ended is judged on what its header showed last, so nothing is lost.
   */
  private async closeSession(session: ChatSession): Promise<void> {
    if (!session.facts) return; // its header never showed: nothing about it can be trusted
    this.collectRows(session);
    if (session.kind === null) await this.classify(session, session.facts);
    await this.sendPending(session);
  }

  /** Salted hash of the chat's JID; a chat with no rows yet falls back to its title (same salt). */
  private async chatKey(session: ChatSession, facts: ChatFacts): Promise<string> {
    session.key ??= await this.deps.sha256(this.deps.salt() + (facts.remote ?? `title:${facts.title ?? ''}`));
    return session.key;
  }

  private async businessFacts(session: ChatSession, facts: ChatFacts): Promise<BusinessFacts> {
    session.source = facts.hostingNotice;
    const { learnt } = session;
    const business: BusinessFacts = {
      key: await this.chatKey(session, facts),
      verification: facts.verification,
      hosting: facts.hosting,
      adsReferral: facts.adsReferral,
      ai: learnt.ai,
    };
    if (learnt.dataSharing) business.dataSharing = learnt.dataSharing;
    if (learnt.phoneNumberShared) business.phoneNumberShared = true;
    if (learnt.advancedChatPrivacy) business.advancedChatPrivacy = learnt.advancedChatPrivacy;
    // The same cleaning the background applies again (it never trusts the page): short and printable.
    const label = this.deps.settings().labels && facts.title ? cleanLabel(facts.title) : undefined;
    if (label) business.label = label;
    return business;
  }

  private async sendPending(session: ChatSession): Promise<void> {
    const pending = session.pending.splice(0);
    // Messages count where something may be exposed: a business, Meta AI's own chat, a chat with Meta AI in it.
    if (session.kind === 'business' ? session.sent === null : !withMetaAi(session)) return;
    const chat = session.kind!;
    const business = chat === 'business' ? session.sent! : undefined;
    const metaAi = session.learnt.metaAi;
    for (const message of pending) {
      // The id derives from the row's data-id, so a re-render or a second observer can never count it twice.
      const id = `msg:${(await this.deps.sha256(this.deps.salt() + message.rowKey)).slice(0, 48)}`;
      this.deps.sink.emit({
        type: 'message-sent',
        id,
        at: message.at,
        chat,
        ...(business && { business }),
        ...(metaAi && { metaAi }),
        message: message.kind,
      });
    }
  }
}
