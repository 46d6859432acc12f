// Dev only (*.dev.ts, see next.config.mjs): the search bundle a build writes to out/pagefind/,
// built in memory from the posts as they are, again on the first search after a post changed.
import { getPosts, type Post } from '@/lib/content';
import { buildMemoryIndex, pagefindFileType } from '@/lib/search/dev-index';
import { siteConfig } from '@/site.config';

export const dynamic = 'force-dynamic';

let built: { posts: Post[]; files: Promise<Map<string, Uint8Array>> } | undefined;

function currentIndex(): Promise<Map<string, Uint8Array>> {
  const posts = getPosts();
  if (built?.posts !== posts) {
    const files = buildMemoryIndex(posts, siteConfig.defaultLang);
    built = { posts, files };
    // A failed build is not kept: the next search tries again.
    files.catch(() => built?.files === files && (built = undefined));
  }
  return built.files;
}

export async function GET(_request: Request, { params }: { params: Promise<{ file: string[] }> }): Promise<Response> {
  const name = (await params).file.join('/');
  const body = (await currentIndex()).get(name);
  if (!body) return new Response(`${name} is not part of the search index`, { status: 404 });
  return new Response(new Uint8Array(body), { headers: { 'Content-Type': pagefindFileType(name), 'Cache-Control': 'no-store' } });
}
