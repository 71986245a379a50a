// The contact-info drawer of a business (docs/research/whatsapp-dom.md §c): the business banner,
// the encryption/security row (who hosts the chat), the ads-disclosure row and the verified name.
import { findFirst } from '../query';
import { labelTexts } from '../text';
import { classifyNotice, type NoticeHosting } from './chat';

export interface ContactInfoFacts {
  /** WhatsApp's "business account" banner is shown: the contact is a business. */
  businessBanner: boolean;
  /** What the encryption/security row says, when it is readable. */
  hosting: NoticeHosting | null;
  hostingNotice: string | null;
  adsReferral: boolean;
  verified: boolean;
}

/** Facts from the open contact-info drawer, or null when it is not open. */
export function detectContactInfo(root: ParentNode): ContactInfoFacts | null {
  const drawer = findFirst(root, 'contactInfoDrawer');
  if (!drawer) return null;
  // The security row's text is WhatsApp's own sentence (§c table); read only that row when it can be found.
  const row = findFirst(drawer, 'contactInfoEncryption') ?? drawer;
  let hosting: NoticeHosting | null = null;
  let hostingNotice: string | null = null;
  for (const text of labelTexts(row)) {
    const claim = classifyNotice(text);
    if (claim) {
      hosting = claim;
      hostingNotice = text;
      break;
    }
  }
  return {
    businessBanner: findFirst(drawer, 'contactInfoBusinessBanner') !== null,
    hosting,
    hostingNotice,
    adsReferral: findFirst(drawer, 'contactInfoAdsRow') !== null,
    verified: findFirst(drawer, 'contactInfoVerifiedName') !== null,
  };
}
