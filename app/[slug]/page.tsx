import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { PostArticle } from '@/components/site/PostArticle';
import { getAdjacentPosts, getPost, getPosts, getRelatedPosts, getSeries } from '@/lib/content';
import { loadPostBody } from '@/lib/content/body';
import { siteConfig } from '@/site.config';

export const dynamicParams = false;

export function generateStaticParams() {
  return getPosts().map((post) => ({ slug: post.slug }));
}

type Props = { params: Promise<{ slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const post = getPost((await params).slug);
  if (!post) return {};
  return {
    metadataBase: new URL(siteConfig.url),
    title: `${post.title} | ${siteConfig.title}`,
    description: post.excerpt,
    alternates: { canonical: post.canonicalUrl ?? `/${post.slug}/` },
  };
}

export default async function PostPage({ params }: Props) {
  const post = getPost((await params).slug);
  if (!post) notFound();
  const { Body, headings } = await loadPostBody(post.slug);
  return (
    <PostArticle
      post={post}
      headings={headings}
      related={getRelatedPosts(post.slug)}
      series={post.series ? getSeries(post.series) : []}
      {...getAdjacentPosts(post.slug)}
    >
      <Body />
    </PostArticle>
  );
}
