// The metadata categories the ledger counts, as data. Labels and descriptions are catalog keys
// (locales/en/taxonomy.json); the quote is the clause of the source the category rests on.
import type { MessageKey } from '../i18n/keys';
import { CATEGORY_IDS, AUDIENCE_IDS, type AudienceId, type CategoryId } from '../model/ids';
import type { SourceId } from './sources';

export interface Category {
  readonly id: CategoryId;
  readonly labelKey: MessageKey;
  readonly descriptionKey: MessageKey;
  readonly source: SourceId;
  /** The words of the source this category rests on. */
  readonly quote: string;
}

export const CATEGORIES: readonly Category[] = [
  {
    id: 'phone-number',
    labelKey: 'taxonomy_category_phone_number_label',
    descriptionKey: 'taxonomy_category_phone_number_description',
    source: 'faq-web-phone-number',
    quote: 'There is no way to hide your phone number when using WhatsApp.',
  },
  {
    id: 'profile',
    labelKey: 'taxonomy_category_profile_label',
    descriptionKey: 'taxonomy_category_profile_description',
    source: 'privacy-policy-2021',
    quote:
      "Your phone number, profile name and photo, 'about' information, last seen information, and message receipts are available to anyone… including businesses.",
  },
  {
    id: 'presence',
    labelKey: 'taxonomy_category_presence_label',
    descriptionKey: 'taxonomy_category_presence_description',
    source: 'privacy-policy-2021',
    quote: "Usage And Log Information… whether you are online, when you last used our Services (your 'last seen')",
  },
  {
    id: 'business-interactions',
    labelKey: 'taxonomy_category_business_interactions_label',
    descriptionKey: 'taxonomy_category_business_interactions_description',
    source: 'privacy-policy-2021',
    quote: 'Usage And Log Information… how you interact with others… (including when you interact with a business)',
  },
  {
    id: 'message-content',
    labelKey: 'taxonomy_category_message_content_label',
    descriptionKey: 'taxonomy_category_message_content_description',
    source: 'meta-business-messaging-2020',
    quote: 'we do not consider that to be end-to-end encrypted… This will also be the case if that third-party vendor is Facebook.',
  },
  {
    id: 'ad-attribution',
    labelKey: 'taxonomy_category_ad_attribution_label',
    descriptionKey: 'taxonomy_category_ad_attribution_description',
    source: 'faq-click-to-whatsapp',
    quote: 'Meta receives limited info like: The number of chats and calls you make with the business.',
  },
  {
    id: 'device-network',
    labelKey: 'taxonomy_category_device_network_label',
    descriptionKey: 'taxonomy_category_device_network_description',
    source: 'privacy-policy-2021',
    quote: 'Device And Connection Information… battery level, signal strength… IP address… identifiers unique to Facebook Company Products',
  },
  {
    id: 'location',
    labelKey: 'taxonomy_category_location_label',
    descriptionKey: 'taxonomy_category_location_description',
    source: 'privacy-policy-2021',
    quote: 'location "estimate[d]" from IP and phone area code',
  },
  {
    id: 'contacts',
    labelKey: 'taxonomy_category_contacts_label',
    descriptionKey: 'taxonomy_category_contacts_description',
    source: 'faq-not-e2ee',
    quote: "phone, name, photo, about, contacts, group info and settings are not 'end-to-end encrypted', which means we are able to see it",
  },
  {
    // WhatsApp Web shows no payment flow the content script could observe, so no rule produces this
    // category yet; it is listed because the policy names it and imports may carry it.
    id: 'transactions',
    labelKey: 'taxonomy_category_transactions_label',
    descriptionKey: 'taxonomy_category_transactions_description',
    source: 'privacy-policy-2021',
    quote: 'Transactions And Payments Data',
  },
  {
    id: 'ai-conversations',
    labelKey: 'taxonomy_category_ai_conversations_label',
    descriptionKey: 'taxonomy_category_ai_conversations_description',
    source: 'web-meta-ai-learn-more',
    quote: 'Meta may use your AI messages to improve AI quality. But your personal messages are never sent to Meta.',
  },
];

export interface Audience {
  readonly id: AudienceId;
  readonly labelKey: MessageKey;
  readonly descriptionKey: MessageKey;
}

export const AUDIENCES: readonly Audience[] = [
  { id: 'business', labelKey: 'taxonomy_audience_business_label', descriptionKey: 'taxonomy_audience_business_description' },
  { id: 'vendor', labelKey: 'taxonomy_audience_vendor_label', descriptionKey: 'taxonomy_audience_vendor_description' },
  { id: 'meta', labelKey: 'taxonomy_audience_meta_label', descriptionKey: 'taxonomy_audience_meta_description' },
  { id: 'whatsapp', labelKey: 'taxonomy_audience_whatsapp_label', descriptionKey: 'taxonomy_audience_whatsapp_description' },
  { id: 'everyone', labelKey: 'taxonomy_audience_everyone_label', descriptionKey: 'taxonomy_audience_everyone_description' },
];

export function category(id: CategoryId): Category {
  const found = CATEGORIES.find((c) => c.id === id);
  if (!found) throw new Error(`unknown category: ${id}`);
  return found;
}

export function audience(id: AudienceId): Audience {
  const found = AUDIENCES.find((a) => a.id === id);
  if (!found) throw new Error(`unknown audience: ${id}`);
  return found;
}

export function isCategoryId(value: unknown): value is CategoryId {
  return (CATEGORY_IDS as readonly unknown[]).includes(value);
}

export function isAudienceId(value: unknown): value is AudienceId {
  return (AUDIENCE_IDS as readonly unknown[]).includes(value);
}
