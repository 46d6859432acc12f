import path from 'node:path';
import type { Post } from '../content';
import { prepareShareCardPictures } from '../images/post-images';
import { mapInProcesses } from '../parallel/shards';
import { postShareCard, SITE_SHARE_CARD, writeShareCards } from './write';

interface PostCardJob {
  siteDir: string;
  post: Post;
}

/** Draws the cards of these posts into their sites. */
export async function drawPostCards(jobs: PostCardJob[]): Promise<null[]> {
  for (const { siteDir, post } of jobs) await writeShareCards(siteDir, [postShareCard(post)]);
  return jobs.map(() => null);
}

/**
 * Writes every share card of the site into `siteDir`; a large site's post cards are drawn by one
 * process per core: a card is ~30 ms of CPU when it is not in the cache, and below 100 cards a
 * process, starting one (and loading the font) costs more. Returns how many cards there are.
 */
export async function writeShareCardsInParallel(siteDir: string, posts: Post[]): Promise<number> {
  await prepareShareCardPictures(posts);
  await writeShareCards(siteDir, [SITE_SHARE_CARD]);
  const jobs = posts.map((post) => ({ siteDir, post }));
  await mapInProcesses(jobs, drawPostCards, { worker: path.join(import.meta.dirname, 'parallel-worker.ts'), perProcess: 100 });
  return posts.length + 1;
}
