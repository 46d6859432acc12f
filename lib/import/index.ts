// `npm run import`: read another blog, plan every post, write what can be written, report.
import fs from 'node:fs';
import path from 'node:path';
import { siteConfig } from '../../site.config';
import { planImport } from './plan';
import { formatReport } from './report';
import { inside, readSourceBlog } from './sources';
import { writePlans } from './write';

export interface ImportOptions {
  folder: string;
  postsDir: string;
  /** Project root: the report is written here as import-report.md. */
  root: string;
  force?: boolean;
  dryRun?: boolean;
}

export const REPORT_FILE = 'import-report.md';

/** Imports a blog into postsDir. Returns the report and how many posts could not be imported. */
export function importBlog({ folder, postsDir, root, force = false, dryRun = false }: ImportOptions): { report: string; failed: number } {
  const blog = readSourceBlog(folder);
  fs.mkdirSync(postsDir, { recursive: true });
  const existingSlugs = fs
    .readdirSync(postsDir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && !entry.name.startsWith('.'))
    .map((entry) => entry.name);
  const host = new URL(siteConfig.url).host.replace(/^www\./, '');
  const plans = planImport(blog, {
    existingSlugs,
    siteHosts: new Set([host]),
    locate: (file) => {
      const real = inside(blog.boundary, file);
      return real && fs.statSync(real).isFile() ? real : undefined;
    },
  });
  const results = writePlans(plans, { postsDir, force, dryRun });
  const report = formatReport({ results, ignored: blog.ignored, dryRun, source: blog.boundary });
  if (!dryRun) fs.writeFileSync(path.join(root, REPORT_FILE), report);
  return { report, failed: results.filter((result) => result.outcome === 'failed').length };
}
