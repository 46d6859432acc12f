// schema.org data for search engines, as plain objects ready for jsonLdScript (lib/content/papers.ts).
import type { Post } from '../content';
import { absoluteUrl, HOME_PATH, lastModified, postImagePath, postPath } from '../urls/site-pages';
import { siteConfig } from '../../site.config';

function person(name: string): Record<string, string> {
  // Only the site's own author has a known home page.
  return name === siteConfig.author.name ? { '@type': 'Person', name, url: absoluteUrl(HOME_PATH) } : { '@type': 'Person', name };
}

export function blogPostingJsonLd(post: Post): Record<string, unknown> {
  const url = absoluteUrl(postPath(post));
  return {
    '@context': 'https://schema.org',
    '@type': 'BlogPosting',
    headline: post.title,
    description: post.excerpt,
    datePublished: post.date,
    dateModified: lastModified(post),
    author: post.authors.map(person),
    image: absoluteUrl(postImagePath(post)),
    keywords: post.tags,
    inLanguage: post.lang,
    url,
    mainEntityOfPage: { '@type': 'WebPage', '@id': url },
    publisher: { '@type': 'Person', name: siteConfig.author.name, url: absoluteUrl(HOME_PATH) },
    ...(post.source ? { isBasedOn: post.source } : {}),
  };
}

/** Home › post. */
export function breadcrumbJsonLd(post: Post): Record<string, unknown> {
  return {
    '@context': 'https://schema.org',
    '@type': 'BreadcrumbList',
    itemListElement: [
      { '@type': 'ListItem', position: 1, name: siteConfig.title, item: absoluteUrl(HOME_PATH) },
      { '@type': 'ListItem', position: 2, name: post.title, item: absoluteUrl(postPath(post)) },
    ],
  };
}

export function websiteJsonLd(): Record<string, unknown> {
  return {
    '@context': 'https://schema.org',
    '@type': 'WebSite',
    name: siteConfig.title,
    description: siteConfig.description,
    url: absoluteUrl(HOME_PATH),
    inLanguage: siteConfig.defaultLang,
    author: person(siteConfig.author.name),
  };
}
