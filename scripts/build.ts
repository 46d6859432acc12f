// `npm run build`: the content check, `next build`, then every post-build step, from one process.
// Check and post-build run here rather than as `npm run` steps of their own (each such step cost a
// process, tsx and the libraries' start-up); `next build` is Next's own process. Its workers and
// post-build read the post list the check stored (lib/content/snapshot.ts). Prints each step's time.
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import path from 'node:path';
import { postBuildCommand } from '../lib/post-build/post-build';
import { runContentCheck } from '../lib/check/check-content';
import { POSTS_DIR, visiblePosts } from '../lib/content/index';
import { loadAllPosts } from '../lib/content/load';
import { writeShareCardsInParallel } from '../lib/og/parallel';

const seconds: [string, number][] = [];
async function step(name: string, work: () => unknown): Promise<void> {
  const started = performance.now();
  await work();
  seconds.push([name, (performance.now() - started) / 1000]);
}

await step('check', async () => {
  const { report, failed } = await runContentCheck({ postsDir: POSTS_DIR });
  console.log(report);
  if (failed) process.exit(1);
});
await step('next build', async () => {
  const next = spawn(process.execPath, [createRequire(import.meta.url).resolve('next/dist/bin/next'), 'build'], { stdio: 'inherit' });
  const exited = new Promise<number | null>((resolve) => next.once('exit', resolve));
  // Meanwhile the share cards are drawn into their cache: `next build` leaves a core idle much of the time.
  await writeShareCardsInParallel(undefined, visiblePosts(loadAllPosts({ postsDir: POSTS_DIR }), false)).catch((error: unknown) => {
    next.kill();
    throw error;
  });
  const status = await exited;
  if (status !== 0) process.exit(status ?? 1);
});
await step('post-build', () => postBuildCommand(path.resolve('out')));
const total = seconds.reduce((sum, [, s]) => sum + s, 0);
console.log(`\nbuild steps: ${seconds.map(([name, s]) => `${name} ${s.toFixed(1)} s`).join(', ')} (${total.toFixed(1)} s)`);
// This process holds the check's and post-build's data; `next build` has processes of its own.
console.log(`check and post-build process: peak RSS ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MiB`);
