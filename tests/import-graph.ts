// The project's import graph, read from the source text: what tests/import-cycles.test.ts and
// tests/layout.test.ts check.
import fs from 'node:fs';
import path from 'node:path';

export const ROOT = path.resolve(import.meta.dirname, '..');
const EXTENSIONS = ['.ts', '.tsx', '.mjs', '.js', '.mts'];
// Static imports and re-exports that load code at run time: `import type` is erased by TypeScript
// and cannot change the order modules load in.
export const RUNTIME_IMPORT = /^\s*(?:import|export)\s+(?!type\s)(?:[^'";]*?\sfrom\s+)?['"]([^'"]+)['"]/gm;
/** Every import, type-only and dynamic ones too: what a file depends on at all. */
export const ANY_IMPORT = /(?:^\s*(?:import|export)\s+(?:[^'";]*?\sfrom\s+)?|\bimport\s*\(\s*)['"]([^'"]+)['"]/gm;

export function sourceFiles(dir: string): string[] {
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

export function importGraph(files: string[], root = ROOT, pattern = RUNTIME_IMPORT): Map<string, string[]> {
  const graph = new Map<string, string[]>();
  for (const file of files) {
    const source = fs.readFileSync(file, 'utf8');
    const targets = [...source.matchAll(pattern)].map((m) => resolveImport(file, m[1], root)).filter((t): t is string => t !== undefined);
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
