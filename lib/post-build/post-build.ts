import fs from 'node:fs';
import path from 'node:path';
import { CACHE_ROOT, PRUNE_AFTER_DAYS, pruneCaches } from '../cache/disk-cache.mjs';
import { POSTS_DIR, visiblePosts, type Post } from '../content';
import { loadAllPosts } from '../content/load';
import { feedPosts } from '../feeds/build';
import { keptPagesCache } from '../incremental/kept-pages';
import { postPageFile, writeFeeds } from '../feeds/write';
import { writeShareCardsInParallel } from '../og/parallel';
import { mapInProcesses, processCount } from '../parallel/shards';
import { buildSearchIndex } from '../search/build-index';
import { absoluteUrl, postPath } from '../urls/site-pages';
import { siteConfig } from '../../site.config';
import { findBrokenLinks } from './check-links';
import { headersFile } from './csp';
import { type FinishedPage, type PageJob, type PageWork, PAGE_CACHE_DIR, PAGE_STEPS, finishCachedPage, finishPages } from './page-pass';
import { publishPostMedia } from './post-media';
import { htmlFiles } from './site-files';

/** The steps of `npm run post-build`, in the order runPostBuild runs them. */
export const POST_BUILD_STEPS = ['publish-media', 'og-images', 'feeds', 'check:links', 'defer-hydration', 'csp', 'search:index', 'prune-cache'] as const;
export type PostBuildStep = (typeof POST_BUILD_STEPS)[number];

/** A stage's name and what it did, with its wall time. */
export type StepLog = (name: string, seconds: number, done: string) => void;

export interface PostBuildOptions {
  /** The steps to run (all by default), always in POST_BUILD_STEPS' order. */
  steps?: readonly PostBuildStep[];
  log?: StepLog;
  /** Where finished pages are kept between builds (PAGE_CACHE_DIR in a build); none: every page is parsed. */
  pageCacheDir?: string;
}

/**
 * `npm run post-build` and the last step of `npm run build`: the steps over the public posts (the
 * list the check stored, see loadAllPosts), each printed with its time on one aligned line (the
 * benchmark reads them). On failure prints why and exits 1.
 */
export async function postBuildCommand(siteDir: string, steps: readonly PostBuildStep[] = POST_BUILD_STEPS): Promise<void> {
  const posts = visiblePosts(loadAllPosts({ postsDir: POSTS_DIR }), false);
  try {
    await runPostBuild(siteDir, posts, {
      steps,
      log: (name, seconds, done) => console.log(`${name.padEnd(16)} ${seconds.toFixed(1).padStart(5)} s  ${done}`),
      pageCacheDir: PAGE_CACHE_DIR,
    });
  } catch (error) {
    console.error(`post-build failed in ${path.relative(process.cwd(), siteDir) || '.'}/:\n${error instanceof Error ? error.message : error}`);
    process.exit(1);
  }
}

/**
 * What `npm run build` does to out/ after `next build` (`steps`: all, or those named; `posts`: the
 * public posts). The order is this code's, and each stage takes what the one before produced:
 *   1. files the pages point at (post images, share cards), so the link check sees them;
 *   2. one pass over the pages (pagePass): each read and parsed ONCE; the readers (feeds, link
 *      check) take what they need of the parse as Next wrote it; hydration deferral settles the
 *      page's scripts (FinalScripts) and the CSP, which only takes settled scripts, hashes them;
 *      both are edits of the page source, and the page is written once. With `pageCacheDir`, a
 *      page finished before in the same state is not parsed again (lib/post-build/page-pass.ts);
 *   3. pagefind indexes the final pages;
 *   4. the caches pruned: by now the build has read (and so refreshed) every entry it still uses.
 * Throws at the first step that finds the site must not ship.
 */
export async function runPostBuild(
  siteDir: string,
  posts: Post[],
  { steps = POST_BUILD_STEPS, log = () => {}, pageCacheDir }: PostBuildOptions = {},
): Promise<void> {
  const selected = new Set(steps);
  const stage = async <T>(name: string, work: () => T | Promise<T>, done: (result: T) => string): Promise<T> => {
    const started = performance.now();
    const result = await work();
    log(name, (performance.now() - started) / 1000, done(result));
    return result;
  };

  if (selected.has('publish-media')) {
    await stage(
      'publish-media',
      () => publishPostMedia(siteDir, posts),
      ({ files, variants, encoded, cpuMs }) =>
        `${files} post images and ${variants} resized variants beside their pages (${encoded} encoded in ${(cpuMs / 1000).toFixed(1)} s of CPU, the rest from .cache/images/)`,
    );
  }
  if (selected.has('og-images'))
    await stage(
      'og-images',
      () => writeShareCardsInParallel(siteDir, posts),
      (cards) => `${cards} share cards`,
    );

  if (PAGE_STEPS.some((name) => selected.has(name))) await pagePass(siteDir, posts, selected, log, pageCacheDir);

  if (selected.has('search:index')) {
    await stage(
      'search:index',
      () => buildSearchIndex({ siteDir, language: siteConfig.defaultLang, expectedPages: posts.length }),
      ({ pages, outputPath }) => `${pages} post(s) indexed in ${path.relative(siteDir, outputPath)}/`,
    );
  }
  if (selected.has('prune-cache'))
    await stage(
      'prune-cache',
      () => pruneCaches({ skip: [path.relative(CACHE_ROOT, keptPagesCache().dir)] }),
      (removed) => `${removed} cache file(s) unused for ${PRUNE_AFTER_DAYS} days removed from .cache/`,
    );
}

