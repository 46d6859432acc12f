import type { MetadataRoute } from 'next';
import { getPosts } from '@/lib/content';
import { absoluteUrl, sitePages } from '@/lib/urls/site-pages';

export const dynamic = 'force-static';

export default function sitemap(): MetadataRoute.Sitemap {
  return sitePages(getPosts()).map((page) => ({ url: absoluteUrl(page.path), lastModified: page.lastModified }));
}
