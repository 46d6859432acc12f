import fs from 'node:fs';
import path from 'node:path';
import { MEDIA_EXTENSIONS, publishedMediaPath } from '../mdx/media.mjs';

/**
 * Copies every image in each post's folder to the address its pages use for it (see
 * lib/mdx/media.mjs), `<site>/<slug>/<name>.<hash>.<ext>`. Returns how many were copied.
 */
export function publishPostMedia(siteDir: string, posts: { dir: string }[]): number {
  let count = 0;
  for (const post of posts) {
    for (const relative of fs.readdirSync(post.dir, { recursive: true, encoding: 'utf8' })) {
      if (!MEDIA_EXTENSIONS.includes(path.extname(relative).toLowerCase())) continue;
      const data = fs.readFileSync(path.join(post.dir, relative));
      const target = path.join(siteDir, decodeURIComponent(publishedMediaPath(post.dir, relative, data)));
      fs.mkdirSync(path.dirname(target), { recursive: true });
      fs.writeFileSync(target, data);
      count++;
    }
  }
  return count;
}
