import type { Metadata } from 'next';
import { SearchPanel } from '@/components/site/SearchPanel';

export const metadata: Metadata = { title: 'Search', robots: { index: false } };

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
