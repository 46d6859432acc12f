import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { JsonLd } from '@/components/site/JsonLd';
import { PostArticle } from '@/components/site/PostArticle';
import { getPost, getPostNavigation, getPosts, getTranslations } from '@/lib/content';
import { loadPostBody } from '@/lib/content/body';
import { postMetadata } from '@/lib/page-metadata';
import { blogPostingJsonLd, breadcrumbJsonLd } from '@/lib/structured-data';

export const dynamicParams = false;

export function generateStaticParams() {
  return getPosts().map((post) => ({ slug: post.slug }));
}

type Props = { params: Promise<{ slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const post = getPost((await params).slug);
  return post ? postMetadata(post, getTranslations(post.slug)) : {};
}

export default async function PostPage({ params }: Props) {
  const post = getPost((await params).slug);
  if (!post) notFound();
  const { Body, headings } = await loadPostBody(post.slug);
  return (
    <>
      <JsonLd data={blogPostingJsonLd(post)} />
      <JsonLd data={breadcrumbJsonLd(post)} />
      <PostArticle post={post} headings={headings} navigation={getPostNavigation(post.slug)} translations={getTranslations(post.slug)}>
        <Body />
      </PostArticle>
    </>
  );
}
