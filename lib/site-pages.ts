import type { Post } from './content';
import { siteConfig } from '../site.config';

/** Absolute URL of a site path ("/x/" → "https://example.com/x/"), for feeds, sitemaps and cards. */
export function absoluteUrl(path: string): string {
  return new URL(path, `${siteConfig.url}/`).href;
}

export function postPath(post: Pick<Post, 'slug'>): string {
  return `/${post.slug}/`;
}

/** When a post last changed in a way readers see. */
export function lastModified(post: Pick<Post, 'date' | 'updated'>): string {
  return post.updated ?? post.date;
}

export interface SitePage {
  /** Root-relative path with a trailing slash, as the page is served. */
  path: string;
  /** ISO date of the last change, when known. */
  lastModified?: string;
}

/**
 * Every public HTML page of the site (what the sitemap lists and the e2e test compares with out/).
 * A new kind of page is added here and nowhere else. `posts` are the public posts, newest first.
 */
export function sitePages(posts: Post[]): SitePage[] {
  const newest = posts.map(lastModified).sort().at(-1);
  return [{ path: '/', lastModified: newest }, ...posts.map((post) => ({ path: postPath(post), lastModified: lastModified(post) }))];
}
