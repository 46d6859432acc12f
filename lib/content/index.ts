import path from 'node:path';
import { loadAllPosts, type Post } from './load';

export type { Post } from './load';
export { ContentError, formatProblem } from './errors';

// Fixed: lib/content/body.ts imports post bodies from this same folder.
export const POSTS_DIR = path.join(process.cwd(), 'posts');

/**
 * Drafts are part of the site only while editing (`next dev`). A production build never
 * sees them, so they cannot leak into pages, feeds, sitemaps or indexes.
 */
export const SHOW_DRAFTS = process.env.NODE_ENV !== 'production';

let cache: Post[] | undefined;

/** Every post the current mode may show, newest first. Loaded once per build process. */
export function getPosts(): Post[] {
  // In dev every request re-reads posts/ so edits and new folders show without a restart.
  if (cache && !SHOW_DRAFTS) return cache;
  cache = visiblePosts(loadAllPosts({ postsDir: POSTS_DIR }), SHOW_DRAFTS);
  return cache;
}

export function visiblePosts(posts: Post[], showDrafts: boolean): Post[] {
  return showDrafts ? posts : posts.filter((post) => !post.draft);
}

export function getPost(slug: string): Post | undefined {
  return getPosts().find((post) => post.slug === slug);
}

