import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { ContentProblems } from '@/components/dev/ContentProblems';
import { JsonLd } from '@/components/layout/JsonLd';
import { PostArticle } from '@/components/post/PostArticle';
import { getPost, getPostNavigation, getPosts, getTranslations } from '@/lib/content';
import { loadPostBody } from '@/components/mdx/post-body';
import { devPostProblems } from '@/lib/content/dev-problems';
import { postMetadata } from '@/lib/seo/page-metadata';
import { blogPostingJsonLd, breadcrumbJsonLd } from '@/lib/seo/structured-data';

// No `dynamicParams = false`: a static export renders only the listed slugs anyway, and in `next dev`
// (no `output: 'export'` there) any slug renders, so a post folder added a moment ago opens at once
// instead of 404ing until Next has listed the slugs again in the background. Unknown ones 404 below.

export function generateStaticParams() {
  return getPosts().map((post) => ({ slug: post.slug }));
}

type Props = { params: Promise<{ slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const post = getPost((await params).slug);
  return post ? postMetadata(post, getTranslations(post.slug)) : {};
}

export default async function PostPage({ params }: Props) {
  const { slug } = await params;
  // next dev: a post `npm run check` would reject shows its problems instead.
  const problems = await devPostProblems(slug);
  if (problems.length > 0) return <ContentProblems problems={problems} />;
  const post = getPost(slug);
  if (!post) notFound();
  const { Body, headings } = await loadPostBody(post);
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
