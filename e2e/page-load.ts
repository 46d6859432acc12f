import type { Page } from '@playwright/test';

/** Opens a page and scrolls through it so lazy images and anything else deferred get their chance to load. */
export async function loadFully(page: Page, path: string): Promise<void> {
  await page.goto(path, { waitUntil: 'networkidle' });
  await page.evaluate(async () => {
    for (let y = 0; y < document.body.scrollHeight; y += 600) {
      window.scrollTo(0, y);
      await new Promise((r) => setTimeout(r, 20));
    }
  });
  await page.waitForLoadState('networkidle');
}

/** Every request URL the page makes while it loads fully. */
export async function requestsOnLoad(page: Page, path: string): Promise<string[]> {
  const urls: string[] = [];
  page.on('request', (request) => urls.push(request.url()));
  await loadFully(page, path);
  return urls;
}
