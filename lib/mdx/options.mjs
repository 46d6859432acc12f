// The one pipeline posts are compiled with: by lib/mdx/compile-post.mjs for pages (build and
// `next dev`) and by the content checks. Plugins are named by module or path (pipeline.mjs loads them).
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const local = (name) => path.join(here, name);

/** The components mdx-components.tsx provides to every post (a unit test keeps the two in step). */
export const POST_COMPONENTS = ['Figure', 'Paper', 'Tweet', 'YouTube'];

/**
 * @param {{ media?: 'publish' | 'dev' }} options how image sources are written (lib/mdx/media.mjs)
 */
export function mdxOptionsFor({ media = 'publish' } = {}) {
  return {
    remarkPlugins: [
      'remark-frontmatter',
      ['remark-mdx-frontmatter', { name: 'frontmatter' }],
      'remark-gfm',
      'remark-math',
      [local('remark-post-components.mjs'), { components: POST_COMPONENTS, media }],
    ],
    rehypePlugins: [
      // Slugs first, from the heading text as written (math as its TeX), as the papers index computes them.
      'rehype-slug',
      ['rehype-katex', { output: 'htmlAndMathml' }],
      local('rehype-fail-on-math-errors.mjs'),
      local('rehype-post-outline.mjs'),
      ['rehype-autolink-headings', { behavior: 'wrap', properties: { className: ['heading-link'] } }],
      // Grammars load on first use: loading all ~200 up front costs ~9 s per process.
      ['@shikijs/rehype', { themes: { light: 'github-light', dark: 'github-dark' }, defaultColor: false, langs: [], lazy: true, fallbackLanguage: 'text' }],
      local('rehype-static-html.mjs'),
    ],
  };
}

