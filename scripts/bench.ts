// `npm run bench [-- --posts 100,1000] [--images 20] [--no-dev] [--no-build] [--import <folder> | --import=]`
// (`--posts=` for no synthetic posts): first the image section (scripts/qa/image-bench.ts) on a post
// of that many generated images (0: none); then builds the site with N synthetic posts and prints
// build time clean, warm and after one post was edited (each step of `npm run build`, `next build` among them, ms per post, CPU seconds and the
// machine's load, since wall time on a shared machine follows the load), memory, output size, JS per
// post page, the `next dev` first-request time and the save-to-update latency; then imports a real
// blog (../shared/corpus/gatsby-sample by default) into an empty copy and builds it (posts/s, peak RSS).
// The cost per post at three sizes, as docs/performance.md quotes it: `--posts 100,1000,3000 --no-dev
// --images 0 --import=` (3000 posts take ~15 minutes on 2 cores, so they are not the default).
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { chromium } from '@playwright/test';
import { freePort, startServer } from './qa/processes';
import { imageBench } from './qa/image-bench';
import { makeProjectCopy } from './qa/project-copy';
import { writeSyntheticPosts } from './qa/synthetic-posts';
import { findChromium } from './qa/test-tools';
import { clientJsOnPage, readClientManifest } from './qa/client-js';

const root = process.cwd();
const { values } = parseArgs({
  options: {
    posts: { type: 'string', default: '100,1000' },
    dev: { type: 'boolean', default: true },
    build: { type: 'boolean', default: true },
    keep: { type: 'boolean', default: false },
    images: { type: 'string', default: '20' },
    import: { type: 'string', default: path.join(root, '..', 'shared', 'corpus', 'gatsby-sample') },
  },
  allowNegative: true,
});
const REAL_POST = 'deep_learning_2023';
const TIME = fs.existsSync('/usr/bin/time') ? '/usr/bin/time' : undefined;

/**
 * Runs a command in `cwd`; returns wall seconds, and when /usr/bin/time exists the peak RSS (MiB) of
 * its largest process and the CPU seconds of all of them (on a shared machine wall time follows
 * the load; CPU time much less).
 */
