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

/** What a compiled post module exports: the body, its outline and its cover image. */
export function toPostBody(mod: { default: unknown; [name: string]: unknown }): PostBody {
  return { Body: mod.default as ComponentType, headings: mod.headings as Heading[], featuredImage: mod.featuredImage as StaticImageData | undefined };
}

/** The compiled MDX body of a post, its outline and cover image. */
export async function loadPostBody(slug: string): Promise<PostBody> {
  // A build-time constant: Turbopack drops the branch the current mode does not take, so `next dev`
  // never sees the import() below, which would make it compile every post on the first request.
  if (process.env.NODE_ENV === 'production') {
    // Compiled by @next/mdx with lib/mdx/options.mjs; images are bundled assets.
    return toPostBody(await import(`../../posts/${slug}/index.mdx`));
  }
  return (await import('./dev-body')).loadDevPostBody(slug);
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
