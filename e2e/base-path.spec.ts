// The site built with BASE_PATH=/blog into a copy of the project, served under /blog/ (out/ is linked
// at srv/blog), as on a GitHub Pages project site: every page, asset, search and feed URL must stay
// under /blog/.
import fs from 'node:fs';
import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { makeProjectCopy } from '../scripts/qa/project-copy';
import { freePort, run, startServer, type Server } from '../scripts/qa/processes';
import { writeSyntheticPosts } from '../scripts/qa/synthetic-posts';

const BASE = '/blog';
/** Posts whose links to other pages are written by hand: Markdown, raw HTML in .md, HTML in .mdx. */
const AUTHOR_LINKS = {
  'links-md/index.md': 'See [the 2023 review](/deep_learning_2023/) and <a href="/tags/deep-learning/">the tag</a>.',
  'links-mdx/index.mdx': 'See <a href="/papers/">the papers</a>.',
};
const site = { dir: '', origin: '' };
let server: Server | undefined;

test.describe.configure({ mode: 'serial', timeout: 120_000 });
test.beforeAll(async () => {
  test.setTimeout(600_000); // a whole npm run build
  site.dir = makeProjectCopy(process.cwd(), 'base-path');
  // The blog's own posts (images, figures, papers) and enough synthetic ones for a second list page.
  fs.cpSync(path.join(process.cwd(), 'posts'), path.join(site.dir, 'posts'), { recursive: true });
  writeSyntheticPosts(path.join(site.dir, 'posts'), 12);
  // Site links as authors write them: without the base path, which the page must add (else the
  // build's link check fails it as outside /blog).
  for (const [file, body] of Object.entries(AUTHOR_LINKS)) {
    fs.mkdirSync(path.join(site.dir, 'posts', path.dirname(file)));
    fs.writeFileSync(path.join(site.dir, 'posts', file), `---\ntitle: Links by hand\ndate: 2020-01-01\n---\n\n${body}\n`);
  }
  await run('npm', ['run', 'build'], site.dir, { ...process.env, NODE_ENV: 'production', BASE_PATH: BASE });
  fs.mkdirSync(path.join(site.dir, 'srv'));
  fs.symlinkSync(path.join(site.dir, 'out'), path.join(site.dir, 'srv', BASE.slice(1)));
  const port = await freePort();
  site.origin = `http://127.0.0.1:${port}`;
  server = await startServer(
    'npx',
    ['serve', 'srv', '--symlinks', '-l', `tcp://127.0.0.1:${port}`, '--no-port-switching', '--no-clipboard'],
    site.dir,
    /Accepting connections|Serving/,
  );
});
test.afterAll(async () => {
  await server?.stop();
  if (site.dir) fs.rmSync(site.dir, { recursive: true, force: true });
});

/** Every same-origin request of the page, and the failed ones, while `visit` runs. */
async function requestsOf(page: Page, visit: () => Promise<void>) {
  const paths: string[] = [];
  const failed: string[] = [];
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (url.origin === site.origin) paths.push(url.pathname);
  });
  page.on('response', (response) => {
    if (response.status() >= 400) failed.push(`${response.status()} ${response.url()}`);
  });
  await visit();
  await page.waitForLoadState('networkidle');
  return { outside: paths.filter((p) => p !== BASE && !p.startsWith(`${BASE}/`)), failed };
}

for (const pagePath of ['/', '/page/2/', '/tags/', '/deep_learning_2023/', '/papers/']) {
  test(`${pagePath} loads under ${BASE}/ with every request inside it`, async ({ page }) => {
    const { outside, failed } = await requestsOf(page, async () => {
      const response = await page.goto(`${site.origin}${BASE}${pagePath}`);
      expect(response?.status()).toBe(200);
    });
    expect(outside).toEqual([]);
    expect(failed).toEqual([]);
    // Hydration after the first paint finds Next's scripts under the base path too.
    const deferred = JSON.parse((await page.locator('#deferred-scripts').textContent()) ?? '[]') as string[];
    expect(deferred.length).toBeGreaterThan(0);
    for (const script of deferred) expect(script.startsWith(`${BASE}/_next/`), script).toBe(true);
    for (const link of await page.locator('a[href^="/"]').evaluateAll((as) => as.map((a) => a.getAttribute('href')!)))
      expect(link.startsWith(`${BASE}/`), link).toBe(true);
  });
}

