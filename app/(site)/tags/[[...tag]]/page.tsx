import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { PostList } from '@/components/lists/PostList';
import { TagIndex } from '@/components/lists/TagIndex';
import { getTag, getTags } from '@/lib/content';
import { pageMetadata } from '@/lib/seo/page-metadata';
import { TAGS_PATH, tagPagePath } from '@/lib/urls/site-pages';
import { siteConfig } from '@/site.config';

export const dynamicParams = false;

// /tags/ and /tags/<tag>/ are one route: a static export refuses a dynamic route with no params,
// which a separate /tags/[tag] would be on a blog without tags (imported blogs often have none).
export function generateStaticParams() {
  return [{ tag: [] }, ...getTags().map((tag) => ({ tag: [tag.slug] }))];
}

type Props = { params: Promise<{ tag?: string[] }> };

// Next hands dynamic segments over still percent-encoded when the slug is not ASCII.
const tagFrom = async (params: Props['params']) => {
  const segments = (await params).tag ?? [];
  return segments.length === 0 ? 'index' : segments.length === 1 ? getTag(decodeURIComponent(segments[0])) : undefined;
};

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const tag = await tagFrom(params);
  if (tag === 'index') return pageMetadata({ title: 'Tags', description: 'Every tag on the blog with its number of posts.', path: TAGS_PATH });
  if (!tag) return {};
  const count = tag.posts.length;
  return pageMetadata({
    title: `Posts tagged with “${tag.name}”`,
    description: `${count} ${count === 1 ? 'post' : 'posts'} about ${tag.name} on ${siteConfig.title}.`,
    path: tagPagePath(tag.slug),
    tagSlug: tag.slug,
  });
}

export default async function TagPage({ params }: Props) {
  const tag = await tagFrom(params);
  if (tag === 'index') return <TagIndex tags={getTags()} />;
  if (!tag) notFound();
  const count = tag.posts.length;
  return (
    <>
      <h1 className="list-title">
        {/* One box for the quoted tag: a line break may come before it, never inside it ("deep-/learning"). */}
        {count} {count === 1 ? 'post' : 'posts'} tagged with <span className="list-title__term">“{tag.name}”</span>
      </h1>
      <PostList posts={tag.posts} />
    </>
  );
}
