// Content-script start-up. PLACEHOLDER until detection lands (issue 3).
import type { ContentScriptContext } from 'wxt/utils/content-script-context';

export function startContentScript(_ctx: ContentScriptContext): void {}