function timed(command: string[], cwd: string): { seconds: number; peakMiB?: number; cpuSeconds?: number; stdout: string } {
  const started = performance.now();
  const args = TIME ? ['-f', 'PEAK_RSS_KB=%M CPU=%U+%S', ...command] : command.slice(1);
  const result = spawnSync(TIME ?? command[0], args, { cwd, encoding: 'utf8', env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' } });
  if (result.status !== 0) throw new Error(`${command.join(' ')} failed:\n${result.stdout}\n${result.stderr}`);
  const usage = result.stderr.match(/PEAK_RSS_KB=(\d+) CPU=([\d.]+)\+([\d.]+)/);
  return {
    seconds: (performance.now() - started) / 1000,
    peakMiB: usage ? Number(usage[1]) / 1024 : undefined,
    cpuSeconds: usage ? Number(usage[2]) + Number(usage[3]) : undefined,
    stdout: result.stdout,
  };
}

/**
 * `npm run build` (scripts/build.ts) as package.json runs it: wall seconds in all, the peak RSS of
 * its largest process (`next build`'s), and each step's seconds as the build prints them.
 */
function timedBuild(dir: string): { total: number; peakMiB?: number; cpuSeconds?: number; stdout: string; steps: { name: string; seconds: number }[] } {
  const { scripts } = JSON.parse(fs.readFileSync(path.join(dir, 'package.json'), 'utf8')) as { scripts: Record<string, string> };
  const { seconds, peakMiB, cpuSeconds, stdout } = timed(['npx', ...scripts.build.split(' ')], dir);
  const line = stdout.match(/^build steps: (.*) \([\d.]+ s\)$/m)?.[1] ?? '';
  const steps = [...line.matchAll(/([\w -]+?) ([\d.]+) s(?:, |$)/g)].map(([, name, s]) => ({ name, seconds: Number(s) }));
  return { total: seconds, peakMiB, cpuSeconds, stdout, steps };
}

function dirBytes(dir: string): number {
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .reduce((sum, e) => sum + (e.isDirectory() ? dirBytes(path.join(dir, e.name)) : fs.statSync(path.join(dir, e.name)).size), 0);
}

/**
 * Seconds for the first request of a post in a fresh dev server. `warmed`: started as `npm run dev`
 * does (scripts/dev.ts), and asked once its warm-up finished, as an editor who switches to the
 * browser after the server is ready; otherwise plain `next dev`, asked the moment it is ready.
 */
async function devFirstRequest(dir: string, slug: string, bodyHeading: string, warmed: boolean): Promise<number> {
  const port = String(await freePort());
  const env = { ...process.env, NEXT_TELEMETRY_DISABLED: '1' };
  const server = warmed
    ? await startServer('npx', ['tsx', 'scripts/dev.ts', '--port', port], dir, /Warmed up/, env)
    : await startServer('npx', ['next', 'dev', '--port', port], dir, /Ready in/, env);
  try {
    const started = performance.now();
    const response = await fetch(`http://127.0.0.1:${port}/${slug}/`);
    const html = await response.text();
    const seconds = (performance.now() - started) / 1000;
    if (!response.ok) throw new Error(`next dev answered ${response.status} for /${slug}/`);
    // The body's first heading: the time includes compiling the post, not just the page around it.
    if (!html.includes(`${bodyHeading}</a></h2>`)) throw new Error(`/${slug}/ from next dev has no "${bodyHeading}" heading`);
    return seconds;
  } finally {
    // Nothing may still be writing .next/ when the copy is removed.
    await server.stop();
  }
}

/** One save's latency and its parts, in seconds: until the refresh request left, while it was answered, until the page showed the text. */
interface SaveTiming {
  total: number;
  toRequest: number;
  request: number;
  toPaint: number;
}

/**
 * Save-to-update latency in `npm run dev`: a post page is open in Chromium; each time a paragraph is
 * written into the post's file, the time until the page shows it (live reload: watch, event,
 * refresh, compile, render), split at the page's refresh request (Resource Timing of its `_rsc`
 * fetch): watch and event, the server's answer (reload, compile, render), the browser's update.
 * The route is compiled and the post shown once before the first save.
 */
async function devSaveLatency(dir: string, slug: string, saves = 5): Promise<SaveTiming[]> {
  const port = String(await freePort());
  const server = await startServer(
    'npx',
    ['tsx', 'scripts/dev.ts', '--port', port],
    dir,
    /Warmed up/,
    { ...process.env, NEXT_TELEMETRY_DISABLED: '1' },
    400_000,
  );
  const browser = await chromium.launch({ executablePath: findChromium() });
  try {
    const page = await browser.newPage();
    // localhost, not 127.0.0.1: next dev refuses its HMR socket to the latter.
    await page.goto(`http://localhost:${port}/${slug}/`, { timeout: 180_000 });
    await page.waitForFunction(() => document.documentElement.dataset.liveReload === 'on', undefined, { timeout: 60_000 });
    const file = path.join(dir, 'posts', slug, 'index.mdx');
    const source = fs.readFileSync(file, 'utf8');
    const timings: SaveTiming[] = [];
    for (let i = 0; i < saves; i++) {
      const marker = `Saved edit number ${i} for the benchmark.`;
      await page.evaluate(() => performance.clearResourceTimings());
      const saved = Date.now();
      fs.writeFileSync(file, `${source.trimEnd()}\n\n${marker}\n`);
      await page.waitForFunction((text) => document.body.innerText.includes(text), marker, { timeout: 60_000, polling: 'raf' });
      const shown = Date.now();
      const rsc = await page.evaluate(() => {
        const entry = performance
          .getEntriesByType('resource')
          .filter((e) => e.name.includes('_rsc='))
          .at(-1) as PerformanceResourceTiming | undefined;
        return entry && { start: performance.timeOrigin + entry.startTime, end: performance.timeOrigin + entry.responseEnd };
      });
      if (!rsc) throw new Error('the page showed the edit without a refresh request: the breakdown no longer matches how live reload works');
      timings.push({
        total: (shown - saved) / 1000,
        toRequest: (rsc.start - saved) / 1000,
        request: (rsc.end - rsc.start) / 1000,
        toPaint: (shown - rsc.end) / 1000,
      });
    }
    return timings;
  } finally {
    await browser.close();
    await server.stop();
  }
}

const kib = (bytes: number) => `${(bytes / 1024).toFixed(1)} KiB`;
if (Number(values.images) > 0) {
  console.log(`\n## ${values.images} images`);
  await imageBench(root, Number(values.images));
}
for (const count of values.posts.split(',').filter(Boolean).map(Number)) {
  const dir = makeProjectCopy(root, `bench-${count}`);
  try {
    writeSyntheticPosts(path.join(dir, 'posts'), count);
    console.log(`\n## ${count} posts`);
    if (values.build) {
      for (const label of ['clean', 'warm', 'edited']) {
        // edited: one post's paragraph changed since the warm build, as after an author's save.
        if (label === 'edited')
          fs.appendFileSync(path.join(dir, 'posts', 'synthetic_0000', 'index.mdx'), '\nOne more sentence, written after the warm build.\n');
        const build = timedBuild(dir);
        const next = build.steps.find((step) => step.name === 'next build')!;
        console.log(
          `${label} next build      ${next.seconds.toFixed(1)} s (${((next.seconds * 1000) / count).toFixed(0)} ms/post)${build.peakMiB ? `, peak RSS ${build.peakMiB.toFixed(0)} MiB` : ''}`,
        );
        console.log(
          `${label} npm run build   ${build.total.toFixed(1)} s (${((build.total * 1000) / count).toFixed(0)} ms/post${build.cpuSeconds ? `, ${build.cpuSeconds.toFixed(1)} s of CPU` : ''}): ${build.steps.map((step) => `${step.name} ${step.seconds.toFixed(1)} s`).join(', ')} (load ${os.loadavg()[0].toFixed(1)})`,
        );
        // post-build prints one timed line per step of its own.
        for (const line of build.stdout.split('\n').filter((line) => /^[\w:-]+ +[\d.]+ s {2}/.test(line))) console.log(`    ${line}`);
      }
      // `next build` on its own, as a reader of Next's docs would run it: no check before it to
      // compile the posts, nothing cached.
      for (const cache of ['.next', '.cache']) fs.rmSync(path.join(dir, cache), { recursive: true, force: true });
      const alone = timed(['npx', 'next', 'build'], dir);
      console.log(`next build alone      ${alone.seconds.toFixed(1)} s (empty caches, posts compiled in it)`);
      const outDir = path.join(dir, 'out');
      const js = clientJsOnPage(outDir, 'synthetic_0000/index.html', readClientManifest(path.join(dir, '.next'), '[slug]/page'));
      const raster = fs.readFileSync(path.join(outDir, 'synthetic_0001', 'index.html'), 'utf8').match(/<img src="[^"]+\.png" width="(\d+)" height="(\d+)"/);
      if (raster) console.log(`raster figure: width="${raster[1]}" height="${raster[2]}"`);
      console.log(`out/ size             ${(dirBytes(outDir) / 1024 / 1024).toFixed(1)} MiB`);
      console.log(
        `JS on a post page     framework ${kib(js.framework.raw)} (${kib(js.framework.gzip)} gzip), ours ${kib(js.ours.raw)} (${kib(js.ours.gzip)} gzip) in ${js.ours.chunks.length} chunk(s)`,
      );
    }
    if (values.dev) {
      // synthetic_0000 is the oldest post, so not the one the warm-up asked for.
      console.log(`next dev first post   ${(await devFirstRequest(dir, 'synthetic_0000', 'Method 0', false)).toFixed(1)} s (route not compiled yet)`);
      console.log(`npm run dev first post ${(await devFirstRequest(dir, 'synthetic_0000', 'Method 0', true)).toFixed(1)} s (after its warm-up)`);
      // A post of the real blog's size (35 KB of MDX, 19 figures, math, paper cards) among the N.
      fs.cpSync(path.join(root, 'posts', REAL_POST), path.join(dir, 'posts', REAL_POST), { recursive: true });
      const timings = (await devSaveLatency(dir, REAL_POST)).sort((a, b) => a.total - b.total);
      const median = timings[Math.floor(timings.length / 2)];
      console.log(
        `save to update        median ${median.total.toFixed(2)} s (event ${median.toRequest.toFixed(2)} s, server ${median.request.toFixed(2)} s, browser ${median.toPaint.toFixed(2)} s), max ${timings.at(-1)!.total.toFixed(2)} s (${timings.length} saves of ${REAL_POST} in Chromium)`,
      );
    }
  } finally {
    if (!values.keep) fs.rmSync(dir, { recursive: true, force: true, maxRetries: 5 });
  }
}

// `--import=` (empty) skips it.
if (values.import && values.build) {
  // A real blog moving in: `npm run import` into a copy with none of our posts, then `npm run build`.
  const folder = path.resolve(values.import);
  const dir = makeProjectCopy(root, 'bench-import');
  try {
    const imported = timed(['npx', 'tsx', 'scripts/import.ts', folder], dir);
    const count = fs.readdirSync(path.join(dir, 'posts')).length;
    const build = timedBuild(dir);
    const seconds = imported.seconds + build.total;
    const peak = Math.max(imported.peakMiB ?? 0, build.peakMiB ?? 0);
    console.log(`\n## import ${path.relative(root, folder) || folder}`);
    console.log(
      `import                ${count} posts in ${imported.seconds.toFixed(1)} s (${(count / imported.seconds).toFixed(1)} posts/s)${imported.peakMiB ? `, peak RSS ${imported.peakMiB.toFixed(0)} MiB` : ''}`,
    );
    console.log(
      `import + build        ${seconds.toFixed(1)} s (${(count / seconds).toFixed(2)} posts/s)${peak ? `, peak RSS ${peak.toFixed(0)} MiB` : ''}: ${build.steps.map((step) => `${step.name} ${step.seconds.toFixed(1)} s`).join(', ')}`,
    );
    // The same blog built again, as after an author's next `npm run build` (the Astro blog: 11.2 s warm, issue #19).
    const warm = timedBuild(dir);
    console.log(
      `warm build            ${warm.total.toFixed(1)} s${warm.cpuSeconds ? ` (${warm.cpuSeconds.toFixed(1)} s of CPU)` : ''}: ${warm.steps.map((step) => `${step.name} ${step.seconds.toFixed(1)} s`).join(', ')}`,
    );
  } finally {
    if (!values.keep) fs.rmSync(dir, { recursive: true, force: true, maxRetries: 5 });
  }
}
