import fs from 'node:fs';
import { distinctPagePaths } from '../lib/post-build/site-files';

if (!fs.existsSync('out/index.html')) throw new Error('out/ has no exported site: run `npm run build` before the e2e tests');

/** Every page of the exported site (walked from out/, so pages added later are covered too). */
export const exportedPages = distinctPagePaths('out');
