// Turns what WhatsApp Web shows into observations: one evaluation reads the few containers that changed (through the
// pure detectors in lib/whatsapp/detect) and emits only what is new. Observation and batching live in observe.ts.
// Sources: docs/research/whatsapp-dom.md §b (chat), §c (contact info), §d (settings), §e (navigation).
import { cleanLabel } from '../model/label';
import type { NoticeModel } from './ui/notice';
import type { Settings } from '../model/preferences';
import type { PrivacyControlId, PrivacyValue } from '../model/privacy-controls';
import { detectAppState, detectSettingsView } from '../whatsapp/detect/app';
import { detectChat, type ChatFacts } from '../whatsapp/detect/chat';
import { detectContactInfo } from '../whatsapp/detect/contact-info';
import { detectMessageKind, isOutgoing, messageKey } from '../whatsapp/detect/message';
import { detectPrivacyValues } from '../whatsapp/detect/privacy';
import type { BusinessFacts, ChatKind, MessageKind, Observation } from '../model/observation';
import { findAll, findFirst } from '../whatsapp/query';
import { HealthTracker } from './health';

/** Let a freshly opened chat render its header and first rows before judging it. */
export const CHAT_SETTLE_MS = 400;
/** The header subtitle cycles through "Business Account" after a chat opens (whatsapp-dom.md §b.2): watch it this long. */
export const BUSINESS_SUBTITLE_WATCH_MS = 6000;
/** New outgoing rows held while a chat is not yet classified (or its header is missing). */
const MAX_PENDING_ROWS = 200;

export type Part = 'structure' | 'chat' | 'rows' | 'left' | 'right';
export const ALL_PARTS: ReadonlySet<Part> = new Set(['structure', 'chat', 'rows', 'left', 'right']);

export interface DetectorDeps {
  doc: Document;
  /** From the background's `hello` reply: keys are salted so a business's id never leaves as-is. */
  salt: () => string;
  settings: () => Settings;
  emit: (observation: Observation) => void;
  now: () => number;
  /** A fresh random id part (observation ids must be unique). */
  randomId: () => string;
  /** SHA-256, lowercase hex. */
  sha256: (text: string) => Promise<string>;
  /** Ask for another evaluation in `ms` (settle windows, health grace). */
  later: (ms: number) => void;
  notice: { render(model: NoticeModel | null): void };
}

interface PendingMessage {
  rowKey: string;
  kind: MessageKind;
  at: number;
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
  /** What the header showed at the last evaluation with every anchor present. */
  facts: ChatFacts | null;
}

function sameFacts(a: BusinessFacts | null, b: BusinessFacts): boolean {
  return !!a && a.key === b.key && a.label === b.label && a.verification === b.verification && a.hosting === b.hosting && a.adsReferral === b.adsReferral;
}

export class Detector {
  private session: ChatSession | null = null;
  private readonly privacy = new Map<PrivacyControlId, PrivacyValue>();
  private readonly health = new HealthTracker();
  private chatMissing: string[] = [];
  private readonly dismissed = new Set<string>();

  constructor(private readonly deps: DetectorDeps) {}

  /** WhatsApp Web was opened: once per page load. */
  start(): void {
    this.deps.emit({ type: 'session', id: this.id('session'), at: this.deps.now() });
  }

  /** The user dismissed the in-page notice for this business (the background keeps it in settings). */
  dismiss(key: string): void {
    this.dismissed.add(key);
    this.renderNotice();
  }

  private id(prefix: string): string {
    return `${prefix}:${this.deps.randomId()}`;
  }

  private leftScope(): ParentNode {
    // The drawer-left container's parent also holds the drawer when only the step itself was found (no testids).
    return findFirst(this.deps.doc, 'drawerLeft')?.parentElement ?? this.deps.doc;
  }

  private rightScope(): ParentNode {
    return findFirst(this.deps.doc, 'drawerRight')?.parentElement ?? this.deps.doc;
  }

  /** Re-reads what `parts` say changed ('structure': everything, including health). */
  async evaluate(parts: ReadonlySet<Part>): Promise<void> {
    const { doc } = this.deps;
    const main = detectAppState(doc) === 'main';
    const all = parts.has('structure');
    const left = this.leftScope();
    const right = this.rightScope();
    if (main && (all || parts.has('left'))) this.updatePrivacy(left);
    if (main && (all || parts.has('chat') || parts.has('rows') || parts.has('right'))) await this.updateChat(parts, right);
    if (all) this.updateHealth(main, left);
  }

  private updatePrivacy(left: ParentNode): void {
    for (const { control, value } of detectPrivacyValues(left)) {
      if (this.privacy.get(control) === value) continue;
      this.privacy.set(control, value);
      this.deps.emit({ type: 'privacy-value', id: this.id('privacy'), at: this.deps.now(), control, value });
    }
  }

  private updateHealth(main: boolean, left: ParentNode): void {
    if (!main) return; // health speaks about the main UI only; loading and QR screens expect nothing
    const { doc } = this.deps;
    const missing: string[] = [];
    if (!findFirst(doc, 'chatList')) missing.push('chatList');
    if (this.session) missing.push(...this.chatMissing);
    const settingsOpen = findFirst(doc, 'navSettingsSelected') !== null;
    const drawer = findFirst(doc, 'drawerLeft');
    const stepShown = detectSettingsView(left) !== null || drawer?.querySelector('header') != null;
    if (settingsOpen && !stepShown) missing.push('settingsDrawer');
    const update = this.health.update(missing, this.deps.now());
    if (update.report) this.deps.emit({ type: 'health', id: this.id('health'), at: this.deps.now(), ...update.report });
    if (update.recheckInMs !== undefined) this.deps.later(update.recheckInMs);
  }

