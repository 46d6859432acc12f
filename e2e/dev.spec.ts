import fs from 'node:fs';
import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { devProjectCopy, PNG_1X1 } from './fixture-site';

// Editors preview posts with `npm run dev` (`next dev` plus a warm-up of the post route), here in a
// throwaway copy of the project, so tests can edit and add posts freely.
const site = devProjectCopy('e2e-dev');

const postFile = (slug: string) => path.join(site.dir, 'posts', slug, 'index.mdx');

/** Opens a page and marks its window: the mark survives an in-place refresh, not a reload. */
async function openMarked(page: Page, pathname: string): Promise<void> {
  await page.goto(`${site.origin}${pathname}`, { timeout: 120_000 });
  // The island subscribes once the page has hydrated.
  await page.waitForFunction(() => document.documentElement.dataset.liveReload === 'on', undefined, { timeout: 60_000 });
  await page.evaluate(() => ((window as { notReloaded?: boolean }).notReloaded = true));
}

const notReloaded = (page: Page) => page.evaluate(() => (window as { notReloaded?: boolean }).notReloaded === true);

test('next dev shows a draft with its banner and lists it marked "Draft"', async ({ page }) => {
  await page.goto(`${site.origin}/deep_learning_2022_draft/`, { timeout: 120_000 });
  await expect(page.locator('h1')).toHaveText('Deep Learning in 2022');
  await expect(page.locator('.draft-banner')).toContainText('Draft');

  await page.goto(`${site.origin}/`, { timeout: 120_000 });
  const card = page.locator('.post-card', { hasText: 'Deep Learning in 2022' }).filter({ has: page.locator('.draft-badge') });
  await expect(card).toHaveCount(1);
  await expect(card.locator('.draft-badge')).toHaveText('Draft');
});

test('next dev serves images beside a post as files, with their type and the sizes a build writes', async ({ page }) => {
  const dir = path.join(site.dir, 'posts', 'deep_learning_2023');
  const source = fs.readFileSync(postFile('deep_learning_2023'), 'utf8');
  fs.writeFileSync(path.join(dir, 'tiny.png'), PNG_1X1);
  fs.symlinkSync(path.join(site.dir, 'package.json'), path.join(dir, 'linked.svg'));
  fs.writeFileSync(postFile('deep_learning_2023'), `${source.trimEnd()}\n\n![A tiny test image](tiny.png)\n`);
  try {
    await page.goto(`${site.origin}/deep_learning_2023/`, { timeout: 120_000 });
    const image = page.locator('.prose img[alt="A tiny test image"]');
    await expect(image).toHaveAttribute('src', '/dev-media/deep_learning_2023/tiny.png', { timeout: 60_000 });
    await expect(image).toHaveAttribute('width', '1');
    // Lazy: it loads once scrolled to, from the dev route.
    await image.scrollIntoViewIfNeeded();
    await expect.poll(() => image.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0), { timeout: 60_000 }).toBe(true);
    // No image is inlined as a data: URI: the page stays the size of its text.
    expect(await page.content()).not.toContain('data:image/');

    const png = await page.request.get(`${site.origin}/dev-media/deep_learning_2023/tiny.png`);
    expect(png.headers()['content-type']).toBe('image/png');
    const svgName = fs.readdirSync(dir).find((name) => name.endsWith('.svg') && name !== 'linked.svg')!;
    const svg = await page.request.get(`${site.origin}/dev-media/deep_learning_2023/${svgName}`);
    expect(svg.headers()['content-type']).toBe('image/svg+xml');
    expect(Buffer.compare(await svg.body(), fs.readFileSync(path.join(dir, svgName)))).toBe(0);
    // Only image files inside posts/: not a link out of it, not the post's source.
    for (const url of ['/dev-media/deep_learning_2023/linked.svg', '/dev-media/deep_learning_2023/index.mdx', '/dev-media/..%2Fpackage.json/x.svg']) {
      expect((await page.request.get(`${site.origin}${url}`)).status(), url).toBe(404);
    }
  } finally {
    fs.writeFileSync(postFile('deep_learning_2023'), source);
    fs.rmSync(path.join(dir, 'linked.svg'));
  }
});

test('a saved edit shows in the open page without a reload, at the same scroll position', async ({ page }) => {
  await openMarked(page, '/deep_learning_2023/');
  await page.evaluate(() => window.scrollTo(0, 2400));
  const scrolled = await page.evaluate(() => window.scrollY);
  expect(scrolled).toBeGreaterThan(2000);

  const source = fs.readFileSync(postFile('deep_learning_2023'), 'utf8');
  fs.writeFileSync(postFile('deep_learning_2023'), source.replace('## Fast Inference', 'A paragraph added while the page is open.\n\n## Fast Inference'));
  await expect(page.locator('.prose p', { hasText: 'A paragraph added while the page is open.' })).toHaveCount(1, { timeout: 60_000 });
  expect(await notReloaded(page)).toBe(true);
  expect(await page.evaluate(() => window.scrollY)).toBe(scrolled);

  // Frontmatter counts too.
  fs.writeFileSync(
    postFile('deep_learning_2023'),
    fs
      .readFileSync(postFile('deep_learning_2023'), 'utf8')
      .replace('title: "Year in Review: Deep Learning Papers in 2023"', 'title: "A title saved while open"'),
  );
  await expect(page.locator('h1')).toHaveText('A title saved while open', { timeout: 60_000 });
  expect(await notReloaded(page)).toBe(true);
  fs.writeFileSync(postFile('deep_learning_2023'), source);
});

