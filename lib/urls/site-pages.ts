import type { Post } from '../content';
import { LANGS } from '../content/schema';
import { pageCount } from '../content/pagination';
import { buildTagIndex } from '../content/tags';
import { ABOUT_PATH, HOME_PATH, languagePath, listPagePath, PAPERS_PATH, postPath, PRIVACY_PATH, SEARCH_PATH, TAGS_PATH, tagPagePath } from './paths';

// The URL helpers live in lib/urls/paths.ts (dependency-free); re-exported so callers keep one import.
export * from './paths';

/** When a post last changed in a way readers see. */
export function lastModified(post: Pick<Post, 'date' | 'updated'>): string {
  return post.updated ?? post.date;
}

export interface SitePage {
  /** Site path with a trailing slash, as the page is routed (basePath not included). */
  path: string;
  /** ISO date of the last change, when known. */
  lastModified?: string;
}

/**
 * Every public HTML page of the site (what the sitemap lists and the e2e test compares with out/).
 * A new kind of page is added here and nowhere else. `posts` are the public posts, newest first.
 */
export function sitePages(posts: Post[]): SitePage[] {
  const newestOf = (some: Post[]) => some.map(lastModified).sort().at(-1);
  const newest = newestOf(posts);
  const listPages = Array.from({ length: pageCount(posts.length) - 1 }, (_, i) => ({ path: listPagePath(i + 2), lastModified: newest }));
  const tags = buildTagIndex(posts);
  const languages = LANGS.map((lang) => posts.filter((post) => post.lang === lang)).filter((some) => some.length > 0);
  return [
    { path: HOME_PATH, lastModified: newest },
    ...listPages,
    ...posts.map((post) => ({ path: postPath(post), lastModified: lastModified(post) })),
    { path: TAGS_PATH, lastModified: newest },
    ...tags.map((tag) => ({ path: tagPagePath(tag.slug), lastModified: newestOf(tag.posts) })),
    ...languages.map((some) => ({ path: languagePath(some[0].lang), lastModified: newestOf(some) })),
    { path: PAPERS_PATH, lastModified: newest },
    { path: ABOUT_PATH },
    { path: PRIVACY_PATH },
    { path: SEARCH_PATH },
  ];
}
