// Runs after `next build`: writes the pagefind search index for the post pages into out/pagefind/.
import path from 'node:path';
import { POSTS_DIR, visiblePosts } from '../lib/content/index';
import { loadAllPosts } from '../lib/content/load';
import { buildSearchIndex } from '../lib/search/build-index';
import { siteConfig } from '../site.config';

const siteDir = path.resolve(process.argv[2] ?? 'out');
const started = Date.now();
const published = visiblePosts(loadAllPosts({ postsDir: POSTS_DIR }), false);
try {
  const { pages, outputPath } = await buildSearchIndex({ siteDir, language: siteConfig.defaultLang, expectedPages: published.length });
  console.log(`Search index: ${pages} post(s) in ${path.relative(process.cwd(), outputPath)}/ (${((Date.now() - started) / 1000).toFixed(1)} s)`);
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
}
