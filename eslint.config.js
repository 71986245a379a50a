import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';
import { relative, sep } from 'node:path';
import { importProblem, resolveImport } from './scripts/architecture.mjs';

const root = import.meta.dirname;

/** Imports follow the data one way; the zones are in scripts/architecture.mjs. */
const importZones = {
  meta: { type: 'problem', schema: [] },
  create(context) {
    const from = relative(root, context.filename).split(sep).join('/');
    const check = (node) => {
      if (!node.source || typeof node.source.value !== 'string') return;
      const to = resolveImport(root, context.filename, node.source.value);
      const problem = to && from && importProblem(from, to);
      if (problem) context.report({ node: node.source, message: `${problem}. See the import rules in scripts/architecture.mjs.` });
    };
    return { ImportDeclaration: check, ExportNamedDeclaration: check, ExportAllDeclaration: check, ImportExpression: check };
  },
};

export default tseslint.config(
  { ignores: ['.output/**', '.wxt/**', 'node_modules/**', 'tests/mock/**', 'docs/**', 'tests/e2e/.tmp/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { console: 'readonly', process: 'readonly' } },
    plugins: { local: { rules: { 'import-zones': importZones } } },
    rules: {
      'local/import-zones': 'error',
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
    files: ['tests/**', 'scripts/**', 'bench/**', '*.config.*'],
    languageOptions: { globals: { ...globals.node, ...globals.browser, chrome: 'readonly', browser: 'readonly' } },
    rules: { 'no-restricted-globals': 'off', 'no-restricted-properties': 'off' },
  },
);
