// No import cycles between the project's own modules (app/, components/, lib/, scripts/): a cycle
// makes a module's exports undefined depending on which file is loaded first.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';

const ROOT = path.resolve(import.meta.dirname, '..');
const FOLDERS = ['app', 'components', 'lib', 'scripts'];
const EXTENSIONS = ['.ts', '.tsx', '.mjs', '.js', '.mts'];
// Static imports and re-exports that load code at run time: `import type` is erased by TypeScript
// and cannot change the order modules load in.
const IMPORT = /^\s*(?:import|export)\s+(?!type\s)(?:[^'";]*?\sfrom\s+)?['"]([^'"]+)['"]/gm;

function sourceFiles(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((name) => EXTENSIONS.some((ext) => name.endsWith(ext)) && !name.endsWith('.d.mts') && !name.endsWith('.d.ts'))
    .map((name) => path.join(dir, name));
}

/** The project file an import names, or undefined for packages. Resolves relative paths and the `@/` alias of tsconfig.json. */
export function resolveImport(from: string, specifier: string, root = ROOT): string | undefined {
  const base = specifier.startsWith('@/')
    ? path.join(root, specifier.slice(2))
    : specifier.startsWith('.')
      ? path.resolve(path.dirname(from), specifier)
      : undefined;
  if (!base) return undefined;
  const candidates = [base, ...EXTENSIONS.map((ext) => base + ext), ...EXTENSIONS.map((ext) => path.join(base, `index${ext}`))];
  return candidates.find((file) => fs.existsSync(file) && fs.statSync(file).isFile());
}

export function importGraph(files: string[], root = ROOT): Map<string, string[]> {
  const graph = new Map<string, string[]>();
  for (const file of files) {
    const source = fs.readFileSync(file, 'utf8');
    const targets = [...source.matchAll(IMPORT)].map((m) => resolveImport(file, m[1], root)).filter((t): t is string => t !== undefined);
    graph.set(file, [...new Set(targets)]);
  }
  return graph;
}

/** Every cycle found by a depth-first walk, each as the files around it. */
export function findCycles(graph: Map<string, string[]>): string[][] {
  const cycles: string[][] = [];
  const state = new Map<string, 'open' | 'done'>();
  const stack: string[] = [];
  const walk = (file: string) => {
    state.set(file, 'open');
    stack.push(file);
    for (const next of graph.get(file) ?? []) {
      if (state.get(next) === 'open') cycles.push([...stack.slice(stack.indexOf(next)), next]);
      else if (!state.has(next)) walk(next);
    }
    stack.pop();
    state.set(file, 'done');
  };
  for (const file of graph.keys()) if (!state.has(file)) walk(file);
  return cycles;
}

describe('import graph', () => {
  it('finds a cycle when there is one (through the @/ alias too)', () => {
    const dir = fs.mkdtempSync(path.join(import.meta.dirname, '..', '.cache-cycle-'));
    try {
      fs.writeFileSync(path.join(dir, 'a.ts'), "import { b } from './b';\nimport type { T } from './c';\n");
      fs.writeFileSync(path.join(dir, 'b.ts'), `export { a } from '@/${path.basename(dir)}/a';\n`);
      fs.writeFileSync(path.join(dir, 'c.ts'), "import { a } from './a';\n");
      const cycles = findCycles(importGraph(sourceFiles(dir)));
      assert.deepEqual(
        cycles.map((cycle) => cycle.map((file) => path.basename(file))),
        [['a.ts', 'b.ts', 'a.ts']],
      );
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('has no cycle in app/, components/, lib/ and scripts/', () => {
    const files = FOLDERS.flatMap((folder) => sourceFiles(path.join(ROOT, folder)));
    const cycles = findCycles(importGraph([...files, path.join(ROOT, 'mdx-components.tsx')]));
    assert.deepEqual(
      cycles.map((cycle) => cycle.map((file) => path.relative(ROOT, file)).join(' → ')),
      [],
    );
  });
});
