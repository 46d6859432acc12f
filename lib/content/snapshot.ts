import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { codeSignature } from '../cache/code-signature.mjs';
import { folderStamp } from '../cache/folder-stamp.mjs';
import { CACHE_ROOT, JSON_VALUE, diskCache } from '../cache/disk-cache.mjs';
import type { Post } from './load';

/**
 * The loaded, validated post list, kept by what it was loaded from: `npm run check` loads and
 * compiles every post first in a build; `next build`'s page workers and post-build then read
 * this one file instead of parsing every post and reading every compile again.
 */
const snapshots = diskCache(path.join(CACHE_ROOT, 'posts'), { ext: '.json', ...JSON_VALUE });

/**
 * The key of the post list in `postsDir` as it is now: every file below it (name, mtime, size) and
 * the code. Any save, added or deleted file or changed code gives a new key, so a stale list is never read.
 */
export function postsKey(postsDir: string, root = process.cwd()): string {
  return createHash('sha256').update(codeSignature()).update(path.resolve(root)).update(path.resolve(postsDir)).update(folderStamp(postsDir)).digest('hex');
}

/** The post list stored under `key` (postsKey, taken before loading), else undefined. */
export function readPostsSnapshot(key: string): Post[] | undefined {
  return snapshots.read(key) as Post[] | undefined;
}

/** Stores a loaded post list under the key taken before it was loaded (only valid lists are kept). */
export function writePostsSnapshot(key: string, posts: Post[]): void {
  snapshots.write(key, posts);
}

/**
 * `npm run build` starts `next build` and the content check at once (the compile of the app does
 * not need the posts). It hands `next build` this variable, `<pid>:<file>`: its page workers, which
 * do need the posts, wait for the check to settle `file` (checkGate) and then read the list the
 * check stored, instead of loading every post themselves meanwhile.
 */
export const CHECK_GATE_ENV = 'POSTS_CHECK_GATE';

/** The gate of one build: what to hand `next build`, and how to tell it the check's outcome. */
export function checkGate(dir = path.join(CACHE_ROOT, 'posts')): { env: Record<string, string>; settle: (passed: boolean) => void } {
  fs.mkdirSync(dir, { recursive: true });
  const file = path.join(dir, `check-${process.pid}.gate`);
  fs.rmSync(file, { force: true });
  return {
    env: { [CHECK_GATE_ENV]: `${process.pid}:${file}` },
    settle: (passed) => {
      fs.writeFileSync(file, passed ? 'passed' : 'failed');
      // The workers read it at once; a file left behind is only ever looked at by the same pid.
      process.once('exit', () => fs.rmSync(file, { force: true }));
    },
  };
}

/**
 * In a process of `next build` started by `npm run build`: blocks until the check settled the gate
 * (polling; this is a synchronous path, see getPosts), then returns the list stored under `key`.
 * Undefined without a gate, or when none is stored under the key (a post saved during the build):
 * the caller then loads the posts itself. Throws when the check failed, or when the build that
 * opened the gate is gone without settling it.
 */
export function postsAfterCheck(key: string, gate = process.env[CHECK_GATE_ENV]): Post[] | undefined {
  if (!gate) return undefined;
  const [pid, file] = [Number(gate.slice(0, gate.indexOf(':'))), gate.slice(gate.indexOf(':') + 1)];
  const pause = new Int32Array(new SharedArrayBuffer(4));
  for (;;) {
    const outcome = fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : undefined;
    if (outcome === 'failed') throw new Error('the content check failed (npm run build prints its report)');
    if (outcome === 'passed') return readPostsSnapshot(key);
    if (!isRunning(pid)) throw new Error(`the build (process ${pid}) that started this one ended before its content check did`);
    Atomics.wait(pause, 0, 0, 25);
  }
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
