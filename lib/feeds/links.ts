import { tagPagePath } from '../site-pages';
import { siteConfig } from '../../site.config';

/** The site-wide feeds: where they are served and their media types (for `<link rel="alternate">`). */
export const FEEDS = {
  rss: { path: '/rss.xml', type: 'application/rss+xml', title: `${siteConfig.title} (RSS)` },
  atom: { path: '/atom.xml', type: 'application/atom+xml', title: `${siteConfig.title} (Atom)` },
  json: { path: '/feed.json', type: 'application/feed+json', title: `${siteConfig.title} (JSON Feed)` },
} as const;

export function tagFeedPath(tagSlug: string): string {
  return `${tagPagePath(tagSlug)}rss.xml`;
}

/** Next metadata `alternates.types` announcing the site feeds on a page. */
export function feedAlternateTypes(): Record<string, { url: string; title: string }[]> {
  return Object.fromEntries(Object.values(FEEDS).map((feed) => [feed.type, [{ url: feed.path, title: feed.title }]]));
}
