import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';

export default tseslint.config(
  { ignores: ['.output/**', '.wxt/**', 'node_modules/**', 'tests/mock/**', 'docs/**', 'tests/e2e/.tmp/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { console: 'readonly', process: 'readonly' } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      // Nothing leaves the device, and page text is hostile input.
      'no-restricted-globals': ['error', 'fetch', 'XMLHttpRequest', 'WebSocket', 'EventSource'],
      'no-restricted-properties': [
        'error',
        { object: 'navigator', property: 'sendBeacon', message: 'Nothing leaves the device.' },
        { property: 'innerHTML', message: 'Render page text as text, never HTML.' },
        { property: 'outerHTML', message: 'Render page text as text, never HTML.' },
        { property: 'insertAdjacentHTML', message: 'Render page text as text, never HTML.' },
      ],
      'no-restricted-syntax': [
        'error',
        { selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']", message: 'Render page text as text, never HTML.' },
      ],
    },
  },
  {
    // Tests and tooling run in Node (and e2e callbacks run in the page) and may read files, start servers, etc.
    files: ['tests/**', 'scripts/**', '*.config.*'],
    languageOptions: { globals: { ...globals.node, ...globals.browser, chrome: 'readonly', browser: 'readonly' } },
    rules: { 'no-restricted-globals': 'off', 'no-restricted-properties': 'off' },
  },
);
