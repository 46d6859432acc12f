import type { Metadata } from 'next';
import { notFound, redirect } from 'next/navigation';
import { HomePage } from '@/components/site/HomePage';
import { getPosts } from '@/lib/content';
import { pageCount } from '@/lib/content/pagination';
import { pageMetadata } from '@/lib/page-metadata';

export const dynamicParams = false;

// Page 1 is the home page; /page/1/ only redirects there (it also keeps this list non-empty on small sites).
export function generateStaticParams() {
  return Array.from({ length: pageCount(getPosts().length) }, (_, i) => ({ page: String(i + 1) }));
}

type Props = { params: Promise<{ page: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { page } = await params;
  return pageMetadata({ title: `Posts, page ${page}`, path: `/page/${page}/` });
}

export default async function ListPage({ params }: Props) {
  const page = Number((await params).page);
  if (page === 1) redirect('/');
  if (!Number.isInteger(page) || page < 1 || page > pageCount(getPosts().length)) notFound();
  return <HomePage page={page} />;
}
