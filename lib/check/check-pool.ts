import path from 'node:path';
import type { ContentProblem } from '../content/errors';
import { mapInProcesses } from '../parallel/shards';
import { compilePost, type PostLink } from '../mdx/compile-post.mjs';

export interface PostToCheck {
  source: string;
  /** Absolute path of the post's source file (index.mdx or index.md). */
  path: string;
  /** The path problems are reported under. */
  file: string;
  /** The fields of the frontmatter the pipeline reads, as the content layer parsed them (parsed from the source when absent). */
  frontmatter?: Record<string, unknown>;
}

export interface PostCheck {
  /** Errors and warnings (sanitised HTML, missing alt text in imported posts, unreadable <Paper> props…). */
  problems: ContentProblem[];
  /** Every element id in the rendered body (headings, footnotes), for anchor checks. */
  ids: string[];
  /** Every link in the body. */
  links: PostLink[];
  /** The body's prose (CompiledPost.text; '' when it does not compile). */
  text: string;
}

/**
 * The check of one post: its compile (the very one its page then reads from the cache), with
 * every problem listed one by one instead of the build's single failure.
 */
export async function checkPost(post: PostToCheck): Promise<PostCheck> {
  try {
    const { ids, links, text, warnings } = await compilePost(post.path, {
      media: 'publish',
      source: post.source,
      frontmatter: post.frontmatter,
      name: post.file,
    });
    return { problems: warnings.map((w) => ({ file: post.file, ...w, severity: 'warning' as const })), ids, links, text };
  } catch (error) {
    const { problems, message } = error as { problems?: ContentProblem[]; message: string };
    return { problems: problems ?? [{ file: post.file, message }], ids: [], links: [], text: '' };
  }
}

/** checkPost for each post, one after the other. */
export async function checkEach(posts: PostToCheck[]): Promise<PostCheck[]> {
  const results: PostCheck[] = [];
  for (const post of posts) results.push(await checkPost(post));
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
