// Comments cite the research notes as `file.md §section` (docs/research/README.md). A citation that names a
// missing note or a section without a heading sends a reader nowhere, so every one in the code must resolve;
// and the notes must live in the repository, not in a folder beside it.
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '..', '..');
const NOTES_DIR = 'docs/research';
const THIS_FILE = 'tests/unit/research-citations.test.ts';

/** Where citations are checked: the code, its tests and catalogs, and the root config files. */
const CITING = /^(?:(?:lib|components|entrypoints|scripts|tests|locales)\/.*|[^/]+\.config\.[cm]?[jt]s)$/;
const TEXT = /\.(?:[cm]?[jt]sx?|json|md|html|css)$/;

// A section id: "3", "3.1", "b", "b.2"; a range joins two ("§d.3–d.6", "§4–5").
const ID = String.raw`(?:\d+(?:\.\d+)*|[a-z](?:\.\d+)*)(?![\w])`;
const ITEM = String.raw`${ID}(?:[–-]§?${ID})?`;
const NOTE = String.raw`([a-z0-9-]+\.md)`;
const EXPLICIT = new RegExp(String.raw`${NOTE}\s+(?:§(${ITEM}(?:\s*,\s*§?${ITEM})*)|pitfall\s+(\d+))`, 'g');
const ALIAS_DECLARATION = new RegExp(String.raw`"([A-Z])§x"\s*=\s*(?:${NOTES_DIR}\/)?${NOTE}(?:\s+§x)?`, 'g');
const ALIASED = new RegExp(String.raw`(?<![\w§])([A-Z])§(${ITEM})`, 'g');
const BARE = new RegExp(String.raw`(?<![\w§])§(${ITEM})`, 'g');

type Notes = ReadonlyMap<string, ReadonlySet<string>>;

