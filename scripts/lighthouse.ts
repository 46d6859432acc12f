// `npm run lighthouse [-- --port 4310 --runs 3 --no-images]`: serves the built out/ and runs Lighthouse (mobile
// preset) on the home page, both year-in-review posts, a tag page and the search page when they
// exist, then (unless --no-images) builds a site from a post of large screenshots and photos
// (scripts/qa/image-fixture.ts) and audits its post and home page as well. The image audits
// (responsive sizes, modern formats, offscreen images) must pass on every page: the script fails otherwise. Each page is audited `runs` times and the run with the median performance score is
// reported, as Lighthouse's own docs advise: one run on a shared machine is noisy. Prints the four
// category scores, FCP, LCP, TBT and CLS, and what keeps a category below 100. Not part of
// `npm test`: scores depend on the machine's load. Needs `npm run build` first.
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { findChromium } from './qa/test-tools';
import { buildImageFixture, IMAGE_POST } from './qa/image-fixture';

const { values } = parseArgs({
  options: { port: { type: 'string', default: '4310' }, runs: { type: 'string', default: '3' }, images: { type: 'boolean', default: true } },
  allowNegative: true,
});
const runs = Number(values.runs);
if (!Number.isInteger(runs) || runs < 1) throw new Error(`--runs must be a positive integer, got ${values.runs}`);
if (!fs.existsSync(path.join('out', 'index.html'))) throw new Error('out/ has no exported site: run `npm run build` first');

/** Lighthouse's image audits; each must pass (or not apply) on every audited page. */
const IMAGE_AUDITS = ['uses-responsive-images', 'modern-image-formats', 'offscreen-images'];

const chrome = findChromium();
if (!chrome) throw new Error('no Chromium found: install one (apt-get install chromium) or set CHROME_PATH');

/** The pages to audit: fixed ones, plus the first tag page and the search page if the site has them. */
function pagesToAudit(siteDir: string): string[] {
  const firstTag = fs.existsSync(path.join(siteDir, 'tags'))
    ? fs
        .readdirSync(path.join(siteDir, 'tags'))
        .sort()
        .find((tag) => fs.existsSync(path.join(siteDir, 'tags', tag, 'index.html')))
    : undefined;
  return ['/', '/deep_learning_2023/', '/deep_learning_2022/', ...(firstTag ? [`/tags/${firstTag}/`] : []), '/search/'].filter((page) =>
    fs.existsSync(path.join(siteDir, page, 'index.html')),
  );
}

interface LighthouseResult {
  categories: Record<string, { title: string; score: number | null; auditRefs: { id: string; weight: number }[] }>;
  audits: Record<string, { title: string; score: number | null; scoreDisplayMode: string; numericValue?: number }>;
}

function audit(url: string): LighthouseResult {
  const result = spawnSync(
    path.join('node_modules', '.bin', 'lighthouse'),
    [
      url,
      '--output=json',
      '--output-path=stdout',
      '--quiet',
      '--chrome-flags=--headless=new --no-sandbox --disable-gpu',
      '--only-categories=performance,accessibility,best-practices,seo',
    ],
    { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024, env: { ...process.env, CHROME_PATH: chrome } },
  );
  if (result.status !== 0) throw new Error(`lighthouse failed for ${url}:\n${result.stderr}`);
  return JSON.parse(result.stdout) as LighthouseResult;
}

/** The report whose performance score is the median of `runs` audits of `url`. */
function medianAudit(url: string): LighthouseResult {
  const reports = Array.from({ length: runs }, () => audit(url));
  reports.sort((a, b) => (a.categories.performance.score ?? 0) - (b.categories.performance.score ?? 0));
  return reports[Math.floor(reports.length / 2)];
}

async function waitForServer(origin: string): Promise<void> {
  for (let attempt = 0; attempt < 100; attempt++) {
    try {
      if ((await fetch(`${origin}/`)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`the static server did not start on ${origin}`);
}

const rows: string[][] = [];
const shortfalls: string[] = [];
const imageFailures: string[] = [];

/** Serves `siteDir` and audits `pages` of it; `label` prefixes the page in the table. */
async function auditSite(siteDir: string, pages: string[], label = ''): Promise<void> {
  const origin = `http://127.0.0.1:${values.port}`;
  const server = spawn(
    path.join(process.cwd(), 'node_modules', '.bin', 'serve'),
    [siteDir, '-l', `tcp://127.0.0.1:${values.port}`, '--no-port-switching', '--no-clipboard'],
    { stdio: 'ignore' },
  );
  try {
    await waitForServer(origin);
    for (const page of pages) {
      const report = medianAudit(origin + page);
      const name = label + page;
      const score = (id: string) => String(Math.round((report.categories[id].score ?? 0) * 100));
      const seconds = (id: string) => `${((report.audits[id].numericValue ?? NaN) / 1000).toFixed(2)} s`;
      const tbt = `${Math.round(report.audits['total-blocking-time'].numericValue ?? NaN)} ms`;
      const cls = (report.audits['cumulative-layout-shift'].numericValue ?? NaN).toFixed(3);
      rows.push([
        name,
        score('performance'),
        score('accessibility'),
        score('best-practices'),
        score('seo'),
        seconds('first-contentful-paint'),
        seconds('largest-contentful-paint'),
        tbt,
        cls,
      ]);
      for (const category of Object.values(report.categories)) {
        for (const ref of category.auditRefs) {
          const item = report.audits[ref.id];
          if (ref.weight > 0 && item.score !== null && item.score < 1 && item.scoreDisplayMode !== 'informative')
            shortfalls.push(`${name}  ${category.title}: ${item.title} (${Math.round(item.score * 100)})`);
        }
      }
      for (const id of IMAGE_AUDITS) {
        const item = report.audits[id];
        if (item.score !== null && item.score < 1) imageFailures.push(`${name}  ${id}: ${item.title} (${item.scoreDisplayMode}, score ${item.score})`);
      }
    }
  } finally {
    server.kill();
  }
}

await auditSite('out', pagesToAudit('out'));
if (values.images) {
  const fixture = await buildImageFixture(process.cwd());
  try {
    await auditSite(path.join(fixture, 'out'), [`/${IMAGE_POST}/`, '/'], 'image fixture ');
  } finally {
    fs.rmSync(fixture, { recursive: true, force: true, maxRetries: 5 });
  }
}
const header = ['page', 'perf', 'a11y', 'best practices', 'SEO', 'FCP', 'LCP', 'TBT', 'CLS'];
console.log(`Median of ${runs} run(s) per page, mobile preset (simulated throttling)\n\n| ${header.join(' | ')} |\n|${header.map(() => ' --- ').join('|')}|`);
for (const row of rows) console.log(`| ${row.join(' | ')} |`);
if (shortfalls.length > 0) console.log(`\nBelow full marks:\n  ${shortfalls.join('\n  ')}`);
if (imageFailures.length > 0) {
  console.error(`\nImage audits failed:\n  ${imageFailures.join('\n  ')}`);
  process.exitCode = 1;
} else {
  console.log(`\nImage audits (${IMAGE_AUDITS.join(', ')}) pass on every page.`);
}
