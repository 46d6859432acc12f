// A process of lib/og/parallel.ts: draws every `count`-th card, starting at `index`, then exits.
import type { Post } from '../content';
import { shareCards, writeShareCards } from './write';

process.once('message', async ({ siteDir, posts, index, count }: { siteDir: string; posts: Post[]; index: number; count: number }) => {
  await writeShareCards(siteDir, shareCards(posts).filter((_, i) => i % count === index));
  process.disconnect();
});
