import fs from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';

test('home lists the posts newest first and opens a post', async ({ page }) => {
  await page.goto('/');
  // The newest post is featured above the list.
  const titles = page.locator('.featured__title a, .post-card__title a');
  await expect(titles.first()).toHaveText('Year in Review: Deep Learning Papers in 2023');
  const all = await titles.allTextContents();
  expect(all.indexOf('Year in Review: Deep Learning Papers in 2023')).toBeLessThan(all.indexOf('Year in Review: Deep Learning in 2022'));
  const dates = await page.locator('.featured time, .post-card time').evaluateAll((els) => els.map((el) => el.getAttribute('datetime')!));
  expect(dates).toEqual([...dates].sort().reverse());

  await titles.filter({ hasText: 'Deep Learning in 2022' }).click();
  await expect(page).toHaveURL(/\/deep_learning_2022\/$/);
  await expect(page.locator('h1')).toHaveText('Year in Review: Deep Learning in 2022');
  await expect(page.locator('.post-meta').first()).toHaveText(/^January 17, 2023 · \d+ min read$/);
  await expect(page.locator('.post__footer .author-bio__name')).toHaveText('Written by Shion Honda');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
});

test('math renders with KaTeX', async ({ page }) => {
  await page.goto('/deep_learning_2023/');
  await expect(page.locator('.katex').first()).toBeVisible();
});

test('a heading anchor URL lands on its heading', async ({ page }) => {
  await page.goto('/deep_learning_2022/#stable-diffusion--dreamstudio');
  const heading = page.locator('h3#stable-diffusion--dreamstudio');
  await expect(heading).toHaveText('Stable Diffusion & DreamStudio');
  await expect(heading).toBeInViewport();
});

test('an unknown URL gets the 404 page', async ({ page }) => {
  const response = await page.goto('/no-such-post/');
  expect(response?.status()).toBe(404);
  await expect(page.locator('h1')).toHaveText('Page not found');
  await expect(page.getByRole('link', { name: 'Go to the home page' })).toHaveAttribute('href', '/');
});

test('the draft is absent from the exported site', async ({ page }) => {
  const draft = 'deep_learning_2022_draft';
  expect(fs.existsSync(path.join('posts', draft, 'index.mdx')), 'the repo has a draft to test with').toBe(true);
  const response = await page.goto(`/${draft}/`);
  expect(response?.status()).toBe(404);
  await page.goto('/');
  await expect(page.locator(`a[href*="${draft}"]`)).toHaveCount(0);
  // No file anywhere in out/ mentions the draft.
  const leaks: string[] = [];
  const walk = (dir: string) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.name.includes(draft) || fs.readFileSync(full).includes(draft)) leaks.push(full);
    }
  };
  walk('out');
  expect(leaks).toEqual([]);
});
