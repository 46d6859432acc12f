// The one MDX pipeline: next.config.mjs hands it to @next/mdx for the build, content checks and
// `next dev` (lib/mdx/dev-compile.mjs) compile with it.
// Turbopack needs plugins as module names or absolute paths with JSON options, hence the strings.
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const local = (name) => path.join(here, name);

/** The components mdx-components.tsx provides to every post (a unit test keeps the two in step). */
export const POST_COMPONENTS = ['Figure', 'Paper', 'Tweet', 'YouTube'];

/**
 * @param {{ inlineMedia?: boolean }} options inlineMedia: images become inline data (for `next dev`,
 * which compiles posts outside the bundler) instead of imports the bundler resolves.
 */
export function mdxOptionsFor({ inlineMedia = false } = {}) {
  return {
    remarkPlugins: [
      'remark-frontmatter',
      ['remark-mdx-frontmatter', { name: 'frontmatter' }],
      'remark-gfm',
      'remark-math',
      [local('remark-post-components.mjs'), { components: POST_COMPONENTS, inlineMedia }],
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
    ],
  };
}

export const mdxOptions = mdxOptionsFor();
