import { expect, test } from '@playwright/test';
import { exportedPages } from './exported-pages';
import { isHydrated } from './page-load';

// Next's runtime must not compete with the first paint (lib/post-build/defer-hydration.ts), yet every
// page must still hydrate: the islands (theme toggle, search, video facade) depend on it.
for (const pagePath of exportedPages) {
  test(`${pagePath} fetches framework JS only after its first frame, then hydrates`, async ({ page }) => {
    // Registered before the page's own code: the time of the first frame the browser renders.
    await page.addInitScript(() => requestAnimationFrame(() => ((window as unknown as { firstFrame: number }).firstFrame = performance.now())));
    await page.goto(pagePath);
    await expect.poll(() => isHydrated(page)).toBe(true);
    const { firstFrame, scripts } = await page.evaluate(() => ({
      firstFrame: (window as unknown as { firstFrame: number }).firstFrame,
      scripts: performance
        .getEntriesByType('resource')
        .filter((entry) => new URL(entry.name).pathname.endsWith('.js'))
        .map((entry) => ({ url: entry.name, start: entry.startTime })),
    }));
    expect(scripts.length).toBeGreaterThan(0);
    for (const script of scripts) expect(script.start, `${script.url} requested before the first frame (${firstFrame} ms)`).toBeGreaterThanOrEqual(firstFrame);
  });
}
