// `npm run og-images [-- out]`: renders the share cards (Open Graph / X) of the public posts and the
// site into an exported site (part of `npm run build`, after `next build`). Cards are cached by
// content (.cache/og/), and the rest are rendered by one process per core: a card is ~30 ms of CPU,
// so 1000 posts on a cold cache would otherwise take half a minute.
import { fork } from 'node:child_process';
import os from 'node:os';
import path from 'node:path';
import { POSTS_DIR, visiblePosts } from '../lib/content';
import { loadAllPosts } from '../lib/content/load';
import { shareCards, writeShareCards } from '../lib/og/write';

const siteDir = process.argv[2] ?? 'out';
const shard = process.env.OG_IMAGES_SHARD?.split('/').map(Number);
const cards = shareCards(visiblePosts(loadAllPosts({ postsDir: POSTS_DIR }), false));

if (shard) {
  const [index, count] = shard;
  await writeShareCards(siteDir, cards.filter((_, i) => i % count === index));
} else {
  const started = performance.now();
  const count = Math.min(os.availableParallelism(), Math.ceil(cards.length / 50));
  const exits = Array.from({ length: count }, (_, index) => {
    const child = fork(import.meta.filename, [siteDir], { env: { ...process.env, OG_IMAGES_SHARD: `${index}/${count}` } });
    return new Promise<number | null>((resolve) => child.on('exit', resolve));
  });
  const failed = (await Promise.all(exits)).filter((code) => code !== 0).length;
  if (failed > 0) {
    console.error(`share cards: ${failed} of ${count} rendering processes failed (see above)`);
    process.exit(1);
  }
  console.log(`Wrote ${cards.length} share cards into ${path.relative(process.cwd(), path.resolve(siteDir)) || '.'}/ in ${((performance.now() - started) / 1000).toFixed(1)} s`);
}
