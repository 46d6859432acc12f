import { createRequire } from 'node:module';
import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';

/**
 * Screenshots of every page type against committed baselines (e2e/screenshots.spec.ts-snapshots/),
 * at 390 and 1280 px, light and dark, so a change that breaks a layout fails. Post pages and
 * /papers/ are shot at viewport height (their top); the short pages whole. After a deliberate
 * UI change: `npm run test:screenshots:update`, look at the new images, commit them.
 */
const PAGES: { name: string; path: string; full?: boolean; ready?: (page: Page) => Promise<void> }[] = [
  { name: 'home', path: '/', full: true },
  { name: 'review-2023', path: '/deep_learning_2023/' },
  { name: 'review-2022', path: '/deep_learning_2022/' },
  { name: 'papers', path: '/papers/' },
  { name: 'tag', path: '/tags/deep-learning/', full: true },
  { name: 'search', path: '/search/?q=gaussian', full: true, ready: (page) => page.locator('.search-result').first().waitFor() },
  { name: 'japanese-post', path: '/speculative-decoding-ja/' },
  { name: 'not-found', path: '/no-such-page/', full: true },
];

// Chromium here may have no Japanese font; the same free font as the share cards (BIZ UDPGothic,
// SIL OFL) is served to the page so Japanese text is drawn the same on every machine.
const require = createRequire(import.meta.url);
const JA_FONT = path.join(path.dirname(require.resolve('@expo-google-fonts/biz-udpgothic/package.json')), '400Regular', 'BIZUDPGothic_400Regular.ttf');
const JA_FONT_BOLD = path.join(path.dirname(JA_FONT), '..', '700Bold', 'BIZUDPGothic_700Bold.ttf');

async function prepare(page: Page): Promise<void> {
  await page.route('**/__screenshot-fonts/*.ttf', (route) =>
    route.fulfill({ path: route.request().url().endsWith('bold.ttf') ? JA_FONT_BOLD : JA_FONT, contentType: 'font/ttf' }),
  );
  // First in the font list but only for kana, kanji and CJK punctuation, so Latin text keeps the site's fonts.
  const face = (file: string, weight: string) =>
    `@font-face { font-family: 'Screenshot JP'; src: url(/__screenshot-fonts/${file}); font-weight: ${weight}; unicode-range: U+3000-30FF, U+3400-9FFF, U+FF00-FFEF; }`;
  await page.addStyleTag({
    content: `${face('regular.ttf', '100 549')} ${face('bold.ttf', '550 900')} :root { --font-sans: 'Screenshot JP', system-ui, sans-serif; }`,
  });
  await page.evaluate(async () => {
    await document.fonts.load('700 16px "Screenshot JP"', 'あ');
    await document.fonts.load('400 16px "Screenshot JP"', 'あ');
    await document.fonts.ready;
  });
}

for (const width of [390, 1280]) {
  for (const theme of ['light', 'dark'] as const) {
    test.describe(`${width} px, ${theme}`, () => {
      test.use({ viewport: { width, height: width < 600 ? 844 : 900 }, colorScheme: theme });
      for (const { name, path: url, full, ready } of PAGES) {
        test(name, async ({ page }) => {
          await page.goto(url, { waitUntil: 'networkidle' });
          await prepare(page);
          await ready?.(page);
          await expect(page).toHaveScreenshot(`${name}-${width}-${theme}.png`, {
            fullPage: full,
            animations: 'disabled',
            caret: 'hide',
            // A 10 × 10 px patch at most, on any page size: shots here repeat to the pixel, while a
            // stale home baseline (the author box without its avatar, 3702 px, 0.3 %) passed the
            // former 1 % ratio.
            maxDiffPixels: 100,
            // The copyright year follows the build date.
            mask: [page.locator('.site-footer p')],
          });
        });
      }
    });
  }
}
