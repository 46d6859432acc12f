import fs from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { writeSyntheticPosts } from '../scripts/qa/synthetic-posts';
import { builtProjectCopy } from './fixture-site';

// Pagination needs more posts than the real blog has: build a copy of the project with 23
// generated posts (3 pages of 10, the third newest, the second card under the featured post, with a cover image) and serve its out/ for this file.
const POSTS = 23;
const site = builtProjectCopy('e2e-pagination', (dir) => {
  writeSyntheticPosts(path.join(dir, 'posts'), POSTS);
  // One post with a cover image, for the list thumbnail.
  const covered = path.join(dir, 'posts', 'synthetic_0020', 'index.mdx');
  fs.writeFileSync(covered, fs.readFileSync(covered, 'utf8').replace(/^date: /m, 'featuredImage: diagram.svg\ndate: '));
});

// The front page features the newest post above the list: it counts as one of the page's 10.
const cards = (page: import('@playwright/test').Page) => page.locator('.featured, .post-list > li');

test('10 posts a page, numbered links with rel prev/next, the last page holds the rest', async ({ page }) => {
  await page.goto(`${site.origin}/`);
  await expect(cards(page)).toHaveCount(10);
  const nav = page.getByRole('navigation', { name: 'Pages' });
  await expect(nav.getByRole('link', { name: 'Page 2' })).toHaveAttribute('href', '/page/2/');
  await expect(nav.getByRole('link', { name: 'Page 3' })).toHaveAttribute('href', '/page/3/');
  await expect(nav.locator('[aria-current="page"]')).toHaveText('1');
  await expect(nav.locator('a[rel="prev"]')).toHaveCount(0);
  await expect(nav.locator('a[rel="next"]').first()).toHaveAttribute('href', '/page/2/');

  await nav.getByRole('link', { name: 'Page 2' }).click();
  await expect(page).toHaveURL(`${site.origin}/page/2/`);
  await expect(cards(page)).toHaveCount(10);
  await expect(page.locator('.pagination a[rel="prev"]').first()).toHaveAttribute('href', '/');
  await expect(page.locator('.pagination a[rel="next"]').first()).toHaveAttribute('href', '/page/3/');

  await page.goto(`${site.origin}/page/3/`);
  await expect(cards(page)).toHaveCount(POSTS - 20);
  await expect(page.locator('.pagination a[rel="next"]')).toHaveCount(0);
});

test('pages list every post exactly once, newest first', async ({ page }) => {
  const titles: string[] = [];
  for (const url of ['/', '/page/2/', '/page/3/']) {
    await page.goto(site.origin + url);
    titles.push(...(await page.locator('.featured__title a, .post-card__title a').allTextContents()));
  }
  expect(titles).toHaveLength(POSTS);
  expect(new Set(titles).size).toBe(POSTS);
  expect(titles[0]).toMatch(/^Synthetic post 22:/);
  expect(titles.at(-1)).toMatch(/^Synthetic post 0:/);
});

test('/page/1/ is the home list, never linked, pointing search engines at /; there is no page after the last', async ({ page }) => {
  await page.goto(`${site.origin}/page/1/`);
  await expect(cards(page)).toHaveCount(10);
  await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', /\/$/);
  await expect(page.locator('link[rel="canonical"]')).not.toHaveAttribute('href', /page/);
  await expect(page.locator('meta[name="robots"]')).toHaveAttribute('content', /noindex/);
  await page.goto(`${site.origin}/page/2/`);
  await expect(page.locator('a[href="/page/1/"]')).toHaveCount(0);
  const missing = await page.goto(`${site.origin}/page/4/`);
  expect(missing?.status()).toBe(404);
});

test('a post with a featuredImage shows it as a thumbnail on its card; the others show none', async ({ page }) => {
  await page.goto(`${site.origin}/`);
  const covers = page.locator('.post-card__cover');
  await expect(covers).toHaveCount(1);
  await expect(page.locator('.post-list > li').nth(1).locator('.post-card__cover')).toHaveCount(1);
  await expect(page.locator('.featured img')).toHaveCount(0);
  expect(await covers.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0)).toBe(true);
  await expect(covers).toHaveAttribute('width', '720');
});
