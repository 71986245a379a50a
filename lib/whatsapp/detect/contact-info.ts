// The contact-info drawer (docs/research/whatsapp-dom.md §c): the business banner, the encryption/security row (who
// hosts the chat, or Meta AI in a group: ai-2026.md §3.2), the ads-disclosure row, the verified name, the Private
// Processing badge (ai-2026.md §3.3) and the advanced-chat-privacy row (ai-2026.md §6.3).
import type { ChatAi, SwitchState } from '../../model/observation';
import { findFirst } from '../query';
import { isLabel, labelTexts } from '../text';
import { classifySystemText, type NoticeHosting } from './notices';

export interface ContactInfoFacts {
  /** WhatsApp's "business account" banner is shown: the contact is a business. */
  businessBanner: boolean;
  /** What the encryption/security row says, when it is readable. */
  hosting: NoticeHosting | null;
  hostingNotice: string | null;
  adsReferral: boolean;
  verified: boolean;
  /** Meta AI in the chat, as the badge or the security row shows it now. */
  metaAi: ChatAi | null;
  metaAiNotice: string | null;
  /** The advanced-chat-privacy row's state, when it shows one. */
  advancedChatPrivacy: SwitchState | null;
}

/** The state line of the advanced-chat-privacy row ("On" / "Off"; assumed wording, ai-2026.md §6.3). */
function rowState(row: Element | null): SwitchState | null {
  if (!row) return null;
  const texts = labelTexts(row);
  if (texts.some((text) => isLabel(text, 'valueOn'))) return 'on';
  if (texts.some((text) => isLabel(text, 'valueOff'))) return 'off';
  return null;
}

/** Facts from the open contact-info drawer, or null when it is not open. */
export function detectContactInfo(root: ParentNode): ContactInfoFacts | null {
  const drawer = findFirst(root, 'contactInfoDrawer');
  if (!drawer) return null;
  // The security row's text is WhatsApp's own sentence (§c table); read only that row when it can be found.
  const row = findFirst(drawer, 'contactInfoEncryption') ?? drawer;
  let hosting: NoticeHosting | null = null;
  let hostingNotice: string | null = null;
  let metaAi: ChatAi | null = null;
  let metaAiNotice: string | null = null;
  for (const text of labelTexts(row)) {
    const claim = classifySystemText(text);
    if (claim?.about === 'hosting' && !hosting) {
      hosting = claim.value;
      hostingNotice = text;
    } else if (claim?.about === 'meta-ai' && !metaAi) {
      metaAi = claim.value;
      metaAiNotice = text;
    }
  }
  if (findFirst(drawer, 'privateProcessingBadge')) {
    metaAi = 'private-processing';
    metaAiNotice = null;
  }
  return {
    businessBanner: findFirst(drawer, 'contactInfoBusinessBanner') !== null,
    hosting,
    hostingNotice,
    adsReferral: findFirst(drawer, 'contactInfoAdsRow') !== null,
    verified: findFirst(drawer, 'contactInfoVerifiedName') !== null,
    metaAi,
    metaAiNotice,
    advancedChatPrivacy: rowState(findFirst(drawer, 'contactInfoAcpRow')),
  };
}