/** The ids a note can be cited by: its headings' "§id", and "pitfall N" for a "Pitfall N" heading. */
function headingIds(markdown: string): Set<string> {
  const ids = new Set<string>();
  for (const m of markdown.matchAll(/^#{1,6}[ \t]+§([0-9a-z]+(?:\.[0-9]+)*)/gm)) ids.add(m[1]!);
  for (const m of markdown.matchAll(/^#{1,6}[ \t]+Pitfall[ \t]+(\d+)\b/gim)) ids.add(`pitfall ${m[1]}`);
  return ids;
}

/** "d.3–d.6" → ["d.3", "d.6"]; "b.2, b.4, c" → ["b.2", "b.4", "c"]: the ends of every range must exist. */
function idsOf(items: string): string[] {
  return [...items.matchAll(new RegExp(ID, 'g'))].map((m) => m[0]);
}

/** What is wrong with the citations in one file's text, one message per problem; empty when all resolve. */
function citationProblems(path: string, source: string, notes: Notes): string[] {
  const problems: string[] = [];
  const lineOf = (index: number) => source.slice(0, index).split('\n').length;
  const check = (note: string, ids: string[], index: number) => {
    const headings = notes.get(note);
    if (!headings) return problems.push(`${path}:${lineOf(index)} cites ${note}, which is not in ${NOTES_DIR}/`);
    for (const id of ids) {
      const label = id.startsWith('pitfall') ? id : `§${id}`;
      if (!headings.has(id)) problems.push(`${path}:${lineOf(index)} cites ${note} ${label}: no such heading`);
    }
  };
  // Each match is blanked out once checked, so a later, looser pattern cannot read it again.
  let rest = source;
  const consume = (m: RegExpMatchArray) => {
    rest = rest.slice(0, m.index) + ' '.repeat(m[0].length) + rest.slice(m.index! + m[0].length);
  };

  const aliases = new Map<string, string>();
  for (const m of rest.matchAll(ALIAS_DECLARATION)) {
    aliases.set(m[1]!, m[2]!);
    consume(m);
  }
  for (const m of rest.matchAll(EXPLICIT)) {
    check(m[1]!, m[3] ? [`pitfall ${m[3]}`] : idsOf(m[2]!), m.index!);
    consume(m);
  }
  for (const m of rest.matchAll(ALIASED)) {
    const note = aliases.get(m[1]!);
    if (note) check(note, idsOf(m[2]!), m.index!);
    else problems.push(`${path}:${lineOf(m.index!)} ${m[0]}: no "${m[1]}§x" = <note>.md declared in this file`);
  }
  // A bare "§b.2" refers to a note this file names elsewhere; it must be a heading of one of them.
  const named = new Set([...source.matchAll(new RegExp(NOTE, 'g'))].map((m) => m[1]!).filter((note) => notes.has(note)));
  for (const m of rest.matchAll(BARE)) {
    const where = `${path}:${lineOf(m.index!)} §${m[1]}`;
    if (named.size === 0) problems.push(`${where}: a bare section, but the file names no research note`);
    else
      for (const id of idsOf(m[1]!))
        if (![...named].some((note) => notes.get(note)!.has(id))) problems.push(`${where}: no heading §${id} in ${[...named].join(', ')}`);
  }
  return problems;
}

function readNotes(): Notes {
  const files = readdirSync(join(ROOT, NOTES_DIR)).filter((f) => f.endsWith('.md'));
  return new Map(files.map((f) => [f, headingIds(readFileSync(join(ROOT, NOTES_DIR, f), 'utf8'))]));
}

/** Files in the working tree that are, or are about to be, in the repository (untracked but not ignored). */
function repositoryFiles(): string[] {
  const out = execFileSync('git', ['ls-files', '--cached', '--others', '--exclude-standard', '-z'], { cwd: ROOT, encoding: 'utf8' });
  return [...new Set(out.split('\0'))].filter((f) => f && existsSync(join(ROOT, f)));
}

const read = (path: string) => readFileSync(join(ROOT, path), 'utf8');

describe('the citation parser', () => {
  const notes: Notes = new Map([
    ['dom.md', new Set(['0', 'a', 'a.1', 'b', 'b.2', 'b.4', 'c', 'd.2', 'd.6'])],
    ['shares.md', new Set(['1', '1.3', '2', '3.1', '3.2', '4'])],
    ['tools.md', new Set(['4', '5', 'pitfall 9'])],
  ]);
  const problems = (source: string) => citationProblems('x.ts', source, notes);

  it('accepts citations, lists, ranges, pitfalls, aliases and bare sections that resolve', () => {
    expect(problems('// dom.md §b.2, b.4, c, d.2–d.6; shares.md §1.3 and §4 (shares.md §1–2)')).toEqual([]);
    expect(problems('// tools.md §4–5, tools.md pitfall 9.\n// dom.md §a.1: then §c and §0 in later comments')).toEqual([]);
    expect(problems('// "D§x" = docs/research/dom.md §x\nconst a = 1; // D§b.2, D§d.6')).toEqual([]);
  });

  it('rejects a section without a heading, wherever it sits in the citation', () => {
    expect(problems('// dom.md §b.3')).toEqual(['x.ts:1 cites dom.md §b.3: no such heading']);
    expect(problems('// dom.md §b.2, b.5')).toEqual(['x.ts:1 cites dom.md §b.5: no such heading']);
    expect(problems('// shares.md §3.1–3.3')).toEqual(['x.ts:1 cites shares.md §3.3: no such heading']);
    expect(problems('// tools.md pitfall 10')).toEqual(['x.ts:1 cites tools.md pitfall 10: no such heading']);
    expect(problems('// "D§x" = dom.md\n// D§e')).toEqual(['x.ts:2 cites dom.md §e: no such heading']);
    expect(problems('// dom.md §c, then S§1')).toEqual(['x.ts:1 S§1: no "S§x" = <note>.md declared in this file']);
  });

  it('rejects a note that does not exist', () => {
    expect(problems('// whatsapp-web.md §1.4')).toEqual(['x.ts:1 cites whatsapp-web.md, which is not in docs/research/']);
  });

  it('rejects a bare section that no named note has, or that has no note at all', () => {
    expect(problems('// dom.md §a.1\n// later: §3.1')).toEqual(['x.ts:2 §3.1: no heading §3.1 in dom.md']);
    expect(problems('// the header (§b.2)')).toEqual(['x.ts:1 §b.2: a bare section, but the file names no research note']);
  });
});

describe('research citations in the repository', () => {
  const notes = readNotes();
  const files = repositoryFiles();

  it('has the notes the code cites, each with section headings', () => {
    for (const note of ['whatsapp-dom.md', 'what-whatsapp-shares.md', 'ai-2026.md', 'browsers-under-test.md', 'peer-extensions.md']) {
      expect(notes.get(note)?.size, note).toBeGreaterThan(0);
    }
  });

  it('resolves every citation in code, tests, catalogs and config to a heading', () => {
    const citing = files.filter((f) => CITING.test(f) && TEXT.test(f) && f !== THIS_FILE);
    expect(citing.length).toBeGreaterThan(100);
    expect(citing.flatMap((f) => citationProblems(f, read(f), notes))).toEqual([]);
  });

  it('keeps the research inside the repository: no file points at the shared folder beside it', () => {
    const outside = ['..', 'shared'].join('/');
    const forbidden = [outside, ['shared', 'docs'].join('/'), ['shared', 'seeds'].join('/')];
    // A checkout may hold links to folders (e.g. node_modules in a worktree): only files are read.
    const offending = files.filter((f) => {
      if (!statSync(join(ROOT, f)).isFile()) return false;
      const text = readFileSync(join(ROOT, f));
      return !text.includes(0) && forbidden.some((s) => text.includes(s));
    });
    expect(offending).toEqual([]);
  });
});
