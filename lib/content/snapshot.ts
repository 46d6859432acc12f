import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { CACHE_ROOT, JSON_VALUE, diskCache } from '../cache/disk-cache.mjs';
import type { Post } from './load';

/**
 * The loaded, validated post list, kept by what it was loaded from: `npm run check` loads and
 * compiles every post first in a build; `next build`'s page workers and post-build then read
 * this one file instead of parsing every post and reading every compile again.
 */
const snapshots = diskCache(path.join(CACHE_ROOT, 'posts'), { ext: '.json', ...JSON_VALUE });

let codeHash: string | undefined;
/** The code that turns posts into Post objects (lib/, the site config) and the installed packages. */
function codeSignature(): string {
  if (!codeHash) {
    const root = /* turbopackIgnore: true */ process.cwd();
    const hash = createHash('sha256');
    const lib = path.join(root, 'lib');
    const files = fs.existsSync(lib) ? fs.readdirSync(lib, { recursive: true, encoding: 'utf8' }).map((name) => path.join('lib', name)) : [];
    for (const name of [...files.sort(), 'site.config.ts', 'package-lock.json']) {
      const file = path.join(root, name);
      if (fs.statSync(file, { throwIfNoEntry: false })?.isFile()) hash.update(name).update(fs.readFileSync(file));
    }
    codeHash = hash.digest('hex');
  }
  return codeHash;
}

/**
 * The key of the post list in `postsDir` as it is now: every file below it (name, mtime, size) and
 * the code. Any save, added or deleted file or changed code gives a new key, so a stale list is never read.
 */
export function postsKey(postsDir: string, root = process.cwd()): string {
  const hash = createHash('sha256').update(codeSignature()).update(path.resolve(root)).update(path.resolve(postsDir));
  for (const name of fs.readdirSync(postsDir, { recursive: true, encoding: 'utf8' }).sort()) {
    const stat = fs.statSync(path.join(postsDir, name), { throwIfNoEntry: false });
    hash.update(`${name}:${stat?.mtimeMs}:${stat?.isFile() ? stat.size : 'dir'}\n`);
  }
  return hash.digest('hex');
}

/** The post list stored under `key` (postsKey, taken before loading), else undefined. */
export function readPostsSnapshot(key: string): Post[] | undefined {
  return snapshots.read(key) as Post[] | undefined;
}

/** Stores a loaded post list under the key taken before it was loaded (only valid lists are kept). */
export function writePostsSnapshot(key: string, posts: Post[]): void {
  snapshots.write(key, posts);
}
