import { builtinModules } from 'node:module';
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, normalize, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

/**
 * The layer rule of DESIGN.md ("Layers point one way"), checked on the source: every import of every src/**\/*.ts
 * file — static, re-export, `import type`, dynamic `import()` and `typeof import()` — may point only to its own
 * layer or to one below it. src/internal/ may be used by any layer and uses none; src/history/ (the bundled data,
 * its own package entry) is reached only lazily, by a dynamic import (src/internal/loadHistory.ts and the CLI).
 */

/** DESIGN.md's order, lowest first; history sits above evidence, whose types it builds on. */
const ORDER = [
  'money',
  'growth',
  'uncertainty',
  'scenario',
  'simulation',
  'sensitivity',
  'evidence',
  'history',
  'presets',
  'report',
  'cli',
] as const;

const SRC = fileURLToPath(new URL('../../src/', import.meta.url));

/** The package's own entries, as src/ reaches them by self-reference. */
const SELF: Record<string, string> = { tradepath: 'index.ts', 'tradepath/history': 'history/index.ts' };

type Kind = 'import' | 'import type' | 'export from' | 'import()' | 'typeof import()';

interface Edge {
  /** Path under src/, with forward slashes. */
  readonly from: string;
  readonly to: string;
  readonly specifier: string;
  readonly kind: Kind;
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return entry.name.endsWith('.ts') ? [path] : [];
  });
}

const posix = (path: string) => path.split(sep).join('/');

