import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { buildCatalogs } from './scripts/i18n-catalog';

// The Firefox add-on id: pinned so the moz-extension UUID can be pinned in e2e and AMO keeps one listing.
export const GECKO_ID = 'metadata-ledger@metadata-ledger.invalid';

export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'], // wxt/browser -> webextension-polyfill (browsers-under-test.md §1)
  imports: false, // everything is imported explicitly; no auto-import magic
  vite: () => ({ plugins: [preact()] }), // WXT has no Preact module (browsers-under-test.md pitfall 4)
  webExt: { disabled: true }, // `npm run dev` must not try to open a browser on headless machines
  zip: { excludeSources: ['.output/**', 'docs/screenshots/**', 'tests/e2e/.tmp/**'] },
  hooks: {
    // The catalog is authored in parts (locales/<lang>/*.json) and shipped as one _locales/<lang>/messages.json.
    'build:publicAssets': (_wxt, files) => {
      for (const [lang, messages] of Object.entries(buildCatalogs())) {
        files.push({ relativeDest: `_locales/${lang}/messages.json`, contents: JSON.stringify(messages, null, 1) });
      }
    },
  },
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    // Why each permission is needed: docs/permissions.md.
    permissions: ['storage', 'alarms'],
    host_permissions: ['https://web.whatsapp.com/*'],
    action: { default_title: '__MSG_extName__' },
    ...(browser === 'firefox' && {
      browser_specific_settings: {
        gecko: {
          id: GECKO_ID,
          // data_collection_permissions (no data collected) is understood from Firefox 140.
          strict_min_version: '140.0',
          data_collection_permissions: { required: ['none'] },
        },
        gecko_android: { strict_min_version: '142.0' },
      },
    }),
  }),
});
