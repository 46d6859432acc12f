import fs from 'node:fs';
import path from 'node:path';
import type { Root } from 'hast';
import { PRUNE_AFTER_DAYS, pruneCaches } from '../cache/disk-cache.mjs';
import { POSTS_DIR, visiblePosts, type Post } from '../content';
import { loadAllPosts } from '../content/load';
import { feedPosts } from '../feeds/build';
import { feedPart } from '../feeds/html';
import { postPageFile, writeFeeds } from '../feeds/write';
import { writeShareCardsInParallel } from '../og/parallel';
import { buildSearchIndex } from '../search/build-index';
import { siteConfig } from '../../site.config';
import { type PageLinks, findBrokenLinks, pageLinks } from './check-links';
import { headersFile, withCsp } from './csp';
import { deferHydration, scriptsAsWritten } from './defer-hydration';
import { publishPostMedia } from './post-media';
import { applyEdits, readPages } from './site-pass';

/** The steps of `npm run post-build`, in the order runPostBuild runs them. */
export const POST_BUILD_STEPS = ['publish-media', 'og-images', 'feeds', 'check:links', 'defer-hydration', 'csp', 'search:index', 'prune-cache'] as const;
export type PostBuildStep = (typeof POST_BUILD_STEPS)[number];

/** Steps that need the pages of out/; when any runs, every page is read and parsed once for all. */
const PAGE_STEPS: readonly PostBuildStep[] = ['feeds', 'check:links', 'defer-hydration', 'csp'];

/** A stage's name and what it did, with its wall time. */
export type StepLog = (name: string, seconds: number, done: string) => void;

/**
 * `npm run post-build` and the last step of `npm run build`: the steps over the public posts (the
 * list the check stored, see loadAllPosts), each printed with its time on one aligned line (the
 * benchmark reads them). On failure prints why and exits 1.
 */
export async function postBuildCommand(siteDir: string, steps: readonly PostBuildStep[] = POST_BUILD_STEPS): Promise<void> {
  const posts = visiblePosts(loadAllPosts({ postsDir: POSTS_DIR }), false);
  try {
    await runPostBuild(siteDir, posts, steps, (name, seconds, done) => console.log(`${name.padEnd(16)} ${seconds.toFixed(1).padStart(5)} s  ${done}`));
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
 *      both are edits of the page source, and the page is written once;
 *   3. pagefind indexes the final pages;
 *   4. the caches pruned: by now the build has read (and so refreshed) every entry it still uses.
 * Throws at the first step that finds the site must not ship.
 */
export async function runPostBuild(siteDir: string, posts: Post[], steps: readonly PostBuildStep[] = POST_BUILD_STEPS, log: StepLog = () => {}): Promise<void> {
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

  if (PAGE_STEPS.some((name) => selected.has(name))) pagePass(siteDir, posts, selected, log);

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
      () => pruneCaches(),
      (removed) => `${removed} cache file(s) unused for ${PRUNE_AFTER_DAYS} days removed from .cache/`,
    );
}

/**
 * Stage 2 of runPostBuild, one page at a time so that only one parse is in memory: each page is
 * read and parsed once; the readers keep what they need of it (the post body for the feeds, links
 * and ids for the link check); hydration deferral settles its scripts, the CSP hashes them, and the
 * page is written once if anything changed. Then the feeds are written and the links resolved
 * across the site (a broken link so fails the build after the pages were rewritten: harmless, as
 * both rewrites are idempotent and the site does not ship). Each stage's time is summed over the pages.
 */
function pagePass(siteDir: string, posts: Post[], selected: Set<PostBuildStep>, log: StepLog): void {
  const seconds = new Map<string, number>();
  const timed = <T>(name: string, work: () => T): T => {
    const started = performance.now();
    const result = work();
    seconds.set(name, (seconds.get(name) ?? 0) + (performance.now() - started) / 1000);
    return result;
  };
  // Only the pages of posts a feed shows are kept, until the feeds are written.
  const feedFiles = new Set([...feedPosts(posts)].map(postPageFile));
  const feedParts = new Map<string, Root>();
  const links = new Map<string, PageLinks>();
  let pages = 0;
  let deferred = 0;
  let written = 0;
  const rewrite = selected.has('defer-hydration') || selected.has('csp');

  const read = readPages(siteDir);
  for (let next = timed('read-pages', () => read.next()); !next.done; next = timed('read-pages', () => read.next())) {
    const page = next.value;
    pages++;
    if (selected.has('feeds') && feedFiles.has(page.file)) timed('feeds', () => feedParts.set(page.file, feedPart(page.tree)));
    if (selected.has('check:links')) timed('check:links', () => links.set(page.file, pageLinks(page)));
    if (!rewrite) continue;
    const settled = selected.has('defer-hydration') ? timed('defer-hydration', () => deferHydration(page)) : scriptsAsWritten(page);
    if (settled.deferred) deferred++;
    const edits = selected.has('csp') ? timed('csp', () => withCsp(settled)) : settled.edits;
    timed('write-pages', () => {
      const html = applyEdits(page, edits);
      if (html === page.html) return;
      fs.writeFileSync(path.join(siteDir, page.file), html);
      written++;
    });
  }

  const done: [string, () => string][] = [['read-pages', () => `${pages} pages read and parsed`]];
  if (selected.has('feeds')) done.push(['feeds', () => `${timed('feeds', () => writeFeeds(siteDir, posts, feedParts)).length} feeds`]);
  if (selected.has('check:links')) {
    done.push([
      'check:links',
      () => {
        const broken = timed('check:links', () => findBrokenLinks(siteDir, links));
        if (broken.length === 0) return 'every internal link and #anchor resolves';
        const list = broken.map((link) => `${path.relative(process.cwd(), path.join(siteDir, link.page))}: broken link ${link.url} (${link.reason})`);
        throw new Error(`${list.join('\n')}\n\n${broken.length} broken link${broken.length === 1 ? '' : 's'}`);
      },
    ]);
  }
  if (selected.has('defer-hydration')) done.push(['defer-hydration', () => `hydration after the first paint in ${deferred} pages`]);
  if (selected.has('csp')) {
    done.push([
      'csp',
      () => (fs.writeFileSync(path.join(siteDir, '_headers'), headersFile()), `Content-Security-Policy in ${pages} pages, headers in _headers`),
    ]);
  }
  if (rewrite) done.push(['write-pages', () => `${written} pages written`]);
  for (const [name, summary] of done) {
    const text = summary();
    log(name, seconds.get(name) ?? 0, text);
  }
}
