// Post pages are rendered by `next build` only when something they show changed. Next renders
// every page of a static export on every build (~27 ms of CPU a page on this machine, 20 s for 1000
// posts), so `npm run build` keeps the files Next wrote for each post's page under the page's key
// (post-page-key.ts) and, on the next build, lists in generateStaticParams only the posts whose key
// has no kept copy; the other pages are put back into out/ from .cache/rendered/ before post-build.
// List, tag and language pages depend on every post and are always rendered.
//
// A kept page is `<key>/`, the files themselves, and `<key>.page`, a verified cache entry listing
// each file's name, size and sha256 (written last: a page is kept only once all its files are).
// The files are hard links to those Next wrote into out/, and are put back as hard links: keeping
// and putting back 1000 pages moves no bytes (writing 160 MB of copies took 3–4 s right after a
// clean build, while the disk was still busy with it). Nothing may change a file of out/ in place
// for that (post-build replaces a page it edits by renaming a new file over it); a kept file
// changed all the same no longer matches its sha256, and its page is rendered again.
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { CACHE_ROOT, JSON_VALUE, diskCache } from '../cache/disk-cache.mjs';
import { replaceFile } from '../cache/replace-file.mjs';
import { postPath } from '../urls/paths';

/** One file of a kept page, by its path relative to the page's folder. */
export interface KeptFile {
  name: string;
  size: number;
  sha256: string;
}

export type KeptPages = ReturnType<typeof keptPagesCache>;

export function keptPagesCache(dir = path.join(CACHE_ROOT, 'rendered')) {
  const manifests = diskCache(dir, { ext: '.page', ...JSON_VALUE });
  const filesOf = (key: string) => path.join(dir, key);

  /** Drops the kept page under `key`, if any. */
  function drop(key: string): void {
    fs.rmSync(manifests.fileOf(key), { force: true });
    fs.rmSync(filesOf(key), { recursive: true, force: true });
  }

  return {
    dir,
    /**
     * Whether a whole copy of the page is kept under `key`: its list verifies and every file has
     * the bytes it lists. A damaged or partial copy is dropped (a miss, rendered again).
     */
    has(key: string): boolean {
      const files = manifests.read(key) as KeptFile[] | undefined;
      const whole = files?.every((file) => {
        const bytes = readIfThere(path.join(filesOf(key), file.name));
        return bytes?.length === file.size && sha256(bytes) === file.sha256;
      });
      if (!whole) drop(key);
      return whole === true;
    },
    /** Keeps every file below `pageDir` (as Next wrote it) under `key`. */
    keep(key: string, pageDir: string): void {
      drop(key);
      const files = filesBelow(pageDir).map((name): KeptFile => {
        const bytes = fs.readFileSync(path.join(pageDir, name));
        linkOrCopy(path.join(pageDir, name), path.join(filesOf(key), name));
        return { name, size: bytes.length, sha256: sha256(bytes) };
      });
      manifests.write(key, files);
    },
    /** Puts the page kept under `key` into `pageDir`; false when it is not there any more. */
    putBack(key: string, pageDir: string): boolean {
      const files = manifests.read(key) as KeptFile[] | undefined;
      if (!files?.every((file) => fs.existsSync(path.join(filesOf(key), file.name)))) return false;
      for (const file of files) linkOrCopy(path.join(filesOf(key), file.name), path.join(pageDir, file.name));
      return true;
    },
    /**
     * Deletes everything in the folder but the pages kept under `keys` and the files named in
     * `also` (this build's plan): other pages, and what a build that was killed left behind.
     */
    keepOnly(keys: Set<string>, also: string[] = []): void {
      for (const name of fs.readdirSync(dir)) {
        if (!keys.has(name.replace(/\.page$/, '')) && !also.includes(name)) fs.rmSync(path.join(dir, name), { recursive: true, force: true });
      }
    },
  };
}

function sha256(bytes: Buffer): string {
  return createHash('sha256').update(bytes).digest('hex');
}

function readIfThere(file: string): Buffer | undefined {
  try {
    return fs.readFileSync(file);
  } catch {
    return undefined;
  }
}

/** Every file below `dir`, as POSIX paths relative to it, sorted. */
function filesBelow(dir: string): string[] {
  return fs
    .readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((name) => fs.statSync(path.join(dir, name)).isFile())
    .map((name) => name.split(path.sep).join('/'))
    .sort();
}

/** A hard link at `to` to the file `from` (a copy where the two are on different disks). */
function linkOrCopy(from: string, to: string): void {
  fs.mkdirSync(path.dirname(to), { recursive: true });
  fs.rmSync(to, { force: true });
  try {
    fs.linkSync(from, to);
  } catch {
    fs.copyFileSync(from, to);
  }
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
 * key, puts back those of the pages it did not render, and drops every other kept page (the
 * folder holds the post pages of the last build only, not one copy per change of code). Throws,
 * naming the post, when a kept page vanished during the build (the next build renders it) or a
 * page Next was to render is not in out/. Without a plan (`next build` rendered no post) there is
 * nothing to do.
 */
export function settleRenderedPages(outDir: string, planFile: string, kept: KeptPages = keptPagesCache()): { rendered: number; reused: number } {
  if (!fs.existsSync(planFile)) return { rendered: 0, reused: 0 };
  const plan = JSON.parse(fs.readFileSync(planFile, 'utf8')) as PlannedPage[];
  const shown = (file: string) => path.relative(process.cwd(), file);
  for (const { slug, key, reuse } of plan) {
    const pageDir = path.join(outDir, postPath({ slug }));
    if (reuse) {
      if (!kept.putBack(key, pageDir))
        throw new Error(`the kept page of post "${slug}" (${shown(path.join(kept.dir, key))}) vanished during the build; run the build again`);
      continue;
    }
    if (!fs.existsSync(pageDir)) throw new Error(`next build wrote no page for post "${slug}" (${shown(pageDir)})`);
    kept.keep(key, pageDir);
  }
  kept.keepOnly(new Set(plan.map(({ key }) => key)), [path.basename(planFile)]);
  const reused = plan.filter((page) => page.reuse).length;
  return { rendered: plan.length - reused, reused };
}

/** Writes the plan where settleRenderedPages finds it (whole or not at all: page workers may write it at once). */
export function writePlan(planFile: string, plan: PlannedPage[]): void {
  replaceFile(planFile, JSON.stringify(plan));
}

/** The plan of one build: what to hand `next build`, and what to do with out/ after it. */
export function renderPlan(kept = keptPagesCache()): { env: Record<string, string>; settle: (outDir: string) => { rendered: number; reused: number } } {
  fs.mkdirSync(kept.dir, { recursive: true });
  const file = path.join(kept.dir, `plan-${process.pid}.json`);
  fs.rmSync(file, { force: true });
  process.once('exit', () => fs.rmSync(file, { force: true }));
  return { env: { [RENDER_PLAN_ENV]: file }, settle: (outDir) => settleRenderedPages(outDir, file, kept) };
}
