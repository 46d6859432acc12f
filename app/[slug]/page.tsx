import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { ContentProblems } from '@/components/dev/ContentProblems';
import { JsonLd } from '@/components/layout/JsonLd';
import { PostArticle } from '@/components/post/PostArticle';
import { getPostPage } from '@/lib/content';
import { loadPostBody } from '@/components/mdx/post-body';
import { devPostProblems } from '@/lib/content/dev-problems';
import { postSlugsToRender } from '@/lib/incremental/post-pages';
import { postMetadata } from '@/lib/seo/page-metadata';
import { blogPostingJsonLd, breadcrumbJsonLd } from '@/lib/seo/structured-data';

// No `dynamicParams = false`: a static export renders only the listed slugs anyway, and in `next dev`
// (no `output: 'export'` there) any slug renders, so a post folder added a moment ago opens at once
// instead of 404ing until Next has listed the slugs again in the background. Unknown ones 404 below.
// `npm run build` renders only the posts whose page changed since its last build (lib/incremental/).

export function generateStaticParams() {
  return postSlugsToRender().map((slug) => ({ slug }));
}

type Props = { params: Promise<{ slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const page = getPostPage((await params).slug);
  return page ? postMetadata(page.post, page.translations) : {};
}

export default async function PostPage({ params }: Props) {
  const { slug } = await params;
  // next dev: a post `npm run check` would reject shows its problems instead.
  const problems = await devPostProblems(slug);
  if (problems.length > 0) return <ContentProblems problems={problems} />;
  const page = getPostPage(slug);
  if (!page) notFound();
  const { post, navigation, translations } = page;
  const { Body, headings } = await loadPostBody(post);
  return (
    <>
      <JsonLd data={blogPostingJsonLd(post)} />
      <JsonLd data={breadcrumbJsonLd(post)} />
      <PostArticle post={post} headings={headings} navigation={navigation} translations={translations}>
        <Body />
      </PostArticle>
    </>
  );
}
