// Post pages are rendered by `next build` only when something they show changed. Next renders
// every page of a static export on every build (~27 ms of CPU a page on this machine, 20 s for 1000
// posts), so `npm run build` keeps the files Next wrote for each post's page under the page's key
// (post-page-key.ts) and, on the next build, lists in generateStaticParams only the posts whose key
// has no kept copy; the other pages are put back into out/ from .cache/rendered/ before post-build.
// List, tag and language pages depend on every post and are always rendered.
import fs from 'node:fs';
import path from 'node:path';
import { CACHE_ROOT, diskCache } from '../cache/disk-cache.mjs';
import { postPath } from '../urls/paths';

/** A page's files as Next wrote them, by path relative to the page's folder. */
export type PageFiles = [name: string, bytes: Buffer][];

/**
 * One entry holds all files of a page: an index line (name, offset, length of each), then the
 * bytes, each distinct content once (Next writes the same RSC payload as index.txt and __next._full.txt).
 */
export const PAGE_FILES = {
  encode(files: PageFiles): Buffer {
    const stored: { bytes: Buffer; offset: number }[] = [];
    let size = 0;
    const index = files.map(([name, bytes]) => {
      let same = stored.find((part) => part.bytes.equals(bytes));
      if (!same) {
        same = { bytes, offset: size };
        stored.push(same);
        size += bytes.length;
      }
      return [name, same.offset, bytes.length];
    });
    return Buffer.concat([Buffer.from(`${JSON.stringify(index)}\n`), ...stored.map((part) => part.bytes)]);
  },
  decode(payload: Buffer): PageFiles {
    const end = payload.indexOf(10);
    const body = payload.subarray(end + 1);
    const index = JSON.parse(payload.subarray(0, end).toString('utf8')) as [string, number, number][];
    return index.map(([name, offset, length]) => {
      if (offset + length > body.length || name.split('/').includes('..')) throw new Error('not a page entry');
      return [name, body.subarray(offset, offset + length)];
    });
  },
};

export type KeptPages = ReturnType<typeof keptPagesCache>;

export function keptPagesCache(dir = path.join(CACHE_ROOT, 'rendered')) {
  return diskCache(dir, { ext: '.page', ...PAGE_FILES });
}

/** `npm run build` hands `next build` this variable: the file the post route writes its plan to. */
export const RENDER_PLAN_ENV = 'POST_PAGES_PLAN';

export interface PlannedPage {
  slug: string;
  key: string;
  /** Put back from .cache/rendered/ instead of rendered. */
  reuse: boolean;
}

/**
 * After `next build` wrote out/: keeps the files of each post page it rendered under the page's
 * key, puts back those of the pages it did not render, and deletes every other kept page (the
 * folder holds one copy of the post pages of the last build, ~160 MB at 1000 posts, not one per
 * change of code). Throws, naming the post, when a kept page vanished during the build (the next
 * build renders it). Without a plan (`next build` rendered no post) there is nothing to do.
 */
export function settleRenderedPages(outDir: string, planFile: string, kept: KeptPages = keptPagesCache()): { rendered: number; reused: number } {
  if (!fs.existsSync(planFile)) return { rendered: 0, reused: 0 };
  const plan = JSON.parse(fs.readFileSync(planFile, 'utf8')) as PlannedPage[];
  for (const { slug, key, reuse } of plan) {
    const dir = path.join(outDir, postPath({ slug }));
    if (!reuse) {
      kept.write(key, readPageFiles(dir));
      continue;
    }
    const files = kept.read(key);
    if (!files) throw new Error(`the kept page of post "${slug}" (.cache/rendered/${key}.page) vanished during the build; run the build again`);
    for (const [name, bytes] of files) {
      fs.mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
      fs.writeFileSync(path.join(dir, name), bytes);
    }
  }
  const current = new Set(plan.map(({ key }) => path.basename(kept.fileOf(key))));
  for (const name of fs.readdirSync(kept.dir)) if (name.endsWith('.page') && !current.has(name)) fs.rmSync(path.join(kept.dir, name), { force: true });
  const reused = plan.filter((page) => page.reuse).length;
  return { rendered: plan.length - reused, reused };
}

function readPageFiles(dir: string): PageFiles {
  return fs
    .readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .sort()
    .filter((name) => fs.statSync(path.join(dir, name)).isFile())
    .map((name) => [name.split(path.sep).join('/'), fs.readFileSync(path.join(dir, name))]);
}

/** Writes the plan where settleRenderedPages finds it (whole or not at all: page workers may write it at once). */
export function writePlan(planFile: string, plan: PlannedPage[]): void {
  const partial = `${planFile}.${process.pid}.tmp`;
  fs.writeFileSync(partial, JSON.stringify(plan));
  fs.renameSync(partial, planFile);
}

/** The plan of one build: what to hand `next build`, and what to do with out/ after it. */
export function renderPlan(kept = keptPagesCache()): { env: Record<string, string>; settle: (outDir: string) => { rendered: number; reused: number } } {
  const dir = kept.dir;
  fs.mkdirSync(dir, { recursive: true });
  const file = path.join(dir, `plan-${process.pid}.json`);
  fs.rmSync(file, { force: true });
  process.once('exit', () => fs.rmSync(file, { force: true }));
  return { env: { [RENDER_PLAN_ENV]: file }, settle: (outDir) => settleRenderedPages(outDir, file, kept) };
}
