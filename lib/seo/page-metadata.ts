import type { Metadata } from 'next';
import type { Post } from '../content';
import { feedAlternateTypes } from '../feeds/links';
import { ICONS } from '../og/icons';
import { OG_SIZE } from '../og/size';
import { absoluteUrl, HOME_PATH, href, ICON_SVG_PATH, lastModified, postImagePath, postPath, SITE_IMAGE_PATH, tagFeedPath } from '../urls/site-pages';
import { siteConfig } from '../../site.config';

const OG_LOCALES = { en: 'en_US', ja: 'ja_JP' } as const;

/** Discovery metadata every page carries: feeds, Apple icon, site share card. */
function common(image: { url: string; alt: string }): Metadata {
  return {
    // Origin + basePath: Next joins relative URLs (canonical, alternates, cards) onto its path.
    metadataBase: new URL(absoluteUrl(HOME_PATH)),
    alternates: { types: feedAlternateTypes() },
    // Listing icons here replaces the link Next derives from app/icon.svg, so the SVG is listed too.
    icons: {
      icon: [
        // Next writes icon URLs as given, so these carry the basePath themselves.
        { url: href(ICON_SVG_PATH), type: 'image/svg+xml', sizes: 'any' },
        { url: href(ICONS.small.path), type: 'image/png', sizes: `${ICONS.small.size}x${ICONS.small.size}` },
      ],
      apple: href(ICONS.apple.path),
    },
    openGraph: { siteName: siteConfig.title, images: [{ ...image, ...OG_SIZE, type: 'image/png' }] },
    twitter: { card: 'summary_large_image', site: `@${siteConfig.social.x}`, images: [image] },
  };
}

/** Metadata of the site pages' root layout (home, lists, about...). */
export function siteMetadata(): Metadata {
  const base = common({ url: SITE_IMAGE_PATH, alt: siteConfig.title });
  return {
    ...base,
    title: { default: siteConfig.title, template: `%s | ${siteConfig.title}` },
    description: siteConfig.description,
    openGraph: { ...base.openGraph, type: 'website', locale: OG_LOCALES[siteConfig.defaultLang] },
  };
}

/**
 * A post's metadata: canonical URL, Open Graph article, X card with the post's own share card, and
 * `hreflang` alternates for its translations (the post itself included, as search engines ask).
 */
export function postMetadata(post: Post, translations: Post[] = []): Metadata {
  const base = common({ url: postImagePath(post), alt: post.title });
  const url = post.canonicalUrl ?? postPath(post);
  return {
    ...base,
    title: `${post.title} | ${siteConfig.title}`,
    description: post.excerpt,
    authors: post.authors.map((name) => ({ name })),
    keywords: post.tags,
    alternates: {
      ...base.alternates,
      canonical: url,
      ...(translations.length > 0 ? { languages: Object.fromEntries([post, ...translations].map((p) => [p.lang, postPath(p)])) } : {}),
    },
    openGraph: {
      ...base.openGraph,
      type: 'article',
      url,
      title: post.title,
      description: post.excerpt,
      locale: OG_LOCALES[post.lang],
      publishedTime: post.date,
      modifiedTime: lastModified(post),
      authors: post.authors,
      tags: post.tags,
    },
    twitter: { ...base.twitter, title: post.title, description: post.excerpt },
  };
}

/**
 * A site page's own metadata (title, description, canonical path). Every page has its own description:
 * search engines and Lighthouse's SEO audit want one. The feed links are repeated
 * because Next replaces `alternates` as a whole; a tag page also announces its tag feed.
 */
export function pageMetadata({ title, description, path, tagSlug }: { title: string; description: string; path: string; tagSlug?: string }): Metadata {
  const types = feedAlternateTypes();
  if (tagSlug) types['application/rss+xml'] = [...types['application/rss+xml'], { url: tagFeedPath(tagSlug), title: `${title} (RSS)` }];
  return { title, description, alternates: { canonical: path, types } };
}
