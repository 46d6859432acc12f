import { expect, test } from '@playwright/test';
import { exportedPages } from './exported-pages';
import { expectStrictPolicy, watchForViolations } from './gates';
import { loadFully } from './page-load';

for (const pagePath of exportedPages) {
  test(`${pagePath} has a strict policy and runs without CSP violations`, async ({ page }) => {
    await expectStrictPolicy(page, pagePath);
  });
}

test('the policy is enforced: an injected inline script is blocked and reported', async ({ page }) => {
  const watch = await watchForViolations(page);
  await page.goto('/');
  await page.evaluate(() => document.head.append(Object.assign(document.createElement('script'), { textContent: 'window.injected = true' })));
  await expect.poll(watch.violations).toEqual(['script-src-elem blocked inline']);
  expect(await page.evaluate(() => 'injected' in window)).toBe(false);
});

test('the YouTube facade still starts the nocookie player under the policy', async ({ page, baseURL }) => {
  const watch = await watchForViolations(page);
  // Nothing leaves the machine: the player request is answered here, anything else foreign is refused.
  const playerRequests: string[] = [];
  await page.route(
    (url) => url.origin !== new URL(baseURL!).origin,
    (route) => {
      if (new URL(route.request().url()).hostname !== 'www.youtube-nocookie.com') return route.abort();
      playerRequests.push(route.request().url());
      return route.fulfill({ contentType: 'text/html', body: '<!doctype html><title>player</title><p>player stub</p>' });
    },
  );
  await loadFully(page, '/deep_learning_2022/');
  await page.locator('.video__poster').first().click();
  const iframe = page.locator('.video iframe').first();
  await expect(iframe).toHaveAttribute('src', /^https:\/\/www\.youtube-nocookie\.com\/embed\/6lGMCAzBzOQ\?/);
  await expect.poll(() => playerRequests.length).toBe(1);
  await expect(page.frameLocator('.video iframe').first().locator('p')).toHaveText('player stub');
  expect(await watch.violations()).toEqual([]);
  expect(watch.consoleErrors).toEqual([]);
});
