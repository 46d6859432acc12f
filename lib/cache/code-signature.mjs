// One hash of the project's code (everything but the content), in plain JavaScript because
// next.config.mjs uses it too: as Next's build id, so that a build of unchanged code writes the very
// same pages, and as part of the keys of caches whose entries the code shapes.
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

/** What turns posts into pages: the routes, components, libraries, their configuration and the installed packages. */
export const CODE_PATHS = ['app', 'components', 'lib', 'mdx-components.tsx', 'site.config.ts', 'next.config.mjs', 'tsconfig.json', 'package-lock.json'];

/** @type {Map<string, string>} */
const signatures = new Map();

/**
 * The sha256 (hex) of every file of CODE_PATHS below `root` (names and bytes, in a fixed order).
 * Computed once per process and root: code does not change while a build runs.
 * @param {string} [root]
 * @returns {string}
 */
export function codeSignature(root = process.cwd()) {
  const known = signatures.get(root);
  if (known) return known;
  const hash = createHash('sha256');
  for (const entry of CODE_PATHS) {
    const full = path.join(root, entry);
    const stat = fs.statSync(full, { throwIfNoEntry: false });
    if (!stat) continue;
    const files = stat.isDirectory() ? fs.readdirSync(full, { recursive: true, encoding: 'utf8' }).map((name) => path.join(entry, name)) : [entry];
    for (const name of files.sort()) {
      const file = path.join(root, name);
      if (fs.statSync(file).isFile()) hash.update(`${name}\n`).update(fs.readFileSync(file));
    }
  }
  const signature = hash.digest('hex');
  signatures.set(root, signature);
  return signature;
}
