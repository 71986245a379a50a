import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

export default defineConfig({
  plugins: [WxtVitest()], // wxt.config, @/ alias, wxt/browser -> fakeBrowser
  test: {
    environment: 'node', // component tests opt into happy-dom with a file comment
    pool: 'threads', // measured faster than forks on our 2-core machines
    include: ['tests/unit/**/*.test.{ts,tsx}', 'tests/components/**/*.test.{ts,tsx}'],
    setupFiles: ['tests/setup/i18n.ts'],
  },
});
