// Runs after `next build`: fails when any internal link or #anchor in out/ does not resolve.
import path from 'node:path';
import { findBrokenLinks } from '../lib/build/check-links';

const siteDir = path.resolve(process.argv[2] ?? 'out');
const broken = findBrokenLinks(siteDir);
for (const link of broken) console.error(`${path.relative(process.cwd(), path.join(siteDir, link.page))}: broken link ${link.url} (${link.reason})`);
if (broken.length > 0) {
  console.error(`\n${broken.length} broken link${broken.length === 1 ? '' : 's'} in ${path.relative(process.cwd(), siteDir)}/`);
  process.exitCode = 1;
} else {
  console.log(`Links OK in ${path.relative(process.cwd(), siteDir) || '.'}/`);
}
