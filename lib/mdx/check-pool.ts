import path from 'node:path';
import { mapInProcesses } from '../shards';
import { checkPost, type PostCheck } from './compile';

export interface PostToCheck {
  source: string;
  /** Absolute path of the post's source file (index.mdx or index.md). */
  path: string;
  /** The path problems are reported under. */
  file: string;
}

/** checkPost for each post, one after the other. */
export async function checkEach(posts: PostToCheck[]): Promise<PostCheck[]> {
  const results: PostCheck[] = [];
  for (const post of posts) results.push(await checkPost(post.source, post.path, post.file));
  return results;
}

/**
 * checkPost for every post, in order. A large site is split over one process per core: compiling
 * is ~15 ms of CPU per post, so 1000 posts in one process took 20 s. Below 100 posts a process,
 * loading KaTeX and Shiki in it costs more than it saves.
 */
export function checkPosts(posts: PostToCheck[]): Promise<PostCheck[]> {
  return mapInProcesses(posts, checkEach, { worker: path.join(import.meta.dirname, 'check-worker.ts'), perProcess: 100 });
}
