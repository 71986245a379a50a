// What this content script knows of the extension's state (the salt for business keys, the settings, the
// walkthrough to guide) comes from the background by message, never from extension storage: storage is closed to
// content scripts in Chrome (lib/storage/access.ts), and in Firefox whatever it holds could have been written by any
// content script. `hello` gives the state; the background's STATE_CHANGED makes us ask again (lib/background/
// content-access.ts). Each reply is checked: one without a valid salt is no answer (keys are never made with anything
// else), and its settings are repaired field by field, so a damaged field costs that field, never the notice.
import { browser } from 'wxt/browser';
import type { Settings } from '../model/preferences';
import { STATE_CHANGED } from '../protocol/contract';
import { isRecord } from '../schema/common';
import { helloReplySchema } from '../schema/messages';
import { parse } from '../schema/parse';
import { repairSettings } from '../schema/preferences';
import { scopedTimers, type ContentScope } from './scope';

export interface ExtensionState {
  salt: string;
  settings: Settings;
  /** The walkthrough to guide on this page, if any. */
  activeGuide: { walkthroughId: string; startedAt: number } | null;
}

export interface ExtensionStateOptions {
  scope: ContentScope;
  /** Sends `hello` (lib/protocol/client.ts send). */
  ask: () => Promise<unknown>;
  /** Settings to repair a damaged field from (a fresh install's). */
  defaults: Settings;
}

const FIRST_RETRY_MS = 500;
const MAX_RETRY_MS = 30_000;

export class ExtensionStateSource {
  private state: ExtensionState | null = null;
  private readonly listeners = new Set<(state: ExtensionState) => void>();
  private asking = false;
  private askAgain = false;

  constructor(private readonly options: ExtensionStateOptions) {}

  /** The last state the background gave, or null before the first answer. */
  get current(): ExtensionState | null {
    return this.state;
  }

  /** Called with every new state (not with the current one). */
  subscribe(listener: (state: ExtensionState) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Asks now and follows the background's change notices until the scope ends. */
  start(): void {
    const onMessage = (message: unknown, sender: { id?: string }) => {
      // Only our own background can message a content script; the notice carries nothing but "ask again".
      if (sender.id === browser.runtime.id && isRecord(message) && message.type === STATE_CHANGED.type) this.refresh();
    };
    browser.runtime.onMessage.addListener(onMessage);
    this.options.scope.signal.addEventListener('abort', () => browser.runtime.onMessage.removeListener(onMessage));
    this.refresh();
  }

  /** Asks until a valid answer (the worker may be starting), backing off; a refresh while asking asks once more. */
  refresh(): void {
    if (this.asking) {
      this.askAgain = true;
      return;
    }
    this.asking = true;
    void this.ask(FIRST_RETRY_MS);
  }

  private async ask(delay: number): Promise<void> {
    const { scope } = this.options;
    if (scope.signal.aborted) return;
    this.askAgain = false;
    let answer: ExtensionState | null = null;
    try {
      answer = this.check(await this.options.ask());
    } catch {
      // No background yet, or an answer that is not one: ask again later.
    }
    if (scope.signal.aborted) return;
    if (!answer) {
      scopedTimers(scope).setTimeout(() => void this.ask(Math.min(delay * 2, MAX_RETRY_MS)), delay);
      return;
    }
    this.state = answer;
    this.listeners.forEach((listener) => listener(answer));
    if (this.askAgain) return this.ask(FIRST_RETRY_MS);
    this.asking = false;
  }

  private check(reply: unknown): ExtensionState {
    const { salt, settings, activeGuide } = parse(helloReplySchema, reply, 'hello');
    return {
      salt,
      settings: repairSettings(settings, this.options.defaults),
      activeGuide: activeGuide && { walkthroughId: activeGuide.walkthroughId, startedAt: activeGuide.startedAt },
    };
  }
}
