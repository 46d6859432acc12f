// `next dev` only (a build never sees *.dev.ts): serves the images of a post from its folder, as
// they are, where the dev pages point (lib/mdx/media.mjs, DEV_MEDIA_PREFIX). No variants: a post
// with many images must not wait for encoding.
import { devMediaFile } from '@/lib/content/cover';

export async function GET(_request: Request, { params }: { params: Promise<{ path: string[] }> }) {
  const [slug, ...parts] = (await params).path;
  const file = slug ? devMediaFile(slug, parts) : undefined;
  if (!file) return new Response('Not found', { status: 404 });
  // Revalidated on every view, so a saved image shows on the next reload.
  return new Response(new Uint8Array(file.data), { headers: { 'Content-Type': file.type, 'Cache-Control': 'no-cache' } });
}
