// Decides what the in-page notice shows: for the current chat (published by the chat tracker) what it exposes — a
// business chat (and its AI), the Meta AI chat or a group Meta can read, a chat under Private Processing — unless
// notices are off or the user dismissed this chat (here, or earlier: the background keeps it in settings).
// Sources: docs/research/ai-2026.md §3.2–3.3 (Meta AI with people), §4.1 (what Meta reads), §5.2 (business AI).
import type { Settings } from '../model/preferences';
import type { CurrentChat } from './chat-tracker';
import type { NoticeModel } from './ui/notice';

export interface NoticeView {
  render(model: NoticeModel | null): void;
}

/**
 * What the notice says about a chat, whatever the settings: a business chat speaks of the business (and its AI);
 * otherwise Private Processing wins over Meta reading (its notice and badge are what WhatsApp shows now), and an
 * `@Meta AI` mention alone says nothing (only what is shared with Meta AI goes to Meta).
 */
export function noticeFor(chat: CurrentChat | null): NoticeModel | null {
  if (!chat || chat.kind === null) return null;
  if (chat.kind === 'business') {
    const business = chat.business;
    return business
      ? {
          about: 'business',
          key: business.key,
          hosting: business.hosting,
          adsReferral: business.adsReferral,
          ai: business.ai,
          source: chat.source,
          aiSource: chat.aiSource,
        }
      : null;
  }
  if (!chat.key) return null;
  if (chat.metaAi === 'private-processing') return { about: 'private-processing', key: chat.key, source: chat.aiSource };
  if (chat.kind === 'meta-ai' || chat.metaAi === 'open') return { about: 'meta-reads', key: chat.key, source: chat.aiSource };
  return null;
}

export class NoticeController {
  private chat: CurrentChat | null = null;
  /** Dismissed on this page and not yet back from the background in settings. */
  private readonly dismissed = new Set<string>();

  constructor(
    private readonly view: NoticeView,
    private readonly settings: () => Settings,
  ) {}

  /** The chat tracker looked at the current chat. */
  currentChat(chat: CurrentChat | null): void {
    this.chat = chat;
    this.render();
  }

  /** The user dismissed the notice for this chat (a business's key is its chat's key). */
  dismiss(key: string): void {
    this.dismissed.add(key);
    this.render();
  }

  /** Re-render from the current chat and settings (also on a settings change). */
  render(): void {
    const model = noticeFor(this.chat);
    const settings = this.settings();
    const show = model && settings.inPageNotices && !settings.dismissedNotices.includes(model.key) && !this.dismissed.has(model.key);
    this.view.render(show ? model : null);
  }
}
