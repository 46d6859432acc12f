import { siteConfig } from '../../site.config';
import { BASE_PATH } from './base-path.mjs';

/**
 * Every URL the site emits is written here and nowhere else (tests/urls.test.ts fails on a site
 * path literal elsewhere). Helpers return *site paths* ("/tags/x/"): what Next routes and what
 * out/ holds. `href()` puts the basePath in front for plain <a>, <form>, <link> and import() URLs;
 * `absoluteUrl()` gives origin + basePath + path for feeds, sitemaps, canonical and cards.
 * Dependency-free (site identity only) so any layer may import it without a cycle.
 */

export { BASE_PATH, normaliseBasePath } from './base-path.mjs';

/** Prefixes a site path ("/search/") with the basePath: the URL a browser requests. */
export function href(path: string, basePath = BASE_PATH): string {
  if (!path.startsWith('/')) throw new Error(`expected a root-relative path, got "${path}"`);
  return `${basePath.replace(/\/+$/, '')}${path}`;
}

/** Absolute URL of a site path ("/x/" → "https://example.com/blog/x/"), for feeds, sitemaps and cards. */
export function absoluteUrl(path: string, basePath = BASE_PATH): string {
  return new URL(href(path, basePath), `${siteConfig.url}/`).href;
}

/** The site path a browser URL path stands for, or undefined when it lies outside the basePath. */
export function sitePath(urlPath: string, basePath = BASE_PATH): string | undefined {
  if (basePath === '') return urlPath;
  if (urlPath === basePath) return '/';
  return urlPath.startsWith(`${basePath}/`) ? urlPath.slice(basePath.length) : undefined;
}

export const HOME_PATH = '/';
export const TAGS_PATH = '/tags/';
export const PAPERS_PATH = '/papers/';
export const ABOUT_PATH = '/about/';
export const PRIVACY_PATH = '/privacy-policy/';
export const SEARCH_PATH = '/search/';
export const SITEMAP_PATH = '/sitemap.xml';
export const SITE_IMAGE_PATH = '/og.png';
export const ICON_SVG_PATH = '/icon.svg';
/** Folder of the PNG icons (npm run og-images). */
export const ICONS_DIR_PATH = '/icons/';

/** Dev-only route (app/editor/events/route.dev.ts): Server-Sent Events when posts/ changes. */
export const DEV_EVENTS_PATH = '/editor/events/';

export function postPath(post: { slug: string }): string {
  return `/${post.slug}/`;
}

/** Where a post's share card is published (npm run og-images). */
export function postImagePath(post: { slug: string }): string {
  return `${postPath(post)}og.png`;
}

/** A tag's page. Paths are not percent-encoded here; URL building does that. */
export function tagPagePath(tagSlug: string): string {
  return `${TAGS_PATH}${tagSlug}/`;
}

/** A tag's RSS feed, beside its page. */
export function tagFeedPath(tagSlug: string): string {
  return `${tagPagePath(tagSlug)}rss.xml`;
}

export function languagePath(lang: string): string {
  return `/language/${lang}/`;
}

/** A home list page: page 1 is the home page itself, the rest /page/2/, /page/3/ … */
export function listPagePath(page: number): string {
  return page === 1 ? HOME_PATH : `/page/${page}/`;
}

/** Whether a site path is a home list page (the home page or /page/N/). */
export function isListPagePath(path: string): boolean {
  return path === HOME_PATH || path.startsWith('/page/');
}

/** The site-wide feeds' paths. */
export const FEED_PATHS = { rss: '/rss.xml', atom: '/atom.xml', json: '/feed.json' } as const;

/** Where `npm run build` writes pagefind's bundle inside out/. */
export const PAGEFIND_DIR = 'pagefind';

/** URL of pagefind's browser module, loaded only when a search starts. */
export function pagefindModuleUrl(basePath = BASE_PATH): string {
  return href(`/${PAGEFIND_DIR}/pagefind.js`, basePath);
}

/**
 * The prefix pagefind puts before every result URL. The index stores URLs relative to out/
 * ("/deep_learning_2023/"), so under a basePath they need it in front.
 */
export function pagefindResultBaseUrl(basePath = BASE_PATH): string {
  return href(HOME_PATH, basePath);
}

/**
 * A URL as the page writes it, for a post's files and the links in its Markdown: site paths
 * ("/slug/a.1f2e.png", "/other-post/#x") get the basePath; data: URIs, remote and relative URLs are
 * left alone. The content layer keeps site paths, which say where the file lies in out/.
 */
export function publishedUrl(src: string, basePath = BASE_PATH): string {
  return src.startsWith('/') && !src.startsWith('//') ? href(src, basePath) : src;
}

/** `publishedUrl` over each candidate of a srcset ("/a.480.webp 480w, /a.png 960w"). */
export function publishedSrcSet(srcSet: string, basePath = BASE_PATH): string {
  return srcSet
    .split(', ')
    .map((candidate) => publishedUrl(candidate, basePath))
    .join(', ');
}