test('figures, the theme toggle and the links of a post work', async ({ page, request }) => {
  await page.goto(`${site.origin}${BASE}/deep_learning_2023/`);
  // The blog's figures are SVG drawn inline; their published files (what feeds show) must be served too.
  const files = await page
    .locator('article [data-src], article img[src]')
    .evaluateAll((els) => els.map((el) => el.getAttribute('data-src') ?? el.getAttribute('src')!));
  expect(files.length).toBeGreaterThan(0);
  for (const file of files) {
    expect(file.startsWith(`${BASE}/`), file).toBe(true);
    expect((await request.get(`${site.origin}${file}`)).status(), file).toBe(200);
  }
  const theme = await page.locator('html').getAttribute('data-theme');
  await page.locator('.theme-toggle, [aria-label*="theme" i]').first().click();
  await expect(page.locator('html')).toHaveAttribute('data-theme', theme ? (theme === 'dark' ? 'light' : 'dark') : /^(light|dark)$/);
  await page.locator('.site-title').click();
  await expect(page).toHaveURL(`${site.origin}${BASE}/`);
});

test('links authors write to other pages lead there under the base path', async ({ page }) => {
  for (const [slug, name, target] of [
    ['links-md', 'the 2023 review', '/deep_learning_2023/'],
    ['links-md', 'the tag', '/tags/deep-learning/'],
    ['links-mdx', 'the papers', '/papers/'],
  ]) {
    await page.goto(`${site.origin}${BASE}/${slug}/`);
    await page.locator('.prose').getByRole('link', { name }).click();
    await expect(page).toHaveURL(`${site.origin}${BASE}${target}`);
    expect((await page.request.get(page.url())).status(), target).toBe(200);
  }
});

test('search loads pagefind under the base path and its hits link there', async ({ page }) => {
  const { outside, failed } = await requestsOf(page, async () => {
    await page.goto(`${site.origin}${BASE}/search/?q=diffusion`);
    await expect(page.locator('.search-result__link').first()).toBeVisible({ timeout: 30_000 });
  });
  expect(outside).toEqual([]);
  expect(failed).toEqual([]);
  expect(await page.locator('.search-result__link').first().getAttribute('href')).toMatch(/^\/blog\//);
});

test('feeds, sitemap and robots give /blog/ URLs', async ({ request }) => {
  const authorWritten = fs
    .readdirSync(path.join(site.dir, 'posts'), { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.mdx') || file.endsWith('.md'))
    .map((file) => fs.readFileSync(path.join(site.dir, 'posts', file), 'utf8'))
    .join('\n');
  for (const file of ['rss.xml', 'atom.xml', 'feed.json', 'sitemap.xml']) {
    const text = await (await request.get(`${site.origin}${BASE}/${file}`)).text();
    const urls = [...text.matchAll(/https:\/\/hippocampus-garden\.com(\/[^"<\s\\]*)/g)].map((m) => m[1]);
    expect(urls.length, file).toBeGreaterThan(0);
    // Absolute links an author wrote in a post (to the old site) are content, not URLs the site builds.
    const emitted = urls.filter((u) => !authorWritten.includes(`hippocampus-garden.com${u}`));
    expect(
      emitted.filter((u) => !u.startsWith(`${BASE}/`)),
      file,
    ).toEqual([]);
  }
  expect(await (await request.get(`${site.origin}${BASE}/robots.txt`)).text()).toContain(`Sitemap: https://hippocampus-garden.com${BASE}/sitemap.xml`);
});