/**
 * Below this many pages to parse per core, a process costs more than it saves: finishing a page
 * takes ~4 ms, starting a process (tsx and the modules) ~1 s of CPU. 1118 pages: one process
 * 5.9–6.9 s, two 4.2–4.6 s.
 */
const PAGES_PER_PROCESS = 400;

/**
 * Stage 2 of runPostBuild, each page read once: a page finished before in the same state (same
 * text, code and steps) takes its result from the page cache; the others are parsed and finished
 * (lib/post-build/page-pass.ts), split over one process per core for a large site. Only what the
 * readers need of each page comes back here (links and ids, feed bodies); then the feeds are
 * written and the links resolved across the site (a broken link so fails the build after the pages
 * were rewritten: harmless, as both rewrites are idempotent and the site does not ship). Each stage's
 * time is summed over the pages, across processes; `page-pass` is the wall time of the whole pass.
 */
async function pagePass(siteDir: string, posts: Post[], selected: Set<PostBuildStep>, log: StepLog, pageCacheDir: string | undefined): Promise<void> {
  const started = performance.now();
  const steps = PAGE_STEPS.filter((step) => selected.has(step));
  const feedUrls = new Map(selected.has('feeds') ? [...feedPosts(posts)].map((post) => [postPageFile(post), absoluteUrl(postPath(post))]) : []);
  const jobs: PageJob[] = htmlFiles(siteDir).map((file) => ({ file, feedUrl: feedUrls.get(file) }));
  const finished = new Map<string, FinishedPage>();
  const toParse: PageWork[] = [];
  for (const job of jobs) {
    const page = pageCacheDir ? finishCachedPage(siteDir, job, steps, pageCacheDir) : undefined;
    if (page) finished.set(job.file, page);
    else toParse.push({ siteDir, job, steps, cacheDir: pageCacheDir });
  }
  const parsed = await mapInProcesses(toParse, finishPages, { worker: path.join(import.meta.dirname, 'page-pass-worker.ts'), perProcess: PAGES_PER_PROCESS });
  for (const page of parsed) finished.set(page.file, page);
  const pages = jobs.map((job) => finished.get(job.file)!);

  const seconds = new Map<string, number>();
  for (const page of pages) for (const [stage, s] of Object.entries(page.seconds)) seconds.set(stage, (seconds.get(stage) ?? 0) + s);
  const timed = <T>(name: string, work: () => T): T => {
    const begun = performance.now();
    const result = work();
    seconds.set(name, (seconds.get(name) ?? 0) + (performance.now() - begun) / 1000);
    return result;
  };
  const processes = processCount(toParse.length, PAGES_PER_PROCESS);
  const done: [string, () => string][] = [
    [
      'read-pages',
      () =>
        `${pages.length} pages read${pageCacheDir ? `, ${pages.length - parsed.length} of them finished before (${path.relative(process.cwd(), pageCacheDir)}/), ${parsed.length}` : ' and'} parsed${processes > 1 ? ` on ${processes} processes` : ''}`,
    ],
  ];
  if (selected.has('feeds')) {
    const bodies = new Map(pages.flatMap((page) => (page.feedBody === undefined ? [] : [[page.file, page.feedBody] as const])));
    done.push(['feeds', () => `${timed('feeds', () => writeFeeds(siteDir, posts, bodies)).length} feeds`]);
  }
  if (selected.has('check:links')) {
    done.push([
      'check:links',
      () => {
        const broken = timed('check:links', () => findBrokenLinks(siteDir, new Map(pages.map((page) => [page.file, page.links]))));
        if (broken.length === 0) return 'every internal link and #anchor resolves';
        const list = broken.map((link) => `${path.relative(process.cwd(), path.join(siteDir, link.page))}: broken link ${link.url} (${link.reason})`);
        throw new Error(`${list.join('\n')}\n\n${broken.length} broken link${broken.length === 1 ? '' : 's'}`);
      },
    ]);
  }
  if (selected.has('defer-hydration'))
    done.push(['defer-hydration', () => `hydration after the first paint in ${pages.filter((page) => page.deferred).length} pages`]);
  if (selected.has('csp')) {
    done.push([
      'csp',
      () => (fs.writeFileSync(path.join(siteDir, '_headers'), headersFile()), `Content-Security-Policy in ${pages.length} pages, headers in _headers`),
    ]);
  }
  if (selected.has('defer-hydration') || selected.has('csp')) done.push(['write-pages', () => `${pages.filter((page) => page.written).length} pages written`]);
  const lines = done.map(([name, summary]) => [name, summary()] as const);
  log('page-pass', (performance.now() - started) / 1000, `${pages.length} pages, the stages below summed over them`);
  for (const [name, text] of lines) log(name, seconds.get(name) ?? 0, text);
}
