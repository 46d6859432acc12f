import { fork } from 'node:child_process';
import os from 'node:os';
import path from 'node:path';
import { checkPost, type PostCheck } from './compile';

export interface PostToCheck {
  source: string;
  /** Absolute path of the post's index.mdx. */
  path: string;
  /** The path problems are reported under. */
  file: string;
}

/** Below this many posts, starting a process (and loading KaTeX and Shiki in it) costs more than it saves. */
const POSTS_PER_PROCESS = 100;

/**
 * checkPost for every post, in order. A large site is split over one process per core: compiling
 * is ~15 ms of CPU per post, so 1000 posts in one process took 20 s.
 */
export async function checkPosts(posts: PostToCheck[]): Promise<PostCheck[]> {
  const processes = Math.min(os.availableParallelism(), Math.floor(posts.length / POSTS_PER_PROCESS));
  if (processes <= 1) {
    const results: PostCheck[] = [];
    for (const post of posts) results.push(await checkPost(post.source, post.path, post.file));
    return results;
  }
  const shares = Array.from({ length: processes }, (_, index) => posts.filter((_, i) => i % processes === index));
  const results = await Promise.all(shares.map(checkInChild));
  return posts.map((_, i) => results[i % processes][Math.floor(i / processes)]);
}

function checkInChild(posts: PostToCheck[]): Promise<PostCheck[]> {
  return new Promise((resolve, reject) => {
    const child = fork(path.join(import.meta.dirname, 'check-worker.ts'), [], { execArgv: ['--import', 'tsx'], serialization: 'advanced' });
    let results: PostCheck[] | undefined;
    child.once('message', (message) => {
      results = message as PostCheck[];
      child.disconnect();
    });
    child.once('error', reject);
    child.once('exit', (code) => (results ? resolve(results) : reject(new Error(`checking posts: a worker process exited with code ${code} before answering`))));
    child.send(posts);
  });
}
