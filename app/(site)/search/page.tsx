import type { Metadata } from 'next';
import { SearchPanel } from '@/components/site/SearchPanel';
import { pageMetadata } from '@/lib/page-metadata';

export const metadata: Metadata = { ...pageMetadata({ title: 'Search', path: '/search/' }), robots: { index: false } };

export default function SearchPage() {
  return (
    <>
      <h1>Search</h1>
      <SearchPanel syncUrl />
      <noscript>
        <p className="search-status">Search runs in your browser and needs JavaScript. Every post is listed on the home page.</p>
      </noscript>
    </>
  );
}
