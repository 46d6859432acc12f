import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Post } from '../lib/content/load';
import { compilePost, type CompiledPost } from '../lib/mdx/compile-post.mjs';
import { finishPage } from '../lib/post-build/page-pass';
import { htmlFiles } from '../lib/post-build/site-files';

/** Writes `{ slug: source }` as posts/<slug>/index.mdx in a fresh temporary folder. */
export function makePostsDir(posts: Record<string, string>): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'posts-'));
  for (const [slug, source] of Object.entries(posts)) {
    fs.mkdirSync(path.join(dir, slug), { recursive: true });
    fs.writeFileSync(path.join(dir, slug, 'index.mdx'), source);
  }
  return dir;
}

export function post(frontmatter: string, body = 'Some text.\n'): string {
  return `---\n${frontmatter.trim()}\n---\n\n${body}`;
}

/** A parsed post with neutral defaults, for logic that takes posts without reading files. */
export function fakePost(slug: string, fields: Partial<Post> = {}): Post {
  return {
    slug,
    file: `posts/${slug}/index.mdx`,
    sourceFile: `/posts/${slug}/index.mdx`,
    dir: `/posts/${slug}`,
    title: slug,
    date: '2023-01-01T00:00:00.000Z',
    description: '',
    tags: [],
    lang: 'en',
    draft: false,
    imported: false,
    authors: ['A'],
    readingMinutes: 1,
    excerpt: '',
    text: '',
    bodyLine: 4,
    ...fields,
  };
}

/** A post's source through the one compile entry (lib/mdx/compile-post.mjs), images published, as its page gets it. */
export async function compileSource(source: string, file: string): Promise<CompiledPost> {
  return compilePost(file, { source });
}

/** The ids and links of every page of an exported site, by file, as the link check of the page pass reads them. */
export function siteLinks(site: string) {
  return new Map(htmlFiles(site).map((file) => [file, finishPage(site, { file }, ['check:links']).links]));
}
