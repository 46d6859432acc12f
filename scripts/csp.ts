// Runs after `next build`: puts a hash-based Content-Security-Policy into every page of out/ and
// writes out/_headers with the headers a host should send (see README, "Deploying out/").
import path from 'node:path';
import { applyCsp } from '../lib/build/csp';

const siteDir = path.resolve(process.argv[2] ?? 'out');
const pages = applyCsp(siteDir);
console.log(`Content-Security-Policy added to ${pages} pages in ${path.relative(process.cwd(), siteDir) || '.'}/, headers in _headers`);
