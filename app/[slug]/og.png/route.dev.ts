// Dev only (*.dev.ts, see next.config.mjs): a post's share card as `npm run og-images` draws it,
// at the URL its page's metadata gives.
import { getPost } from '@/lib/content';
import { pngResponse } from '@/lib/og/render';
import { postShareCard, renderShareCard } from '@/lib/og/write';

export const dynamic = 'force-dynamic';

export async function GET(_request: Request, { params }: { params: Promise<{ slug: string }> }): Promise<Response> {
  const post = getPost((await params).slug);
  if (!post) return new Response('No such post', { status: 404 });
  return pngResponse(await renderShareCard(postShareCard(post)));
}
