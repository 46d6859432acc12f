// `npm run build`: `next build` and the content check at once, then post-build, from one process.
// `next build` starts first: its start-up and the app's compile need no posts, and its page workers
// wait for the check through a gate (lib/content/snapshot.ts), then read the post list the check
// stored. A failed check stops `next build` before it renders a page, so out/ is left as it was.
// Check and post-build run here rather than as `npm run` steps of their own (each such step cost a
// process, tsx and the libraries' start-up). Prints each step's time. `next build` renders only
// the post pages whose key changed (lib/incremental/): it writes which into a plan file, and the
// others are put back into out/ from .cache/rendered/ before post-build.
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { checkGate } from '../lib/content/snapshot';
import { renderPlan } from '../lib/incremental/kept-pages';

const started = performance.now();
const seconds: [string, number][] = [];
const since = (start: number) => (performance.now() - start) / 1000;

const gate = checkGate();
const plan = renderPlan();
const next = spawn(process.execPath, [createRequire(import.meta.url).resolve('next/dist/bin/next'), 'build'], {
  stdio: 'inherit',
  env: { ...process.env, ...gate.env, ...plan.env },
});
// Next ends its page workers when it is stopped. (Not a process group of its own: Linux would then
// schedule it as a session apart, sharing the CPU half and half with this process and the cards
// drawn at low priority beside it, whatever their priority.)
const stopNext = () => {
  if (next.exitCode === null) next.kill('SIGTERM');
};
process.once('exit', stopNext);
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.once(signal, () => process.exit(128 + os.constants.signals[signal]));
const nextExited = new Promise<number | null>((resolve) => next.once('exit', resolve));

// Imported after `next build` started: loading the check's libraries takes a while.
const { runContentCheck } = await import('../lib/check/check-content');
const { POSTS_DIR, visiblePosts } = await import('../lib/content/index');
const { loadAllPosts } = await import('../lib/content/load');
const { writeShareCardsInParallel } = await import('../lib/og/parallel');
const { postBuildCommand } = await import('../lib/post-build/post-build');

const { report, failed } = await runContentCheck({ postsDir: POSTS_DIR });
seconds.push(['check', since(started)]);
console.log(report);
if (failed) {
  stopNext();
  gate.settle(false);
  process.exit(1);
}
gate.settle(true);

// Meanwhile the share cards are drawn into their cache at the lowest priority, from what `next
// build` leaves idle; post-build then only copies them.
const cardsStarted = performance.now();
const [nextOutcome, cardsOutcome] = await Promise.allSettled([
  nextExited.then((status) => (seconds.push(['next build', since(started)]), status)),
  writeShareCardsInParallel(undefined, visiblePosts(loadAllPosts({ postsDir: POSTS_DIR }), false)).then(
    () => seconds.push(['share cards', since(cardsStarted)]),
    (error: unknown) => {
      stopNext();
      throw error;
    },
  ),
]);
if (cardsOutcome.status === 'rejected') {
  console.error(cardsOutcome.reason instanceof Error ? cardsOutcome.reason.message : cardsOutcome.reason);
  process.exit(1);
}
const status = nextOutcome.status === 'fulfilled' ? nextOutcome.value : 1;
if (status !== 0) process.exit(status ?? 1);

const keptStarted = performance.now();
const { rendered, reused } = plan.settle(path.resolve('out'));
seconds.push(['kept pages', since(keptStarted)]);
console.log(`post pages: ${rendered} rendered, ${reused} unchanged since the last build (.cache/rendered/)`);

const postBuildStarted = performance.now();
await postBuildCommand(path.resolve('out'));
seconds.push(['post-build', since(postBuildStarted)]);
// Steps overlap (check and next build run at once, the cards beside next build): the total is the wall time.
console.log(`\nbuild steps: ${seconds.map(([name, s]) => `${name} ${s.toFixed(1)} s`).join(', ')} (${since(started).toFixed(1)} s)`);
// This process holds the check's and post-build's data; `next build` has processes of its own.
console.log(`check and post-build process: peak RSS ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MiB`);
