import type { ComponentType } from 'react';

/** The compiled MDX body of a post. */
export async function loadPostBody(slug: string): Promise<ComponentType> {
  // A build-time constant: Turbopack drops the branch the current mode does not take, so `next dev`
  // never sees the import() below, which would make it compile every post on the first request.
  if (process.env.NODE_ENV === 'production') {
    // Compiled by @next/mdx with lib/mdx/options.mjs; images are bundled assets.
    const mod = await import(`../../posts/${slug}/index.mdx`);
    return mod.default;
  }
  return (await import('./dev-body')).loadDevPostBody(slug);
}
