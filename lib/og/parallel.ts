import { fork } from 'node:child_process';
import os from 'node:os';
import path from 'node:path';
import type { Post } from '../content';
import { shareCards, writeShareCards } from './write';

/** Below this many cards one process draws them all: starting one (and loading the font) costs ~2 s. */
const CARDS_PER_PROCESS = 100;

/**
 * Writes every share card of the site (see shareCards) into `siteDir`, split over one process
 * per core on a large site: a card is ~30 ms of CPU to draw when it is not in the cache.
 * Returns how many cards there are.
 */
export async function writeShareCardsInParallel(siteDir: string, posts: Post[]): Promise<number> {
  const cards = shareCards(posts);
  const count = Math.min(os.availableParallelism(), Math.floor(cards.length / CARDS_PER_PROCESS));
  if (count <= 1) {
    await writeShareCards(siteDir, cards);
    return cards.length;
  }
  await Promise.all(
    Array.from({ length: count }, (_, index) => {
      const child = fork(path.join(import.meta.dirname, 'parallel-worker.ts'), [], { execArgv: ['--import', 'tsx'], serialization: 'advanced' });
      child.send({ siteDir, posts, index, count });
      return new Promise<void>((resolve, reject) => {
        child.once('error', reject);
        child.once('exit', (code) => (code === 0 ? resolve() : reject(new Error(`share cards: a drawing process exited with code ${code} (see its error above)`))));
      });
    }),
  );
  return cards.length;
}
