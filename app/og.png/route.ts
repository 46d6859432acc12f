import { siteCard } from '@/lib/og/card';
import { pngResponse, renderPng } from '@/lib/og/render';
import { OG_SIZE } from '@/lib/og/size';

export const dynamic = 'force-static';

/** The share card of every page that is not a post. */
export async function GET() {
  return pngResponse(await renderPng(siteCard(), OG_SIZE, 'the site share card'));
}
