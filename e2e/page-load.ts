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

/** Starts adding up the page's layout shifts (not caused by input) from its first paint; read them with layoutShift(). */
export async function trackLayoutShift(page: Page): Promise<void> {
  await page.addInitScript(() => {
    (window as unknown as { cls: number }).cls = 0;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[]) {
        if (!entry.hadRecentInput) (window as unknown as { cls: number }).cls += entry.value;
      }
    }).observe({ type: 'layout-shift', buffered: true });
  });
}

export function layoutShift(page: Page): Promise<number> {
  return page.evaluate(() => (window as unknown as { cls: number }).cls);
}

/** Every request URL the page makes while it loads fully. */
export async function requestsOnLoad(page: Page, path: string): Promise<string[]> {
  const urls: string[] = [];
  page.on('request', (request) => urls.push(request.url()));
  await loadFully(page, path);
  return urls;
}

/** Whether React has hydrated the page (it marks the elements it hydrated with `__react…` keys). */
export function isHydrated(page: Page): Promise<boolean> {
  return page.evaluate(() => Object.keys(document.body).some((key) => key.startsWith('__react')));
}

/**
 * Holds back Next's runtime, as a slow phone would, so a test can act on a page before it hydrates.
 * Call the returned function to let the scripts through.
 */
export async function holdFrameworkJs(page: Page): Promise<() => void> {
  let release = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route('**/_next/static/chunks/*.js', async (route) => {
    await held;
    await route.continue();
  });
  return release;
}
