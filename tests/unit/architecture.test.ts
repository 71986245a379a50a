// The shape of lib/: every import between lib folders follows scripts/architecture.mjs, and the folder
// graph has no cycle. ESLint reports a bad import where it is written; this test sees the whole graph.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ALLOWED, cycles, importProblem, resolveImport, zoneOf } from '../../scripts/architecture.mjs';

const ROOT = join(import.meta.dirname, '..', '..');
const SPECIFIER =
  /(?:^|\n)\s*(?:import|export)\b[^'";]*?\bfrom\s*['"]([^'"]+)['"]|\bimport\(\s*['"]([^'"]+)['"]\s*\)|(?:^|\n)\s*import\s*['"]([^'"]+)['"]/g;

function sourceFiles(dir: string): string[] {
  return readdirSync(join(ROOT, dir), { recursive: true, encoding: 'utf8' })
    .filter((f) => /\.tsx?$/.test(f))
    .map((f) => `${dir}/${f.split('\\').join('/')}`);
}

interface Edge {
  from: string;
  to: string;
}

function importsOf(file: string): Edge[] {
  const text = readFileSync(join(ROOT, file), 'utf8');
  const edges: Edge[] = [];
  for (const m of text.matchAll(SPECIFIER)) {
    const spec = m[1] ?? m[2] ?? m[3]!;
    const to = resolveImport(ROOT, join(ROOT, file), spec);
    if (to !== undefined) edges.push({ from: file, to });
  }
  return edges;
}

const FILES = [...sourceFiles('lib'), ...sourceFiles('components')];
const EDGES = FILES.flatMap(importsOf);

function folderGraph(edges: Edge[]): Record<string, string[]> {
  const graph: Record<string, Set<string>> = {};
  for (const { from, to } of edges) {
    const a = zoneOf(from);
    const b = zoneOf(to);
    if (a === undefined || b === undefined || a === b) continue;
    (graph[a] ??= new Set()).add(b);
  }
  return Object.fromEntries(Object.entries(graph).map(([k, v]) => [k, [...v].sort()]));
}

describe('lib import rules', () => {
  it('reads the imports it checks', () => {
    expect(FILES.length).toBeGreaterThan(50);
    expect(EDGES.some((e) => e.from.startsWith('lib/background/') && e.to.startsWith('lib/model/'))).toBe(true);
  });

  it('every lib folder is in the rules', () => {
    const folders = new Set(FILES.filter((f) => f.startsWith('lib/')).map((f) => zoneOf(f)!));
    expect([...folders].filter((f) => !(f in ALLOWED))).toEqual([]);
  });

  it('no import breaks the rules', () => {
    const problems = EDGES.flatMap(({ from, to }) => {
      const problem = importProblem(from, to);
      return problem ? [`${from} → ${to}: ${problem}`] : [];
    });
    expect(problems).toEqual([]);
  });

  it('the lib folder graph has no cycle', () => {
    expect(cycles(folderGraph(EDGES.filter((e) => e.from.startsWith('lib/'))))).toEqual([]);
  });

  it('the rules themselves are one-way', () => {
    expect(cycles(ALLOWED)).toEqual([]);
  });

  it('the checks catch what they must (negative cases)', () => {
    expect(cycles({ a: ['b'], b: ['c'], c: ['a'], d: ['a'] })).toEqual([['a', 'b', 'c']]);
    expect(importProblem('lib/content/start.ts', 'lib/background/handlers.ts')).toMatch(/may not import lib\/background/);
    expect(importProblem('lib/model/ids.ts', 'lib/taxonomy/rules.ts')).toMatch(/may not import/);
    expect(importProblem('components/popup/Popup.tsx', 'lib/protocol/client.ts')).toMatch(/use lib\/view/);
    expect(importProblem('lib/view/store.ts', 'lib/protocol/client.ts')).toBeUndefined();
  });
});
