import fs from 'node:fs';
import path from 'node:path';
import type { Post } from '../content';
import { feedFiles } from './build';

/** The exported page of a post, relative to out/. */
export function postPageFile(post: Pick<Post, 'slug'>): string {
  return path.posix.join(post.slug, 'index.html');
}

/**
 * Writes every feed into an exported site. Post bodies are taken from the exported pages
 * themselves (`bodies`: feedBodyHtml of each post page by file, from the post-build pass), so feeds
 * carry exactly what readers see on the site (React renders them once, in `next build`; route
 * handlers cannot render React to HTML). Returns the paths written.
 */
export function writeFeeds(outDir: string, posts: Post[], bodies: Map<string, string>): string[] {
  const files = feedFiles(posts, (post) => {
    const file = postPageFile(post);
    const body = bodies.get(file);
    if (body === undefined) throw new Error(`${path.join(outDir, file)} does not exist: run next build before writing the feeds`);
    return body;
  });
  for (const [urlPath, content] of files) {
    const file = path.join(outDir, urlPath);
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, content);
  }
  return [...files.keys()];
}
