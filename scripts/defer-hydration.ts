// Runs after `next build`, before `csp` (which hashes the loader): Next's runtime scripts load after
// each page's first paint instead of competing with it (see lib/build/defer-hydration.ts).
import path from 'node:path';
import { deferHydrationInSite } from '../lib/build/defer-hydration';

const siteDir = path.resolve(process.argv[2] ?? 'out');
const pages = deferHydrationInSite(siteDir);
console.log(`Hydration deferred to after the first paint in ${pages} pages of ${path.relative(process.cwd(), siteDir) || '.'}/`);
