import type { Post } from './content';
import { LANGS } from './content/schema';
import { pageCount } from './content/pagination';
import { buildTagIndex } from './content/tags';
import { siteConfig } from '../site.config';

/** Absolute URL of a site path ("/x/" → "https://example.com/x/"), for feeds, sitemaps and cards. */
export function absoluteUrl(path: string): string {
  return new URL(path, `${siteConfig.url}/`).href;
}

export function postPath(post: Pick<Post, 'slug'>): string {
  return `/${post.slug}/`;
}

/** Where a post's share card is published (npm run og-images). */
export function postImagePath(post: Pick<Post, 'slug'>): string {
  return `${postPath(post)}og.png`;
}

/** Dev-only route (app/editor/events/route.dev.ts): Server-Sent Events when posts/ changes. */
export const DEV_EVENTS_PATH = '/editor/events/';

/** A tag's page. Paths are not percent-encoded here; URL building does that. */
export function tagPagePath(tagSlug: string): string {
  return `/tags/${tagSlug}/`;
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
  const newestOf = (some: Post[]) => some.map(lastModified).sort().at(-1);
  const newest = newestOf(posts);
  const listPages = Array.from({ length: pageCount(posts.length) - 1 }, (_, i) => ({ path: `/page/${i + 2}/`, lastModified: newest }));
  const tags = buildTagIndex(posts);
  const languages = LANGS.map((lang) => posts.filter((post) => post.lang === lang)).filter((some) => some.length > 0);
  return [
    { path: '/', lastModified: newest },
    ...listPages,
    ...posts.map((post) => ({ path: postPath(post), lastModified: lastModified(post) })),
    { path: '/tags/', lastModified: newest },
    ...tags.map((tag) => ({ path: tagPagePath(tag.slug), lastModified: newestOf(tag.posts) })),
    ...languages.map((some) => ({ path: `/language/${some[0].lang}/`, lastModified: newestOf(some) })),
    { path: '/papers/', lastModified: newest },
    { path: '/about/' },
    { path: '/privacy-policy/' },
    { path: '/search/' },
  ];
}
