// The one pipeline posts are compiled with: by lib/mdx/compile-post.mjs for pages (build and
// `next dev`) and by the content checks. Plugins are named by module or path (pipeline.mjs loads them).
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const local = (name) => path.join(here, name);

/** The components mdx-components.tsx provides to every post (a unit test keeps the two in step). */
export const POST_COMPONENTS = ['Embed', 'Figure', 'Paper', 'Tweet', 'YouTube'];

/**
 * @param {{ media?: 'publish' | 'dev' }} options how image sources are written (lib/mdx/media.mjs)
 */
export function mdxOptionsFor({ media = 'publish' } = {}) {
  return {
    remarkPlugins: [
      'remark-frontmatter',
      'remark-gfm',
      'remark-math',
      [local('remark-post-components.mjs'), { components: POST_COMPONENTS, media }],
      local('remark-paper-sections.mjs'),
    ],
    rehypePlugins: [
      // HTML written in the post first: parsed (.md), turned into the site's embeds, then sanitised.
      local('rehype-raw-md.mjs'),
      local('rehype-jsx-html.mjs'),
      local('rehype-embeds.mjs'),
      [local('rehype-sanitize-post.mjs'), { media }],
      local('rehype-mermaid-diagrams.mjs'),
      // Slugs next, from the heading text as written (math as its TeX), as the papers index computes them.
      'rehype-slug',
      ['rehype-katex', { output: 'htmlAndMathml' }],
      local('rehype-fail-on-math-errors.mjs'),
      local('rehype-post-outline.mjs'),
      ['rehype-autolink-headings', { behavior: 'wrap', properties: { className: ['heading-link'] } }],
      // Grammars load on first use: loading all ~200 up front costs ~9 s per process.
      // Fences without a language are highlighted as text too, so every <pre> gets shiki's tabindex (keyboard scrolling).
      // GitHub's current themes: every token colour has 4.5:1 contrast on its background (github-light's orange and github-dark's comments do not).
      [
        '@shikijs/rehype',
        {
          themes: { light: 'github-light-default', dark: 'github-dark-default' },
          defaultColor: false,
          langs: [],
          lazy: true,
          defaultLanguage: 'text',
          fallbackLanguage: 'text',
        },
      ],
      // Ids and links of the body as the page renders it, before formulas and code become strings.
      local('rehype-collect-targets.mjs'),
      local('rehype-plain-text.mjs'),
      local('rehype-static-html.mjs'),
    ],
  };
}
