import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { codeSignature } from '../cache/code-signature.mjs';
import { CACHE_ROOT, JSON_VALUE, diskCache } from '../cache/disk-cache.mjs';
import { replaceFile } from '../cache/replace-file.mjs';
import { feedBodyHtml } from '../feeds/html';
import { type PageLinks, pageLinks } from './check-links';
import { withCsp } from './csp';
import { deferHydration, scriptsAsWritten } from './defer-hydration';
import { type Edit, applyEdits, parsePage } from './site-pass';

/** The steps of post-build that work on each page. */
export const PAGE_STEPS = ['feeds', 'check:links', 'defer-hydration', 'csp'] as const;
export type PageStep = (typeof PAGE_STEPS)[number];
/** What a page's time is spent on, summed by the pass: its own steps, reading and parsing it, writing it. */
export type PageStage = PageStep | 'read-pages' | 'write-pages';

/** One page of the pass: its file in the site, and the absolute URL of its post when a feed shows the post's body. */
export interface PageJob {
  file: string;
  feedUrl?: string;
}

/** What the pass keeps of a finished page: what the link check and the feeds need of it. */
export interface FinishedPage {
  file: string;
  links: PageLinks;
  /** The post body as feeds carry it (feedBodyHtml), for a page with a feedUrl. */
  feedBody?: string;
  /** Whether the written page loads Next's runtime after the first paint. */
  deferred: boolean;
  /** Whether its file was written (a page no step changes is left as it is). */
  written: boolean;
  seconds: Partial<Record<PageStage, number>>;
}

/** The cached result of a page: its edits and what the readers took from it. */
interface PageEntry {
  edits: Edit[];
  ids: string[];
  links: string[];
  feedBody?: string;
  deferred: boolean;
}

/**
 * Finished pages by content: the key is the page exactly as `next build` wrote it, its file, the
 * steps run and the feed URL, and the code (post-build's own among it), so an entry is the very
 * result a parse would give. Next's build id is a hash of the code (next.config.mjs), so a page
 * whose post, lists and code did not change is written the same by the next build and found here.
 */
export const PAGE_CACHE_DIR = path.join(CACHE_ROOT, 'pages');

function pageKey(job: PageJob, steps: readonly PageStep[], html: string): string {
  return createHash('sha256')
    .update(JSON.stringify([codeSignature(), job.file, job.feedUrl ?? '', steps]))
    .update(html)
    .digest('hex');
}

type Timer = <T>(stage: PageStage, work: () => T) => T;

function timer(seconds: FinishedPage['seconds']): Timer {
  return (stage, work) => {
    const started = performance.now();
    const result = work();
    seconds[stage] = (seconds[stage] ?? 0) + (performance.now() - started) / 1000;
    return result;
  };
}

/** Writes the page with its edits (when they change it) and returns what the pass keeps of it. */
function finished(siteDir: string, job: PageJob, html: string, entry: PageEntry, seconds: FinishedPage['seconds']): FinishedPage {
  const written = timer(seconds)('write-pages', () => {
    const final = applyEdits({ file: job.file, html }, entry.edits);
    // A new file renamed over the page, not a write into it: its file may be a hard link to the
    // copy .cache/rendered/ keeps of what Next wrote (lib/incremental/kept-pages.ts).
    if (final !== html) replaceFile(path.join(siteDir, job.file), final);
    return final !== html;
  });
  return {
    file: job.file,
    links: { ids: new Set(entry.ids), links: entry.links },
    feedBody: entry.feedBody,
    deferred: entry.deferred,
    written,
    seconds,
  };
}

function pageCache(cacheDir: string) {
  return diskCache(cacheDir, { ext: '.json', ...JSON_VALUE });
}

/**
 * The page finished from the cache in `cacheDir` when it was finished before in the same state
 * (see PAGE_CACHE_DIR): a read, a hash and the cached edits, no parse. Undefined when it was not.
 */
export function finishCachedPage(siteDir: string, job: PageJob, steps: readonly PageStep[], cacheDir: string): FinishedPage | undefined {
  const seconds: FinishedPage['seconds'] = {};
  const html = timer(seconds)('read-pages', () => fs.readFileSync(path.join(siteDir, job.file), 'utf8'));
  const entry = pageCache(cacheDir).read(pageKey(job, steps, html)) as PageEntry | undefined;
  return entry && finished(siteDir, job, html, entry, seconds);
}

/**
 * Finishes one page of an exported site: the readers take what they need of it (links and ids,
 * the feed body), hydration deferral settles its scripts, the CSP hashes them, and the page is
 * written once, by splicing the edits into the text Next wrote. With a `cacheDir`, the result is
 * kept there for finishCachedPage. Throws, naming the page, where a step finds it must not ship.
 */
export function finishPage(siteDir: string, job: PageJob, steps: readonly PageStep[], cacheDir?: string): FinishedPage {
  const seconds: FinishedPage['seconds'] = {};
  const timed = timer(seconds);
  const html = timed('read-pages', () => fs.readFileSync(path.join(siteDir, job.file), 'utf8'));
  const page = timed('read-pages', () => parsePage(job.file, html));
  const readings = steps.includes('check:links') ? timed('check:links', () => pageLinks(page)) : { ids: new Set<string>(), links: [] };
  const feedBody =
    steps.includes('feeds') && job.feedUrl ? timed('feeds', () => feedBodyHtml(page.tree, job.feedUrl!, path.join(siteDir, job.file))) : undefined;
  const rewrite = steps.includes('defer-hydration') || steps.includes('csp');
  const settled = rewrite ? (steps.includes('defer-hydration') ? timed('defer-hydration', () => deferHydration(page)) : scriptsAsWritten(page)) : undefined;
  const edits = settled ? (steps.includes('csp') ? timed('csp', () => withCsp(settled)) : [...settled.edits]) : [];
  const entry: PageEntry = { edits, ids: [...readings.ids], links: readings.links, feedBody, deferred: settled?.deferred ?? false };
  if (cacheDir) pageCache(cacheDir).write(pageKey(job, steps, html), entry);
  return finished(siteDir, job, html, entry, seconds);
}

/** One page's work in a share of the pass (all of it serialisable, for a worker process). */
export interface PageWork {
  siteDir: string;
  job: PageJob;
  steps: readonly PageStep[];
  cacheDir?: string;
}

/** finishPage for each page, in order: the work of one share of the pass. */
export async function finishPages(work: PageWork[]): Promise<FinishedPage[]> {
  return work.map(({ siteDir, job, steps, cacheDir }) => finishPage(siteDir, job, steps, cacheDir));
}
