import fs from 'node:fs';
import path from 'node:path';

const SKIP = new Set(['node_modules', '.next', 'out', '.git', '.bench', '.cache', 'posts', 'test-results', 'playwright-report', 'package-lock.json']);

/** A new empty folder in .bench/ (made first: a fresh clone has none). */
export function makeBenchDir(root: string, label: string): string {
  fs.mkdirSync(path.join(root, '.bench'), { recursive: true });
  return fs.mkdtempSync(path.join(root, '.bench', `${label}-`));
}

/**
 * A throwaway copy of the project whose posts/ holds generated posts, so benchmarks build real
 * code against synthetic content without touching the working tree. It lives in .bench/ inside
 * the project with no lock file of its own: Turbopack then keeps the project as its root and
 * the copy resolves the project's node_modules.
 */
export function makeProjectCopy(root: string, label: string): string {
  const dir = makeBenchDir(root, label);
  for (const entry of fs.readdirSync(root)) {
    if (SKIP.has(entry)) continue;
    fs.cpSync(path.join(root, entry), path.join(dir, entry), { recursive: true });
  }
  return dir;
}
