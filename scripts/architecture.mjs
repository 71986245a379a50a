// The import rules of lib/, as data: which lib folder may import which. ESLint enforces them per import
// (eslint.config.js, rule local/import-zones) and tests/unit/architecture.test.ts checks the whole graph
// for cycles. Imports follow the data one way: model at the bottom, then schema, then the data tables,
// storage and the message protocol, and the three runtimes on top, which never import each other.
import { existsSync } from 'node:fs';
import path from 'node:path';

const BASE = ['model', 'i18n'];
const DATA = [...BASE, 'schema', 'taxonomy', 'whatsapp', 'walkthroughs'];

/** lib folder → the lib folders it may import (besides itself). */
export const ALLOWED = {
  model: [],
  i18n: [],
  schema: ['model'],
  taxonomy: ['model', 'i18n'],
  whatsapp: ['model', 'i18n'],
  walkthroughs: ['model', 'i18n', 'taxonomy', 'whatsapp'],
  storage: ['model', 'schema', 'taxonomy'],
  protocol: ['model', 'schema'],
  content: [...DATA, 'storage', 'protocol'],
  background: [...DATA, 'storage', 'protocol'],
  view: [...DATA, 'storage', 'protocol'],
};

/** Outside lib: components use the view and the data, never the protocol or another runtime. */
export const COMPONENTS_ALLOWED = [...DATA, 'view'];

const SOURCE_EXTENSIONS = ['.ts', '.tsx', '.mjs', '.js', '/index.ts', '/index.tsx', ''];

/** The repo-relative file an import specifier points at, or undefined for packages. */
export function resolveImport(root, fromFile, spec) {
  let base;
  if (spec.startsWith('@/')) base = path.join(root, spec.slice(2));
  else if (spec.startsWith('.')) base = path.resolve(path.dirname(fromFile), spec);
  else return undefined;
  const found = SOURCE_EXTENSIONS.map((ext) => base + ext).find((candidate) => existsSync(candidate)) ?? base;
  return path.relative(root, found).split(path.sep).join('/');
}

/** 'lib/content/ui/notice.ts' → 'content'; 'components/x.tsx' → 'components'; else undefined. */
export function zoneOf(relativePath) {
  const parts = relativePath.split('/');
  if (parts[0] === 'lib' && parts.length > 2) return parts[1];
  if (parts[0] === 'components') return 'components';
  return undefined;
}

/** Why importing `to` from `from` (both repo-relative) breaks the rules, or undefined when it is fine. */
export function importProblem(from, to) {
  const source = zoneOf(from);
  const target = zoneOf(to);
  if (source === undefined || target === undefined || source === target) return undefined;
  if (source === 'components') {
    return COMPONENTS_ALLOWED.includes(target) ? undefined : `components may not import lib/${target} (use lib/view)`;
  }
  if (target === 'components') return `lib/${source} may not import components`;
  const allowed = ALLOWED[source];
  if (allowed === undefined) return `lib/${source} is not in the import rules (scripts/architecture.mjs)`;
  return allowed.includes(target) ? undefined : `lib/${source} may not import lib/${target}`;
}

/** Strongly connected groups of more than one folder (Tarjan): each is an import cycle. */
export function cycles(edges) {
  const nodes = [...new Set([...Object.keys(edges), ...Object.values(edges).flat()])];
  let index = 0;
  const order = new Map();
  const low = new Map();
  const stack = [];
  const onStack = new Set();
  const groups = [];
  const visit = (node) => {
    order.set(node, index);
    low.set(node, index++);
    stack.push(node);
    onStack.add(node);
    for (const next of edges[node] ?? []) {
      if (!order.has(next)) {
        visit(next);
        low.set(node, Math.min(low.get(node), low.get(next)));
      } else if (onStack.has(next)) low.set(node, Math.min(low.get(node), order.get(next)));
    }
    if (low.get(node) === order.get(node)) {
      const group = [];
      let member;
      do {
        member = stack.pop();
        onStack.delete(member);
        group.push(member);
      } while (member !== node);
      if (group.length > 1 || (edges[node] ?? []).includes(node)) groups.push(group.sort());
    }
  };
  for (const node of nodes) if (!order.has(node)) visit(node);
  return groups;
}
