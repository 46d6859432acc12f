import path from 'node:path';
import * as pagefind from 'pagefind';
import type { Post } from '../content';
import { postPath } from '../urls/site-pages';

/**
 * pagefind's bundle (pagefind.js, its WebAssembly, index and fragments) for `posts` as they are,
 * kept in memory: the search of `next dev`, where there is no out/ to index. Each post is a custom
 * record of its title and prose with the filters the build's pages carry (SearchIndexFields), so
 * the dialog finds what the build's index would. Keys are paths inside /pagefind/.
 */
export async function buildMemoryIndex(posts: Post[], language: string): Promise<Map<string, Uint8Array>> {
  const created = await pagefind.createIndex({ forceLanguage: language });
  if (!created.index) throw new Error(`pagefind could not start: ${created.errors.join('; ')}`);
  const { index } = created;
  try {
    for (const post of posts) {
      const added = await index.addCustomRecord({
        url: postPath(post),
        content: `${post.title}\n\n${post.text}`,
        language,
        meta: { title: post.title },
        filters: { lang: [post.lang], tag: post.tags },
      });
      if (added.errors.length > 0) throw new Error(`pagefind could not index ${post.file}: ${added.errors.join('; ')}`);
    }
    const { files, errors } = await index.getFiles();
    if (errors.length > 0) throw new Error(`pagefind could not write its index: ${errors.join('; ')}`);
    return new Map(files.map((file) => [file.path.split(path.sep).join('/'), file.content]));
  } finally {
    await index.deleteIndex();
  }
}

const TYPES: Record<string, string> = { '.js': 'text/javascript', '.json': 'application/json', '.css': 'text/css' };

/** The Content-Type of a pagefind file (its binary chunks are plain bytes to the browser). */
export function pagefindFileType(name: string): string {
  return TYPES[path.extname(name)] ?? 'application/octet-stream';
}