/** Every module specifier in a file, with how it is imported. */
function specifiers(file: string): { specifier: string; kind: Kind }[] {
  const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
  const found: { specifier: string; kind: Kind }[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isImportDeclaration(node) && ts.isStringLiteral(node.moduleSpecifier)) {
      const typeOnly = node.importClause?.isTypeOnly === true;
      found.push({ specifier: node.moduleSpecifier.text, kind: typeOnly ? 'import type' : 'import' });
    } else if (ts.isExportDeclaration(node) && node.moduleSpecifier && ts.isStringLiteral(node.moduleSpecifier)) {
      found.push({ specifier: node.moduleSpecifier.text, kind: 'export from' });
    } else if (ts.isImportEqualsDeclaration(node) && ts.isExternalModuleReference(node.moduleReference)) {
      const expr = node.moduleReference.expression;
      if (ts.isStringLiteral(expr)) found.push({ specifier: expr.text, kind: 'import' });
    } else if (
      ts.isCallExpression(node) &&
      node.expression.kind === ts.SyntaxKind.ImportKeyword &&
      node.arguments[0] !== undefined
    ) {
      const arg = node.arguments[0];
      // A computed specifier cannot be checked: it is itself a finding.
      found.push({ specifier: ts.isStringLiteralLike(arg) ? arg.text : `<computed ${arg.getText(source)}>`, kind: 'import()' });
    } else if (ts.isImportTypeNode(node) && ts.isLiteralTypeNode(node.argument) && ts.isStringLiteral(node.argument.literal)) {
      found.push({ specifier: node.argument.literal.text, kind: 'typeof import()' });
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

const files = sourceFiles(SRC);
const known = new Set(files.map((f) => posix(relative(SRC, f))));

/** The src/-relative file a specifier names, or undefined for a package outside this one (zod, node:*). */
function target(from: string, specifier: string): string | undefined {
  if (specifier in SELF) return SELF[specifier];
  if (!specifier.startsWith('.')) return undefined;
  const base = posix(normalize(join(dirname(from), specifier)));
  for (const candidate of [base, `${base}.ts`, `${base}/index.ts`, base.replace(/\.js$/, '.ts')]) {
    if (known.has(candidate)) return candidate;
  }
  return base; // outside src/ (../package.json) or missing: kept, so that the rules below see it
}

const imports = files.flatMap((file) => {
  const from = posix(relative(SRC, file));
  return specifiers(file).map(({ specifier, kind }) => ({ from, specifier, kind }));
});

const edges: Edge[] = imports.flatMap(({ from, specifier, kind }) => {
  const to = specifier.startsWith('<computed') ? undefined : target(from, specifier);
  return to === undefined ? [] : [{ from, to, specifier, kind }];
});

/** Node's own modules (`node:fs`, or a bare `fs`), which DESIGN keeps out of the core. */
const NODE_BUILTINS = new Set(builtinModules);
const isNodeModule = (specifier: string) => specifier.startsWith('node:') || NODE_BUILTINS.has(specifier);

/** The top folder of a src/ path: its layer; '' for src/index.ts, '..' for a file outside src/. */
function folderOf(path: string): string {
  if (path.startsWith('../')) return '..';
  const slash = path.indexOf('/');
  return slash < 0 ? '' : path.slice(0, slash);
}

/** Why an import breaks the rule, or undefined when it keeps it. */
function violation(edge: Edge): string | undefined {
  const a = folderOf(edge.from);
  const b = folderOf(edge.to);
  if (b === '..') return edge.to === '../package.json' ? undefined : 'imports from outside src/';
  if (a === b) return undefined;
  if (a === '') return undefined; // src/index.ts re-exports every layer
  if (b === '') return 'imports the package index, which re-exports every layer';
  if (b === 'history') {
    if (edge.kind === 'import()') return undefined;
    if (edge.from === 'internal/loadHistory.ts' && edge.kind === 'typeof import()') return undefined;
    return 'reaches the bundled history other than by a lazy import()';
  }
  if (b === 'internal') return undefined;
  if (a === 'internal') return 'src/internal/ is used by every layer, so it may import none';
  const ia = ORDER.indexOf(a as (typeof ORDER)[number]);
  const ib = ORDER.indexOf(b as (typeof ORDER)[number]);
  if (ia < 0) return `src/${a}/ is not a layer of DESIGN.md`;
  if (ib < 0) return `src/${b}/ is not a layer of DESIGN.md`;
  return ib > ia ? `${a} is below ${b}: the import runs back up a layer` : undefined;
}

/** Cycles (strongly connected sets larger than one) in a graph, each sorted, in a stable order. */
function cycles(nodes: readonly string[], next: (node: string) => readonly string[]): string[][] {
  let counter = 0;
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const out: string[][] = [];
  const connect = (v: string): void => {
    index.set(v, counter);
    low.set(v, counter);
    counter++;
    stack.push(v);
    onStack.add(v);
    for (const w of next(v)) {
      if (!index.has(w)) {
        connect(w);
        low.set(v, Math.min(low.get(v)!, low.get(w)!));
      } else if (onStack.has(w)) low.set(v, Math.min(low.get(v)!, index.get(w)!));
    }
    if (low.get(v) === index.get(v)) {
      const set: string[] = [];
      let w: string;
      do {
        w = stack.pop()!;
        onStack.delete(w);
        set.push(w);
      } while (w !== v);
      if (set.length > 1) out.push(set.sort());
    }
  };
  for (const v of nodes) if (!index.has(v)) connect(v);
  return out.map((c) => c).sort((x, y) => x[0]!.localeCompare(y[0]!));
}

function graph(key: (path: string) => string, keep: (edge: Edge) => boolean) {
  const next = new Map<string, Set<string>>();
  for (const edge of edges.filter(keep)) {
    const a = key(edge.from);
    const b = key(edge.to);
    if (a === b || folderOf(edge.to) === '..') continue;
    if (!next.has(a)) next.set(a, new Set());
    next.get(a)!.add(b);
  }
  const nodes = [...new Set([...next.keys(), ...[...next.values()].flatMap((s) => [...s])])].sort();
  return cycles(nodes, (n) => [...(next.get(n) ?? [])].sort());
}

describe('layers (DESIGN.md: money → growth → uncertainty → scenario → simulation → sensitivity → evidence → presets → report → cli)', () => {
  it('reads the imports of every source file', () => {
    // The parser must see each kind of import, or the checks below would pass vacuously.
    expect(files.length).toBeGreaterThan(150);
    const kinds = new Set(edges.map((e) => e.kind));
    expect([...kinds].sort()).toEqual(['export from', 'import', 'import type', 'import()', 'typeof import()']);
    expect(edges).toContainEqual({
      from: 'internal/loadHistory.ts',
      to: 'history/index.ts',
      specifier: 'tradepath/history',
      kind: 'import()',
    });
  });

  it('flags an import that runs back up a layer, and the other broken rules', () => {
    const edge = (from: string, to: string, kind: Kind = 'import'): Edge => ({ from, to, specifier: to, kind });
    expect(violation(edge('scenario/project.ts', 'simulation/kernel.ts'))).toBe(
      'scenario is below simulation: the import runs back up a layer',
    );
    expect(violation(edge('sensitivity/discover.ts', 'report/markdown.ts', 'import type'))).toBe(
      'sensitivity is below report: the import runs back up a layer',
    );
    expect(violation(edge('simulation/kernel.ts', 'scenario/project.ts'))).toBeUndefined();
    expect(violation(edge('cli/run.ts', 'internal/show.ts'))).toBeUndefined();
    expect(violation(edge('internal/show.ts', 'money/decimal.ts'))).toBe(
      'src/internal/ is used by every layer, so it may import none',
    );
    expect(violation(edge('evidence/types.ts', 'history/types.ts', 'import type'))).toBe(
      'reaches the bundled history other than by a lazy import()',
    );
    expect(violation(edge('cli/commands/history.ts', 'history/index.ts', 'import()'))).toBeUndefined();
    expect(violation(edge('report/table.ts', 'index.ts'))).toBe(
      'imports the package index, which re-exports every layer',
    );
    expect(violation(edge('odd/x.ts', 'money/decimal.ts'))).toBe('src/odd/ is not a layer of DESIGN.md');
  });

  it('has no import running back up a layer', () => {
    const found = edges.flatMap((edge) => {
      const why = violation(edge);
      return why === undefined ? [] : [`src/${edge.from}: ${edge.kind} '${edge.specifier}' — ${why}`];
    });
    expect(found).toEqual([]);
  });

  it('finds a cycle when there is one', () => {
    const next: Record<string, string[]> = { a: ['b'], b: ['c', 'a'], c: [], d: ['d'] };
    expect(cycles(Object.keys(next), (n) => next[n]!)).toEqual([['a', 'b']]);
  });

  it('has no cycle between the top folders of src/', () => {
    // The lazy edge to the bundled history is a load at run time, not a dependency of the code that names it.
    const found = graph(folderOf, (e) => !(folderOf(e.to) === 'history' && e.kind.endsWith('import()')));
    expect(found).toEqual([]);
  });

  it('uses node: modules only in the CLI and the worker pool (DESIGN: the core runs anywhere JavaScript runs)', () => {
    const allowed = (from: string) => from.startsWith('cli/') || from === 'simulation/parallel.ts' || from === 'simulation/worker.ts';
    const found = imports.filter((i) => isNodeModule(i.specifier) && !allowed(i.from));
    expect(found.map((i) => `src/${i.from}: ${i.kind} '${i.specifier}'`)).toEqual([]);
    expect(imports.some((i) => i.from === 'simulation/worker.ts' && i.specifier === 'node:worker_threads')).toBe(true);
  });

  it('names every dynamic import literally, but for the hidden loader of node: modules in the worker pool', () => {
    // parallel.ts imports node:worker_threads, node:os and node:fs through a variable on purpose, so that bundlers
    // for the browser leave them alone; every other import() must be checkable by the rules above.
    const computed = imports.filter((i) => i.specifier.startsWith('<computed'));
    expect(computed.map((i) => `src/${i.from}: ${i.specifier}`)).toEqual(['src/simulation/parallel.ts: <computed name>']);
  });

  it('has no cycle between files', () => {
    expect(graph((p) => p, () => true)).toEqual([]);
  });
});
