import { expect, test } from '@playwright/test';
import { exportedPages } from './exported-pages';
import { axeViolationsInEveryTheme } from './gates';

for (const pagePath of exportedPages) {
  test(`${pagePath} has no axe violations in light and dark themes`, async ({ page }) => {
    // Four axe runs over long pages (math, inline SVG figures: ~2,600 elements on the 2023 review) on a shared 2-core machine.
    test.setTimeout(240_000);
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await page.goto(pagePath);
    // Keyboard: the first Tab shows the skip link, which moves the focus order into the main content.
    await page.keyboard.press('Tab');
    const skipLink = page.locator('a.skip-link');
    await expect(skipLink).toBeFocused();
    await expect(skipLink).toBeInViewport();
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id), 'the skip link moves focus to <main>').toBe('content');
    // The next Tab continues from there: into the main content when it has controls, never back to the header.
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.closest('header.site-header') === null), 'the Tab after the skip link stays past the header').toBe(
      true,
    );
    expect(await axeViolationsInEveryTheme(page), `axe violations on ${pagePath}`).toEqual([]);
  });
}
