import fs from 'node:fs';
import { expect, test } from '@playwright/test';

// The committed build has no data/pageviews.json and no GA measurement id: nothing of either shows.
// (With a file, tests/pageviews-render.test.ts renders the same components; see README "Page views".)
test('without a page views file no counts or popular lists are shown, and nothing goes to a third party', async ({ page, baseURL }) => {
  expect(fs.existsSync('data/pageviews.json'), 'the repository ships without page views').toBe(false);
  const origin = new URL(baseURL!).origin;
  const foreign: string[] = [];
  page.on('request', (request) => {
    if (!request.url().startsWith(origin) && !request.url().startsWith('data:')) foreign.push(request.url());
  });

  await page.goto('/');
  await expect(page.locator('.post-card').first()).toBeVisible();
  await expect(page.getByRole('region', { name: 'Popular posts' })).toHaveCount(0);
  await expect(page.getByText('Trending')).toHaveCount(0);
  await expect(page.locator('.post-views')).toHaveCount(0);

  await page.goto('/deep_learning_2022/');
  await expect(page.locator('.post-meta').first()).toHaveText(/^January 17, 2023 · \d+ min read$/);
  await expect(page.locator('.post-views')).toHaveCount(0);
  await page.waitForLoadState('networkidle');

  expect(await page.content()).not.toContain('googletagmanager');
  expect(foreign).toEqual([]);
});
