import path from 'node:path';
import { PRUNE_AFTER_DAYS, pruneCaches } from '../cache/disk-cache.mjs';
import type { Post } from '../content';
import { writeFeeds } from '../feeds/write';
import { writeShareCardsInParallel } from '../og/parallel';
import { buildSearchIndex } from '../search/build-index';
import { siteConfig } from '../../site.config';
import { findBrokenLinks } from './check-links';
import { applyCsp } from './csp';
import { deferHydrationInSite } from './defer-hydration';
import { publishPostMedia } from './post-media';

/** One step over the exported site; returns what it did, throws when the site must not ship. */
export interface PostBuildStep {
  name: string;
  run: (siteDir: string, posts: Post[]) => Promise<string>;
}

/**
 * What `npm run build` does to out/ after `next build`, in this order: files the pages point at,
 * then what reads the finished pages, then the checks, then what rewrites them (hydration after
 * paint, and last the CSP, which hashes the final inline scripts). Then the caches are pruned: by
 * now the build has read (and so refreshed) every entry it still uses. `posts` are the public posts.
 */
export const POST_BUILD_STEPS: PostBuildStep[] = [
  {
    name: 'publish-media',
    run: async (siteDir, posts) => {
      const { files, variants, encoded, cpuMs } = await publishPostMedia(siteDir, posts);
      return `${files} post images and ${variants} resized variants beside their pages (${encoded} encoded in ${(cpuMs / 1000).toFixed(1)} s of CPU, the rest from .cache/images/)`;
    },
  },
  { name: 'og-images', run: async (siteDir, posts) => `${await writeShareCardsInParallel(siteDir, posts)} share cards` },
  { name: 'feeds', run: async (siteDir, posts) => `${writeFeeds(siteDir, posts).length} feeds` },
  {
    name: 'search:index',
    run: async (siteDir, posts) => {
      const { pages, outputPath } = await buildSearchIndex({ siteDir, language: siteConfig.defaultLang, expectedPages: posts.length });
      return `${pages} post(s) indexed in ${path.relative(siteDir, outputPath)}/`;
    },
  },
  {
    name: 'check:links',
    run: async (siteDir) => {
      const broken = findBrokenLinks(siteDir);
      if (broken.length === 0) return 'every internal link and #anchor resolves';
      const list = broken.map((link) => `${path.relative(process.cwd(), path.join(siteDir, link.page))}: broken link ${link.url} (${link.reason})`);
      throw new Error(`${list.join('\n')}\n\n${broken.length} broken link${broken.length === 1 ? '' : 's'}`);
    },
  },
  { name: 'defer-hydration', run: async (siteDir) => `hydration after the first paint in ${deferHydrationInSite(siteDir)} pages` },
  { name: 'csp', run: async (siteDir) => `Content-Security-Policy in ${applyCsp(siteDir)} pages, headers in _headers` },
  { name: 'prune-cache', run: async () => `${pruneCaches()} cache file(s) unused for ${PRUNE_AFTER_DAYS} days removed from .cache/` },
];
