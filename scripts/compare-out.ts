// `npm run compare-out -- <dirA> <dirB>`: compares two exported sites, ignoring hashed names
// (scripts/qa/compare-out.ts). Exit 0 when they are the same, 1 when they differ.
import fs from 'node:fs';
import path from 'node:path';
import { compareSites, formatComparison, isSame, type SiteFiles } from './qa/compare-out';

function readSite(dir: string): SiteFiles {
  const files: SiteFiles = new Map();
  for (const entry of fs.readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const full = path.join(entry.parentPath, entry.name);
    files.set(path.relative(dir, full).split(path.sep).join('/'), fs.readFileSync(full));
  }
  return files;
}

const [dirA, dirB] = process.argv.slice(2);
if (!dirA || !dirB || !fs.statSync(dirA, { throwIfNoEntry: false })?.isDirectory() || !fs.statSync(dirB, { throwIfNoEntry: false })?.isDirectory()) {
  console.error('usage: npm run compare-out -- <dirA> <dirB>   (two exported sites, e.g. a copy of out/ and out/)');
  process.exit(2);
}
const [a, b] = [readSite(dirA), readSite(dirB)];
const result = compareSites(a, b);
console.log(formatComparison(result, [a.size, b.size]));
process.exitCode = isSame(result) ? 0 : 1;
