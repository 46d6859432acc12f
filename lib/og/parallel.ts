import path from 'node:path';
import type { Post } from '../content';
import { prepareShareCardPictures } from '../images/post-images';
import { mapInProcesses } from '../parallel/shards';
import { postShareCard, renderShareCard, SITE_SHARE_CARD, writeShareCards, type ShareCard } from './write';

interface PostCardJob {
  /** The exported site to write the card into; none: only draw it into the cache (.cache/og/). */
  siteDir?: string;
  post: Post;
}

/** Draws the cards of these posts into their sites. */
export async function drawPostCards(jobs: PostCardJob[]): Promise<null[]> {
  for (const { siteDir, post } of jobs) await drawCard(siteDir, postShareCard(post));
  return jobs.map(() => null);
}

function drawCard(siteDir: string | undefined, card: ShareCard): Promise<unknown> {
  return siteDir ? writeShareCards(siteDir, [card]) : renderShareCard(card);
}

/**
 * Writes every share card of the site into `siteDir`; a large site's post cards are drawn by one
 * process per core: a card is ~30 ms of CPU when it is not in the cache, and below 100 cards a
 * process, starting one (and loading the font) costs more. Returns how many cards there are.
 * Without `siteDir` the cards are only drawn into the cache: `npm run build` does that while
 * `next build` runs (its cores are often idle), so post-build then only copies them.
 */
export async function writeShareCardsInParallel(siteDir: string | undefined, posts: Post[]): Promise<number> {
  await prepareShareCardPictures(posts);
  await drawCard(siteDir, SITE_SHARE_CARD);
  const jobs = posts.map((post) => ({ siteDir, post }));
  await mapInProcesses(jobs, drawPostCards, { worker: path.join(import.meta.dirname, 'parallel-worker.ts'), perProcess: 100 });
  return posts.length + 1;
}
