import { getPost, getPosts } from '@/lib/content';
import { postCard } from '@/lib/og/card';
import { pngResponse, renderPng } from '@/lib/og/render';
import { OG_SIZE } from '@/lib/og/size';

export const dynamic = 'force-static';
export const dynamicParams = false;

export function generateStaticParams() {
  return getPosts().map((post) => ({ slug: post.slug }));
}

/** The post's share card, out/<slug>/og.png. */
export async function GET(_request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const post = getPost((await params).slug)!;
  return pngResponse(await renderPng(postCard(post), OG_SIZE, post.file));
}
