// `npm run feeds [-- out]`: writes RSS, Atom, JSON Feed and per-tag RSS into an exported site
// (part of `npm run build`, after `next build`). Drafts are never included.
import { POSTS_DIR, visiblePosts } from '../lib/content';
import { loadAllPosts } from '../lib/content/load';
import { writeFeeds } from '../lib/feeds/write';

const outDir = process.argv[2] ?? 'out';
const started = performance.now();
const written = writeFeeds(outDir, visiblePosts(loadAllPosts({ postsDir: POSTS_DIR }), false));
console.log(`Wrote ${written.length} feeds into ${outDir}/ in ${((performance.now() - started) / 1000).toFixed(1)} s`);
