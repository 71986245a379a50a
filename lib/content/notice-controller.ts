// Decides what the in-page notice shows: the current business chat (published by the chat tracker), unless
// notices are off or the user dismissed this business (here, or earlier: the background keeps it in settings).
import type { Settings } from '../model/preferences';
import type { CurrentChat } from './chat-tracker';
import type { NoticeModel } from './ui/notice';

export interface NoticeView {
  render(model: NoticeModel | null): void;
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

  /** The user dismissed the notice for this business. */
  dismiss(key: string): void {
    this.dismissed.add(key);
    this.render();
  }

  /** Re-render from the current chat and settings (also on a settings change). */
  render(): void {
    const business = this.chat?.kind === 'business' ? this.chat.business : null;
    const settings = this.settings();
    const show =
      business && settings.inPageNotices && !settings.dismissedNotices.includes(business.key) && !this.dismissed.has(business.key);
    this.view.render(
      show ? { key: business.key, hosting: business.hosting, adsReferral: business.adsReferral, source: this.chat!.source } : null,
    );
  }
}
