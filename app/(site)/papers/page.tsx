import type { Metadata } from 'next';
import { PapersIndex } from '@/components/papers/PapersIndex';
import { getPapersIndex } from '@/lib/content';
import { pageMetadata } from '@/lib/seo/page-metadata';
import { PAPERS_PATH } from '@/lib/urls/site-pages';

export const metadata: Metadata = pageMetadata({
  title: 'Papers',
  description: 'Every paper discussed in the year-in-review posts, by year, with links to the sections about them.',
  path: PAPERS_PATH,
});

export default async function PapersPage() {
  return <PapersIndex index={await getPapersIndex()} />;
}
