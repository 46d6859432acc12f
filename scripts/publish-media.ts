// `npm run publish-media [-- out]`: copies the images of the public posts into an exported site,
// where their pages point (part of `npm run build`, right after `next build`).
import path from 'node:path';
import { POSTS_DIR, visiblePosts } from '../lib/content';
import { loadAllPosts } from '../lib/content/load';
import { publishPostMedia } from '../lib/build/post-media';

const siteDir = process.argv[2] ?? 'out';
const copied = publishPostMedia(siteDir, visiblePosts(loadAllPosts({ postsDir: POSTS_DIR }), false));
console.log(`Published ${copied} post images into ${path.relative(process.cwd(), path.resolve(siteDir)) || '.'}/`);
