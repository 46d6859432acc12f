import fs from 'node:fs';
import path from 'node:path';
import type { Post } from '../content';
import { absoluteUrl, postPath } from '../site-pages';
import { feedFiles } from './build';
import { feedBodyHtml } from './html';

/**
 * Writes every feed into an exported site. Post bodies are taken from the exported pages
 * themselves, so feeds carry exactly what readers see on the site (React renders them once, in
 * `next build`; route handlers cannot render React to HTML). Returns the paths written.
 */
export function writeFeeds(outDir: string, posts: Post[]): string[] {
  const files = feedFiles(posts, (post) => {
    const page = path.join(outDir, post.slug, 'index.html');
    if (!fs.existsSync(page)) throw new Error(`${page} does not exist: run next build before writing the feeds`);
    return feedBodyHtml(fs.readFileSync(page, 'utf8'), absoluteUrl(postPath(post)), page);
  });
  for (const [urlPath, content] of files) {
    const file = path.join(outDir, urlPath);
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, content);
  }
  return [...files.keys()];
}
