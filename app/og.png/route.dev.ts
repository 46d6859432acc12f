// Dev only (*.dev.ts, see next.config.mjs): the share card of the pages that are not posts.
import { pngResponse } from '@/lib/og/render';
import { renderShareCard, SITE_SHARE_CARD } from '@/lib/og/write';

export const dynamic = 'force-dynamic';

export async function GET(): Promise<Response> {
  return pngResponse(await renderShareCard(SITE_SHARE_CARD));
}
