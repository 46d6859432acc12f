import path from 'node:path';
import { loadAllPosts, postsReloader, type Post } from './load';
import { buildPapersIndex } from './papers-index';
import { buildRelatedIndex } from './related';
import { LANGS } from './schema';
import { buildTagIndex, type Tag } from './tags';

export type { Post } from './load';
export type { Tag } from './tags';
export type { IndexedPaper, PapersIndex } from './papers-index';
export { tagSlug } from './tags';
export { ContentError, formatProblem } from './errors';

// Fixed: lib/content/body.ts imports post bodies from this same folder.
export const POSTS_DIR = path.join(process.cwd(), 'posts');

/**
 * Drafts are part of the site only while editing (`next dev`). A production build never
 * sees them, so they cannot leak into pages, feeds, sitemaps or indexes.
 */
export const SHOW_DRAFTS = process.env.NODE_ENV !== 'production';

/** How post images are addressed: published beside the page (with variants) by a build, served from the post folder by `next dev`'s dev-only route. */
export const MEDIA_MODE = process.env.NODE_ENV === 'production' ? 'publish' : 'dev';

let cache: Post[] | undefined;
// In dev every call re-lists posts/ so edits and new folders show without a restart.
const reloadPosts = postsReloader({ postsDir: POSTS_DIR });

/**
 * Every post the current mode may show, newest first. Loaded once per build process; in dev the
 * same array until a post changes (only changed files are parsed again).
 */
export function getPosts(): Post[] {
  if (SHOW_DRAFTS) return visiblePosts(reloadPosts(), true);
  cache ??= visiblePosts(loadAllPosts({ postsDir: POSTS_DIR }), false);
  return cache;
}

export function visiblePosts(posts: Post[], showDrafts: boolean): Post[] {
  return showDrafts ? posts : posts.filter((post) => !post.draft);
}

export function getPost(slug: string): Post | undefined {
  return getPosts().find((post) => post.slug === slug);
}

/**
 * Site-wide data (tag index, related posts, papers…) derived from the post list. Computed once per
 * post list and reused by every page of the build, never afresh per page.
 */
export function derived<T>(compute: (posts: Post[]) => T): () => T {
  const memo = new WeakMap<Post[], T>();
  return () => {
    const posts = getPosts();
    if (!memo.has(posts)) memo.set(posts, compute(posts));
    return memo.get(posts)!;
  };
}

export const getTags = derived(buildTagIndex);

export function getTag(slug: string): Tag | undefined {
  return getTags().find((tag) => tag.slug === slug);
}

export const getRelatedIndex = derived(buildRelatedIndex);

/** Up to three posts related to this one (never itself; drafts only in dev, like everything else). */
export function getRelatedPosts(slug: string): Post[] {
  return getRelatedIndex().get(slug) ?? [];
}

/** Older and newer neighbours in publication order. */
export function getAdjacentPosts(slug: string): { older?: Post; newer?: Post } {
  const posts = getPosts();
  const i = posts.findIndex((post) => post.slug === slug);
  if (i === -1) return {};
  return { newer: posts[i - 1], older: posts[i + 1] };
}

/** Every post of a series, oldest first (the reading order). */
export function getSeries(name: string): Post[] {
  return getPosts()
    .filter((post) => post.series === name)
    .reverse();
}

/** Languages that have posts, with their posts, newest first. */
export const getLanguages = derived((posts) =>
  LANGS.map((lang) => ({ lang, posts: posts.filter((post) => post.lang === lang) })).filter(({ posts }) => posts.length > 0),
);

/** Every <Paper> of the public posts, grouped by the year each post reviews (/papers/). */
export const getPapersIndex = derived(buildPapersIndex);
