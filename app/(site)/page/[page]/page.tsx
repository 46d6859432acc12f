import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { HomePage } from '@/components/lists/HomePage';
import { getPosts } from '@/lib/content';
import { pageCount } from '@/lib/content/pagination';
import { pageMetadata } from '@/lib/seo/page-metadata';
import { HOME_PATH, listPagePath } from '@/lib/urls/site-pages';
import { siteConfig } from '@/site.config';

export const dynamicParams = false;

// Page 1 is the home page. /page/1/ is generated too, as a copy that points search engines at `/`
// and is never linked: a static export refuses a route with no params, which a one-page site would have.
export function generateStaticParams() {
  return Array.from({ length: pageCount(getPosts().length) }, (_, i) => ({ page: String(i + 1) }));
}

type Props = { params: Promise<{ page: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { page } = await params;
  if (page === '1') return { ...pageMetadata({ title: 'Latest posts', description: siteConfig.description, path: HOME_PATH }), robots: { index: false } };
  return pageMetadata({ title: `Posts, page ${page}`, description: `Older posts of ${siteConfig.title}, page ${page}.`, path: listPagePath(Number(page)) });
}

export default async function ListPage({ params }: Props) {
  const page = Number((await params).page);
  if (!Number.isInteger(page) || page < 1 || page > pageCount(getPosts().length)) notFound();
  return <HomePage page={page} />;
}
