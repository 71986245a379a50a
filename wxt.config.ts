import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { buildCatalogs } from './scripts/i18n-catalog';

// The Firefox add-on id: pinned so the moz-extension UUID can be pinned in e2e and AMO keeps one listing.
export const GECKO_ID = 'metadata-ledger@metadata-ledger.invalid';

/**
 * The extension pages' content security policy: nothing leaves the device, enforced by the browser rather than only
 * promised. No connection anywhere but the extension itself (connect-src), no remote image, font, media or frame, no
 * plugin, no form submission, no <base> redirect. Styles may be inline (Preact sets them); scripts only our own files.
 * `npm run dev` alone may also reach WXT's local dev server (hot reload); builds never.
 */
export function extensionPagesCsp(devServer: boolean): string {
  const dev = devServer ? ' http://localhost:* ws://localhost:*' : '';
  return [
    "default-src 'self'",
    "script-src 'self'",
    `connect-src 'self'${dev}`,
    "img-src 'self' data: blob:",
    "style-src 'self' 'unsafe-inline'",
    "font-src 'self'",
    "media-src 'self'",
    "frame-src 'none'",
    "worker-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');
}

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
  manifest: ({ browser, command }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    // Why each permission is needed: docs/permissions.md.
    permissions: ['storage', 'alarms'],
    host_permissions: ['https://web.whatsapp.com/*'],
    action: { default_title: '__MSG_extName__' },
    // WXT writes it as MV2's string for Firefox; the dev server's own addition (script-src) applies to `npm run dev` only.
    content_security_policy: { extension_pages: extensionPagesCsp(command === 'serve') },
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
