// Issue 12 item 10: "nothing leaves the device" enforced by the browser: the extension pages' policy allows no remote
// connection, image, font, media, frame or plugin. (tests/e2e/security.test.mjs shows both browsers refusing a fetch.)
import { describe, expect, it } from 'vitest';
import config, { extensionPagesCsp } from '@/wxt.config';

type ManifestOf = (env: { browser: string; command: 'build' | 'serve'; manifestVersion: 2 | 3; mode: string }) => {
  content_security_policy?: { extension_pages?: string } | string;
};

const directives = (policy: string) =>
  Object.fromEntries(
    policy
      .split(';')
      .map((part) => part.trim().split(/\s+/))
      .map(([name, ...sources]) => [name!, sources]),
  );

describe('the extension pages’ content security policy', () => {
  it.each([
    ['chrome', 3],
    ['firefox', 2],
  ] as const)('is in the %s manifest', (browser, manifestVersion) => {
    const manifest = (config.manifest as ManifestOf)({ browser, command: 'build', manifestVersion, mode: 'production' });
    expect(manifest.content_security_policy).toEqual({ extension_pages: extensionPagesCsp(false) });
  });

  it('allows connections and images only from the extension itself, and no plugin, frame or form target', () => {
    const policy = directives(extensionPagesCsp(false));
    expect(policy['connect-src']).toEqual(["'self'"]);
    expect(policy['default-src']).toEqual(["'self'"]);
    expect(policy['script-src']).toEqual(["'self'"]);
    expect(policy['object-src']).toEqual(["'none'"]);
    expect(policy['frame-src']).toEqual(["'none'"]);
    expect(policy['form-action']).toEqual(["'none'"]);
    expect(policy['base-uri']).toEqual(["'none'"]);
    for (const sources of Object.values(policy)) {
      for (const source of sources) expect(source).toMatch(/^('self'|'none'|'unsafe-inline'|data:|blob:)$/);
    }
  });

  it('lets only `npm run dev` reach the local dev server', () => {
    expect(directives(extensionPagesCsp(true))['connect-src']).toEqual(["'self'", 'http://localhost:*', 'ws://localhost:*']);
  });
});