test('a new post folder appears on the open home page and tag page, and its URL renders at once', async ({ page, context }) => {
  await openMarked(page, '/');
  // A second open page updates too.
  const tagPage = await context.newPage();
  await openMarked(tagPage, '/tags/deep-learning/');
  const dir = path.join(site.dir, 'posts', 'added_while_running');
  fs.mkdirSync(dir);
  fs.writeFileSync(path.join(dir, 'index.mdx'), '---\ntitle: "Added while running"\ndate: 2030-01-01\ntags: ["deep-learning"]\n---\n\nBrand new body text.\n');
  // The newest post is the featured one.
  await expect(page.locator('.featured')).toContainText('Added while running', { timeout: 60_000 });
  expect(await notReloaded(page)).toBe(true);
  await expect(tagPage.locator('.post-card', { hasText: 'Added while running' })).toHaveCount(1, { timeout: 60_000 });
  expect(await notReloaded(tagPage)).toBe(true);
  await tagPage.close();

  const response = await page.goto(`${site.origin}/added_while_running/`, { timeout: 120_000 });
  expect(response?.status()).toBe(200);
  await expect(page.locator('h1')).toHaveText('Added while running');
  await expect(page.locator('.prose')).toContainText('Brand new body text.');

  await openMarked(page, '/');
  fs.rmSync(dir, { recursive: true });
  await expect(page.locator('.featured, .post-card', { hasText: 'Added while running' })).toHaveCount(0, { timeout: 60_000 });
  expect(await notReloaded(page)).toBe(true);
});

test('a broken frontmatter field shows its file:line and source in the page, other posts keep working, and the fix clears it', async ({ page, browser }) => {
  await openMarked(page, '/deep_learning_2023/');
  const source = fs.readFileSync(postFile('deep_learning_2023'), 'utf8');
  fs.writeFileSync(postFile('deep_learning_2023'), source.replace('date: "2024-01-27T22:01:03.284Z"', 'date: "soon"'));

  const problems = page.locator('.content-problems');
  await expect(problems).toContainText('posts/deep_learning_2023/index.mdx:3:1', { timeout: 60_000 });
  await expect(problems).toContainText('frontmatter field "date"');
  // The code frame: the line itself, marked, between its neighbours.
  await expect(problems.locator('pre')).toContainText('> 3 | date: "soon"');
  await expect(problems.locator('pre')).toContainText('2 | title:');
  expect(await notReloaded(page)).toBe(true);

  const other = await browser.newPage();
  await other.goto(`${site.origin}/deep_learning_2022/`, { timeout: 120_000 });
  await expect(other.locator('h1')).toContainText('2022');
  await other.close();

  fs.writeFileSync(postFile('deep_learning_2023'), source);
  await expect(problems).toHaveCount(0, { timeout: 60_000 });
  await expect(page.locator('h1')).toHaveText('Year in Review: Deep Learning Papers in 2023');
  expect(await notReloaded(page)).toBe(true);
});

test("a missing image shows the check's message with its line, and the fix clears it", async ({ page }) => {
  await openMarked(page, '/deep_learning_2022/');
  const source = fs.readFileSync(postFile('deep_learning_2022'), 'utf8');
  const lines = source.split('\n');
  const line = lines.length - 1;
  fs.writeFileSync(postFile('deep_learning_2022'), `${source.trimEnd()}\n\n![A figure that is not there](missing.png)\n`);
  const problems = page.locator('.content-problems');
  await expect(problems).toContainText(`posts/deep_learning_2022/index.mdx:${line + 2}:1`, { timeout: 60_000 });
  await expect(problems).toContainText('missing.png');
  await expect(problems.locator('pre')).toContainText('![A figure that is not there](missing.png)');
  fs.writeFileSync(postFile('deep_learning_2022'), source);
  await expect(problems).toHaveCount(0, { timeout: 60_000 });
  expect(await notReloaded(page)).toBe(true);
});

test('search works in dev on the posts as they are', async ({ page }) => {
  await page.goto(`${site.origin}/search/?q=${encodeURIComponent('Segment Anything')}`, { timeout: 120_000 });
  const result = page.locator('.search-result__link', { hasText: 'Deep Learning Papers in 2023' });
  await expect(result).toHaveCount(1, { timeout: 60_000 });
  await expect(result).toHaveAttribute('href', '/deep_learning_2023/');
});

test("a post's share card is served in dev as the build draws it", async ({ request }) => {
  for (const pathname of ['/deep_learning_2023/og.png', '/og.png']) {
    const response = await request.get(`${site.origin}${pathname}`, { timeout: 120_000 });
    expect(response.status(), pathname).toBe(200);
    expect(response.headers()['content-type']).toBe('image/png');
    const png = await response.body();
    // PNG signature, then the IHDR chunk's width and height.
    expect(png.subarray(1, 4).toString()).toBe('PNG');
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1200, 630]);
  }
});
