// Every key the extension keeps in extension storage, in one place, so no two items share a key by
// accident and what is stored outside IndexedDB can be read off one list.
export const STORAGE_KEYS = {
  /** The user's settings (./preferences.ts). */
  settings: 'local:settings',
  /** The per-install salt for business keys (./salt.ts); never exported. */
  salt: 'local:salt',
  /** The walkthrough being guided on WhatsApp Web (./active-guide.ts). */
  activeGuide: 'local:activeGuide',
} as const;
