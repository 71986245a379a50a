// PLACEHOLDER (issue 6 owns this file): the guided-walkthrough overlay on WhatsApp Web.
import type { ContentScriptContext } from 'wxt/utils/content-script-context';

export function startGuide(_ctx: ContentScriptContext): void {}
