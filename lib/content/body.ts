import type { ComponentType } from 'react';

/** The compiled MDX body of a post (compiled by @next/mdx with lib/mdx/options.mjs). */
export async function loadPostBody(slug: string): Promise<ComponentType> {
  const mod = await import(`../../posts/${slug}/index.mdx`);
  return mod.default;
}
