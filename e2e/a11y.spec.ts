import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { exportedPages } from './exported-pages';

/**
 * Each theme as the OS picks it, and as `html[data-theme]` pins it against the opposite OS
 * setting (what a theme toggle does). The pinned runs only need the colour rules: the structure
 * does not change with the theme.
 */
const THEMES = [
  { name: 'light', colorScheme: 'light', dataTheme: null, rules: null },
  { name: 'dark', colorScheme: 'dark', dataTheme: null, rules: null },
  { name: 'data-theme=light over a dark OS', colorScheme: 'dark', dataTheme: 'light', rules: ['color-contrast', 'link-in-text-block'] },
  { name: 'data-theme=dark over a light OS', colorScheme: 'light', dataTheme: 'dark', rules: ['color-contrast', 'link-in-text-block'] },
] as const;

for (const pagePath of exportedPages) {
  test(`${pagePath} has no axe violations in light and dark themes`, async ({ page }) => {
    // Four axe runs over long pages (math, inline SVG figures: ~2,600 elements on the 2023 review) on a shared 2-core machine.
    test.setTimeout(240_000);
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await page.goto(pagePath);
    // Keyboard: the first Tab shows the skip link, which moves the focus order into the main content.
    await page.keyboard.press('Tab');
    const skipLink = page.getByRole('link', { name: 'Skip to content' });
    await expect(skipLink).toBeFocused();
    await expect(skipLink).toBeInViewport();
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id), 'the skip link moves focus to <main>').toBe('content');
    // The next Tab continues from there: into the main content when it has controls, never back to the header.
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.closest('header.site-header') === null), 'the Tab after the skip link stays past the header').toBe(true);
    for (const theme of THEMES) {
      await page.emulateMedia({ colorScheme: theme.colorScheme });
      await page.evaluate((value) => {
        if (value) document.documentElement.dataset.theme = value;
        else delete document.documentElement.dataset.theme;
      }, theme.dataTheme);
      const axe = new AxeBuilder({ page });
      if (theme.rules) axe.withRules([...theme.rules]);
      const { violations } = await axe.analyze();
      const found = violations.map((v) => `${v.id} (${v.impact}): ${v.help}\n    ${v.nodes.map((n) => n.target.join(' ')).slice(0, 8).join('\n    ')}`);
      expect(found, `axe violations on ${pagePath} in the ${theme.name} theme`).toEqual([]);
    }
  });
}
