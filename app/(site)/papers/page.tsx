import type { Metadata } from 'next';
import { PapersIndex } from '@/components/site/PapersIndex';
import { getPapersIndex } from '@/lib/content';

export const metadata: Metadata = {
  title: 'Papers',
  description: 'Every paper discussed in the year-in-review posts, by year, with links to the sections about them.',
  alternates: { canonical: '/papers/' },
};

export default function PapersPage() {
  return <PapersIndex index={getPapersIndex()} />;
}
