import { FEED_PATHS } from '../urls/paths';
import { siteConfig } from '../../site.config';

/** The site-wide feeds: where they are served and their media types (for `<link rel="alternate">`). */
export const FEEDS = {
  rss: { path: FEED_PATHS.rss, type: 'application/rss+xml', title: `${siteConfig.title} (RSS)` },
  atom: { path: FEED_PATHS.atom, type: 'application/atom+xml', title: `${siteConfig.title} (Atom)` },
  json: { path: FEED_PATHS.json, type: 'application/feed+json', title: `${siteConfig.title} (JSON Feed)` },
} as const;

/** Next metadata `alternates.types` announcing the site feeds on a page. */
export function feedAlternateTypes(): Record<string, { url: string; title: string }[]> {
  return Object.fromEntries(Object.values(FEEDS).map((feed) => [feed.type, [{ url: feed.path, title: feed.title }]]));
}
