import type { MetadataRoute } from 'next';
import { absoluteUrl, href, HOME_PATH, SITEMAP_PATH } from '@/lib/urls/site-pages';

export const dynamic = 'force-static';

export default function robots(): MetadataRoute.Robots {
  return { rules: { userAgent: '*', allow: href(HOME_PATH) }, sitemap: absoluteUrl(SITEMAP_PATH) };
}
