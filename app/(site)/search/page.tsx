import type { Metadata } from 'next';
import { SearchPanel } from '@/components/search/SearchPanel';
import { labels } from '@/lib/i18n';
import { pageMetadata } from '@/lib/seo/page-metadata';
import { SEARCH_PATH } from '@/lib/urls/site-pages';
import { siteConfig } from '@/site.config';

export const metadata: Metadata = pageMetadata({
  title: 'Search',
  description: `Search every post of ${siteConfig.title} by word, tag or language.`,
  path: SEARCH_PATH,
});

export default function SearchPage() {
  return (
    <>
      <h1>Search</h1>
      <SearchPanel labels={labels(siteConfig.defaultLang).search} syncUrl />
      <noscript>
        <p className="search-status">Search runs in your browser and needs JavaScript. Every post is listed on the home page.</p>
      </noscript>
    </>
  );
}