  private openSession(panel: Element): void {
    const known = new Set<string>();
    // Rows already there when the chat opens are history, never new messages.
    for (const row of findAll(panel, 'messageRow')) {
      const key = messageKey(row);
      if (key) known.add(key);
    }
    this.session = { panel, openedAt: this.deps.now(), wakeAt: null, known, sawSubtitle: false, kind: null, key: null, sent: null, pending: [], source: null, facts: null };
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
        session.pending.push({ rowKey: key, kind: detectMessageKind(row), at: this.deps.now() });
      }
    });
  }

  private async updateChat(parts: ReadonlySet<Part>, right: ParentNode): Promise<void> {
    const panel = findFirst(this.deps.doc, 'conversationPanel');
    if (panel !== this.session?.panel) {
      if (this.session) await this.closeSession(this.session);
      this.session = null;
      this.chatMissing = [];
      if (panel) this.openSession(panel);
      this.renderNotice();
    }
    const session = this.session;
    if (!session) return;
    if (parts.has('rows') || parts.has('structure')) this.collectRows(session);

    const facts = this.mergeContactInfo(detectChat(session.panel, session.sawSubtitle), right);
    if (facts.signals.includes('subtitle')) session.sawSubtitle = true;
    this.chatMissing = facts.missing;
    // Without the header anchors nothing about a business can be trusted: report health, send nothing.
    if (facts.missing.length > 0) return;
    session.facts = facts;

    if (session.kind === null) {
      const deadline = session.openedAt + (facts.kind === 'personal' ? BUSINESS_SUBTITLE_WATCH_MS : CHAT_SETTLE_MS);
      const now = this.deps.now();
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
        this.deps.emit({ type: 'business-updated', id: this.id('business'), at: this.deps.now(), business });
        session.sent = business;
      }
    }
    await this.sendPending(session);
    this.renderNotice();
  }

  /** Reports the chat as opened, with what it shows now. */
  private async classify(session: ChatSession, facts: ChatFacts): Promise<void> {
    session.kind = facts.kind;
    const business = facts.kind === 'business' ? await this.businessFacts(session, facts) : undefined;
    session.sent = business ?? null;
    this.deps.emit({ type: 'chat-opened', id: this.id('chat'), at: session.openedAt, chat: facts.kind, ...(business && { business }) });
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

  /** Adds what the open contact-info drawer says (it belongs to the open chat: it closes on chat switch, §e). */
  private mergeContactInfo(facts: ChatFacts, right: ParentNode): ChatFacts {
    const info = detectContactInfo(right);
    if (!info) return facts;
    const userChat = facts.kind === 'personal' || facts.kind === 'business';
    const business = facts.kind === 'business' || (userChat && (info.businessBanner || info.verified || info.adsReferral || (info.hosting !== null && info.hosting !== 'e2e')));
    if (!business) return facts;
    const fromInfo = facts.hosting === 'unknown' && info.hosting !== null;
    return {
      ...facts,
      kind: 'business',
      verification: info.verified ? 'verified' : facts.verification === 'unknown' ? 'unverified' : facts.verification,
      hosting: fromInfo ? (info.hosting === 'e2e' ? 'self' : info.hosting!) : facts.hosting,
      hostingNotice: fromInfo ? info.hostingNotice : facts.hostingNotice,
      adsReferral: facts.adsReferral || info.adsReferral,
    };
  }

  private async businessFacts(session: ChatSession, facts: ChatFacts): Promise<BusinessFacts> {
    // Salted hash of the chat's JID; a chat with no rows yet falls back to its title (same salt).
    session.key ??= await this.deps.sha256(this.deps.salt() + (facts.remote ?? `title:${facts.title ?? ''}`));
    session.source = facts.hostingNotice;
    const business: BusinessFacts = { key: session.key, verification: facts.verification, hosting: facts.hosting, adsReferral: facts.adsReferral };
    // The same cleaning the background applies again (it never trusts the page): short and printable.
    const label = this.deps.settings().labels && facts.title ? cleanLabel(facts.title) : undefined;
    if (label) business.label = label;
    return business;
  }

  private async sendPending(session: ChatSession): Promise<void> {
    const pending = session.pending.splice(0);
    if (session.kind !== 'business' || !session.sent) return; // only business chats count interactions
    for (const message of pending) {
      // The id derives from the row's data-id, so a re-render or a second observer can never count it twice.
      const id = `msg:${(await this.deps.sha256(this.deps.salt() + message.rowKey)).slice(0, 48)}`;
      this.deps.emit({ type: 'message-sent', id, at: message.at, chat: 'business', business: session.sent, message: message.kind });
    }
  }

  /** Re-render the in-page notice from the current chat and settings (also on a settings change). */
  renderNotice(): void {
    const session = this.session;
    const settings = this.deps.settings();
    const business = session?.kind === 'business' ? session.sent : null;
    const show = business && settings.inPageNotices && !settings.dismissedNotices.includes(business.key) && !this.dismissed.has(business.key);
    this.deps.notice.render(show ? { key: business.key, hosting: business.hosting, adsReferral: business.adsReferral, source: session!.source } : null);
  }
}
