import path from 'node:path';
import type { Post } from '../content';
import { prepareShareCardPictures } from '../images/post-images';
import { mapInProcesses } from '../parallel/shards';
import { postShareCard, SITE_SHARE_CARD, storedShareCard, writeShareCard, renderShareCard, type ShareCard } from './write';

interface CardJob {
  /** The exported site to write the card into; none: only draw it into the cache (.cache/og/). */
  siteDir?: string;
  /** The post whose card it is; none: the site's card. */
  post?: Post;
}

function jobCard({ post }: CardJob): ShareCard {
  return post ? postShareCard(post) : SITE_SHARE_CARD;
}

/** Draws these cards (into their sites, when they have one): the work of one share. */
export async function drawCards(jobs: CardJob[]): Promise<null[]> {
  for (const job of jobs) {
    const card = jobCard(job);
    if (job.siteDir) await writeShareCard(job.siteDir, card, await renderShareCard(card));
    else await renderShareCard(card);
  }
  return jobs.map(() => null);
}

/**
 * Writes every share card of the site into `siteDir`: the cards drawn before are copied from the
 * cache; the others are drawn, by one process per core for a large site (a card is ~25 ms of CPU;
 * below 100 cards a process, starting one and loading the font, costs more). Returns how many
 * cards there are. Without `siteDir` the missing cards are only drawn into the cache, by processes
 * at the lowest CPU priority: `npm run build` does that while `next build` runs, so the cards take
 * only the CPU the build leaves idle, and post-build then only copies them.
 */
export async function writeShareCardsInParallel(siteDir: string | undefined, posts: Post[]): Promise<number> {
  await prepareShareCardPictures(posts);
  const jobs: CardJob[] = [{ siteDir }, ...posts.map((post) => ({ siteDir, post }))];
  const missing: CardJob[] = [];
  for (const job of jobs) {
    const card = jobCard(job);
    const stored = await storedShareCard(card);
    if (!stored) missing.push(job);
    else if (siteDir) await writeShareCard(siteDir, card, stored);
  }
  await mapInProcesses(missing, drawCards, { worker: path.join(import.meta.dirname, 'parallel-worker.ts'), perProcess: 100, background: !siteDir });
  return jobs.length;
}
