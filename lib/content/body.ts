import type { StaticImageData } from 'next/image';
import type { ComponentType } from 'react';

/** An h2/h3 of a post, as exported by lib/mdx/rehype-post-outline.mjs. */
export interface Heading {
  depth: 2 | 3;
  id: string;
  text: string;
}

export interface PostBody {
  Body: ComponentType;
  headings: Heading[];
  /** The frontmatter's featuredImage, imported so its URL and size are known. */
  featuredImage?: StaticImageData;
}

/** The compiled MDX body of a post (compiled by @next/mdx with lib/mdx/options.mjs), its outline and cover image. */
export async function loadPostBody(slug: string): Promise<PostBody> {
  const mod = await import(`../../posts/${slug}/index.mdx`);
  return { Body: mod.default, headings: mod.headings, featuredImage: mod.featuredImage };
}

/** Cover images of the posts that have one, for list pages (posts without a cover load nothing). */
export async function loadCovers(posts: { slug: string; featuredImage?: string }[]): Promise<Map<string, StaticImageData>> {
  const covers = new Map<string, StaticImageData>();
  await Promise.all(
    posts
      .filter((post) => post.featuredImage)
      .map(async (post) => {
        const { featuredImage } = await loadPostBody(post.slug);
        if (featuredImage) covers.set(post.slug, featuredImage);
      }),
  );
  return covers;
}
