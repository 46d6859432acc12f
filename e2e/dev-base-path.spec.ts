import fs from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { devProjectCopy, PNG_1X1 } from './fixture-site';

// `BASE_PATH=/blog npm run dev`: every route of `next dev` is under /blog/, the dev-only ones too
// (images from the post folder, live reload's event stream, search, share cards). Its warm-up must
// ask for the /blog/ URLs (devProjectCopy waits for them).
const BASE = '/blog';
const site = devProjectCopy('e2e-dev-base-path', {
  basePath: BASE,
  prepare: (dir) => {
    fs.writeFileSync(path.join(dir, 'posts', 'deep_learning_2023', 'tiny.png'), PNG_1X1);
    fs.appendFileSync(path.join(dir, 'posts', 'deep_learning_2023', 'index.mdx'), '\n\n![A tiny test image](tiny.png)\n');
  },
});
const postFile = () => path.join(site.dir, 'posts', 'deep_learning_2023', 'index.mdx');

test('a post under /blog/ shows its image from the dev media route and reloads live when saved', async ({ page }) => {
  await page.goto(`${site.origin}${BASE}/deep_learning_2023/`, { timeout: 120_000 });
  const image = page.locator('.prose img[alt="A tiny test image"]');
  await expect(image).toHaveAttribute('src', `${BASE}/dev-media/deep_learning_2023/tiny.png`, { timeout: 60_000 });
  await image.scrollIntoViewIfNeeded();
  await expect.poll(() => image.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0), { timeout: 60_000 }).toBe(true);

  await page.waitForFunction(() => document.documentElement.dataset.liveReload === 'on', undefined, { timeout: 60_000 });
  await page.evaluate(() => ((window as { notReloaded?: boolean }).notReloaded = true));
  fs.writeFileSync(
    postFile(),
    fs.readFileSync(postFile(), 'utf8').replace('title: "Year in Review: Deep Learning Papers in 2023"', 'title: "Saved under /blog/"'),
  );
  await expect(page.locator('h1')).toHaveText('Saved under /blog/', { timeout: 60_000 });
  expect(await page.evaluate(() => (window as { notReloaded?: boolean }).notReloaded)).toBe(true);
});

test('search and share cards of next dev answer under /blog/', async ({ page, request }) => {
  await page.goto(`${site.origin}${BASE}/search/?q=${encodeURIComponent('Segment Anything')}`, { timeout: 120_000 });
  await expect(page.locator('.search-result__link').first()).toHaveAttribute('href', new RegExp(`^${BASE}/deep_learning_2023/`), { timeout: 60_000 });
  for (const pathname of ['/deep_learning_2023/og.png', '/og.png']) {
    const response = await request.get(`${site.origin}${BASE}${pathname}`, { timeout: 120_000 });
    expect(response.status(), pathname).toBe(200);
    expect(response.headers()['content-type']).toBe('image/png');
  }
});
