// Every key the extension keeps in extension storage, in one place, so no two items share a key by
// accident and what is stored outside IndexedDB can be read off one list. Extension storage is closed to content
// scripts where the browser allows it (./access.ts); they get what they need from the background by message.
export const STORAGE_KEYS = {
  /** The user's settings (./preferences.ts). */
  settings: 'local:settings',
  /** Where earlier builds kept the salt; it now lives in its own IndexedDB database (./salt.ts), out of any
   *  content script's reach. Read once to carry a valid salt over, then removed. */
  legacySalt: 'local:salt',
  /** The walkthrough being guided on WhatsApp Web (./active-guide.ts). */
  activeGuide: 'local:activeGuide',
} as const;
