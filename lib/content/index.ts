import path from 'node:path';
import { printProblems } from './code-frame';
import { loadAllPosts, postsReloader, type Post, type PostsSnapshot } from './load';
import { compiledPost } from './body';
import { buildPapersIndex } from './papers-index';
import { buildPostNavigation, type PostNavigation } from './post-navigation';
import { LANGS } from './schema';
import { buildTagIndex, type Tag } from './tags';
import { buildTranslationIndex } from './translations';
import { reloadOnChange } from './watch';

export type { Post } from './load';
export type { Tag } from './tags';
export type { PostNavigation } from './post-navigation';
export type { IndexedPaper, PapersIndex } from './papers-index';
export { tagSlug } from './tags';
export { ContentError, formatProblem } from './errors';

export const POSTS_DIR = path.join(process.cwd(), 'posts');

/**
 * Drafts are part of the site only while editing (`next dev`). A production build never
 * sees them, so they cannot leak into pages, feeds, sitemaps or indexes.
 */
export const SHOW_DRAFTS = process.env.NODE_ENV !== 'production';

export { MEDIA_MODE } from './body';

let cache: Post[] | undefined;
// In dev posts/ is listed again after each change, so edits and new folders show without a restart:
// in `next dev`'s server (whose bundles set NEXT_RUNTIME) only after a change under it, seen by a
// watch; elsewhere (unit tests, scripts) on every call, since an open watch keeps a process alive.
const reloadPosts = postsReloader({ postsDir: POSTS_DIR });
let watchedPosts: { current: () => PostsSnapshot } | undefined;
let reported: PostsSnapshot | undefined;

/**
 * In dev: the posts as they are now, and the problems of the broken ones (left out of the list
 * rather than thrown, so the other pages keep working). Problems are printed once per change.
 */
export function getPostsSnapshot(): PostsSnapshot {
  if (process.env.NEXT_RUNTIME) watchedPosts ??= reloadOnChange(POSTS_DIR, reloadPosts);
  const snapshot = watchedPosts ? watchedPosts.current() : reloadPosts();
  if (snapshot !== reported) {
    reported = snapshot;
    if (snapshot.problems.length > 0) printProblems(snapshot.problems);
  }
  return snapshot;
}

/**
 * Every post the current mode may show, newest first. Loaded once per build process; in dev the
 * same array until a post changes (only changed files are parsed again).
 */
export function getPosts(): Post[] {
  if (SHOW_DRAFTS) return visiblePosts(getPostsSnapshot().posts, true);
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

const getPostNavigations = derived(buildPostNavigation);

/** Series, older/newer and related posts for the end of a post, none listed twice (see buildPostNavigation). */
function getPostNavigation(slug: string): PostNavigation {
  return getPostNavigations().get(slug) ?? { series: [], related: [] };
}

/** Every series with two posts or more (name, posts oldest first), the one with the newest post first. */
export const getSeriesList = derived((posts) => {
  const names = [...new Set(posts.flatMap((post) => (post.series ? [post.series] : [])))];
  return names.map((name) => ({ name, posts: posts.filter((post) => post.series === name).reverse() })).filter((series) => series.posts.length > 1);
});

/** Languages that have posts, with their posts, newest first. */
export const getLanguages = derived((posts) =>
  LANGS.map((lang) => ({ lang, posts: posts.filter((post) => post.lang === lang) })).filter(({ posts }) => posts.length > 0),
);

/** Every <Paper> of the public posts, grouped by the year each post reviews (/papers/). */
export const getPapersIndex = derived(async (posts) =>
  buildPapersIndex(posts, await Promise.all(posts.map(async (post) => (await compiledPost(post)).papers))),
);

export const getTranslationIndex = derived(buildTranslationIndex);

/** The same post in other languages (its `translations`, or posts naming it in theirs). */
function getTranslations(slug: string): Post[] {
  return getTranslationIndex().get(slug) ?? [];
}

/**
 * What a post's page shows of the content: the post and every post it links to. Its layout adds
 * the site-wide parts (languages, view counts). A build renders a post's page again only when this,
 * or the rest of what lib/incremental/post-page-key.ts covers, changed: the page reads no other post.
 */
export interface PostPage {
  post: Post;
  navigation: PostNavigation;
  translations: Post[];
}

export function getPostPage(slug: string): PostPage | undefined {
  const post = getPost(slug);
  return post && { post, navigation: getPostNavigation(slug), translations: getTranslations(slug) };
}
