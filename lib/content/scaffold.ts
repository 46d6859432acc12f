import fs from 'node:fs';
import path from 'node:path';
import { POST_SOURCE_NAMES, SLUG } from './load';
import type { Lang } from './schema';

export interface NewPostOptions {
  postsDir: string;
  title: string;
  lang?: Lang;
  tags?: string[];
  /** Folder name; derived from the title when omitted. */
  slug?: string;
  /** Defaults to today (UTC). */
  date?: string;
}

/** "Year in Review: 2024!" → "year_in_review_2024", in the style of the existing posts. */
export function slugify(title: string): string {
  return title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^_+|_+$/g, '');
}

const PLACEHOLDER_SVG = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 720 240" width="720" height="240">
  <rect width="100%" height="100%" rx="12" fill="#fbfaf6"/>
  <title>Placeholder diagram</title>
  <text x="360" y="130" text-anchor="middle" font-family="system-ui, sans-serif" font-size="28" fill="#1f2933">Replace me with your own figure</text>
</svg>
`;

/** Creates posts/<slug>/index.mdx as a draft with a body showing the components. Never overwrites. */
export function createPost({ postsDir, title, lang = 'en', tags = [], slug = slugify(title), date = new Date().toISOString().slice(0, 10) }: NewPostOptions): {
  slug: string;
  file: string;
} {
  if (!title.trim()) throw new Error('Give the post a title: npm run new -- "My post title"');
  if (!slug) throw new Error(`Cannot make a URL slug from "${title}": pass one with --slug my_post`);
  if (!SLUG.test(slug)) throw new Error(`"${slug}" is not a valid slug (letters, digits, - and _)`);
  const dir = path.join(postsDir, slug);
  // A folder of that name is a post already, whichever its source file (index.mdx or index.md).
  if (fs.existsSync(dir)) throw new Error(`${path.relative(process.cwd(), dir)}/ already exists: choose another title or --slug`);

  const frontmatter = [
    '---',
    `title: ${JSON.stringify(title)}`,
    `date: ${date}`,
    'description: ""',
    `tags: ${JSON.stringify(tags)}`,
    `lang: ${lang}`,
    'draft: true',
    '---',
  ].join('\n');
  const body = `
Write the introduction here. Inline math works: $p / q > r$.

## A paper

<Paper
  title="Title of the paper"
  authors="First Author, Second Author"
  paper="https://arxiv.org/abs/0000.00000"
  venue="Venue 2025"
/>

What the paper does, in your words.

<Figure src="diagram.svg" alt="What the diagram shows" caption="What the reader should notice. Credit the paper you drew it after." />

{/* A video: <YouTube id="11-char-id" title="What the video shows" /> */}
`;
  fs.mkdirSync(dir, { recursive: true });
  const file = path.join(dir, POST_SOURCE_NAMES[0]);
  fs.writeFileSync(file, `${frontmatter}\n${body}`);
  fs.writeFileSync(path.join(dir, 'diagram.svg'), PLACEHOLDER_SVG);
  return { slug, file };
}
