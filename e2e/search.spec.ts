import fs from 'node:fs';
import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { holdFrameworkJs, isHydrated } from './page-load';

/** Collects the URLs of every request to the pagefind bundle. */
function pagefindRequests(page: Page): string[] {
  const urls: string[] = [];
  page.on('request', (request) => {
    if (new URL(request.url()).pathname.startsWith('/pagefind/')) urls.push(request.url());
  });
  return urls;
}

const dialog = (page: Page) => page.getByRole('dialog', { name: 'Search posts' });
const results = (page: Page) => page.locator('.search-result__link');

/**
 * Opens the dialog with a keyboard shortcut. A key pressed before hydration reaches no listener,
 * so it is pressed again (only while the dialog is still closed) until the dialog opens.
 */
async function openWithKey(page: Page, key: string): Promise<void> {
  await expect(async () => {
    if (!(await dialog(page).isVisible())) await page.keyboard.press(key);
    await expect(dialog(page)).toBeVisible({ timeout: 1000 });
  }).toPass({ timeout: 15_000 });
}

test('"/" opens the dialog; the index is fetched only then; "speculative decoding" finds the 2023 post', async ({ page }) => {
  const requests = pagefindRequests(page);
  await page.goto('/');
  await page.waitForLoadState('networkidle');
  expect(requests, 'no request to /pagefind/ on page load').toEqual([]);
  await expect(dialog(page)).toBeHidden();

  await openWithKey(page, '/');
  const input = dialog(page).getByRole('searchbox', { name: 'Search posts' });
  await expect(input).toBeFocused();
  await expect.poll(() => requests.some((url) => url.endsWith('/pagefind/pagefind.js'))).toBe(true);

  await input.fill('speculative decoding');
  // The 2023 review and the Japanese note on speculative decoding both match.
  await expect(dialog(page).getByRole('status')).toHaveText(/^\d+ posts? match(es)? “speculative decoding”\.$/);
  // One hit per matching section, linking to its heading.
  await expect(results(page).filter({ hasText: 'Year in Review: Deep Learning Papers in 2023' }).first()).toHaveAttribute('href', /^\/deep_learning_2023\/#./);
  const first = results(page).first();
  const firstHref = (await first.getAttribute('href'))!;
  await expect(dialog(page).locator('.search-result mark').first()).toHaveText(/speculative|decoding/i);
  // Excerpts are prose: no screen-reader labels or BibTeX from the paper cards.
  for (const excerpt of await dialog(page).locator('.search-result__excerpt').allTextContents()) {
    expect(excerpt).not.toMatch(/opens in a new tab|@inproceedings|@article/);
  }

  // ↓ moves from the field to the results; Enter follows the link.
  await input.press('ArrowDown');
  await expect(first).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(new RegExp(`${firstHref}$`));
});

test('Ctrl+K opens the dialog on a post page; "Block-NeRF" finds the 2022 post', async ({ page }) => {
  const requests = pagefindRequests(page);
  await page.goto('/deep_learning_2023/');
  await page.waitForLoadState('networkidle');
  expect(requests).toEqual([]);

  await openWithKey(page, 'Control+k');
  await page.keyboard.type('Block-NeRF');
  await expect(results(page).first()).toHaveAttribute('href', '/deep_learning_2022/#block-nerf-scalable-large-scene-neural-view-synthesis');
  await expect(results(page).first()).toHaveText('Year in Review: Deep Learning in 2022 › Block-NeRF: Scalable Large Scene Neural View Synthesis');
});

test('Esc closes the dialog and returns focus to where it was', async ({ page }) => {
  await page.goto('/');
  const postLink = page.locator('.post-card__title a').first();
  await postLink.focus();
  await openWithKey(page, '/');
  await page.keyboard.press('Escape');
  await expect(dialog(page)).toBeHidden();
  await expect(postLink).toBeFocused();

  // The header button opens it too, and gets focus back.
  const button = page.getByRole('link', { name: 'Search', exact: true });
  await button.click();
  await expect(dialog(page)).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(button).toBeFocused();
});

test('focus stays inside the open dialog while tabbing', async ({ page }) => {
  await page.goto('/');
  await openWithKey(page, '/');
  await page.keyboard.type('deep learning');
  await expect(results(page).first()).toBeVisible();
  for (let i = 0; i < 10; i++) {
    await page.keyboard.press('Tab');
    // The page behind a modal dialog is inert: focus is in the dialog or, between cycles, nowhere.
    const inDialog = await page.evaluate(() => document.activeElement === document.body || Boolean(document.activeElement?.closest('dialog[open]')));
    expect(inDialog).toBe(true);
  }
});

test('"/" typed into a field is just a character', async ({ page }) => {
  await page.goto('/search/');
  const input = page.locator('main').getByRole('searchbox');
  await input.fill('');
  await input.press('/');
  await input.press('Control+k');
  await expect(input).toHaveValue('/');
  await expect(dialog(page)).toBeHidden();
});

test('the search page runs ?q= and updates the URL from its form', async ({ page }) => {
  await page.goto('/search/?q=Block-NeRF');
  const main = page.locator('main');
  await expect(main.getByRole('searchbox')).toHaveValue('Block-NeRF');
  await expect(main.locator('.search-result__link').first()).toHaveAttribute('href', /^\/deep_learning_2022\/#block-nerf/);

  await main.getByRole('searchbox').fill('speculative decoding');
  await main.getByRole('button', { name: 'Search' }).click();
  await expect(main.getByRole('status')).toHaveText(/^\d+ posts? match(es)? “speculative decoding”\.$/);
  await expect(main.locator('.search-result__link[href^="/deep_learning_2023/#"]').first()).toBeVisible();
  await expect(page).toHaveURL(/\/search\/\?q=speculative\+decoding$/);
});

test('words typed on the search page before it hydrates are searched, not wiped', async ({ page }) => {
  const release = await holdFrameworkJs(page);
  await page.goto('/search/', { waitUntil: 'domcontentloaded' });
  const input = page.locator('main').getByRole('searchbox');
  await input.fill('Block-NeRF');
  release();
  await expect.poll(() => isHydrated(page)).toBe(true);
  await expect(input).toHaveValue('Block-NeRF');
  await expect(page.locator('main .search-result__link').first()).toHaveAttribute('href', /^\/deep_learning_2022\/#block-nerf/);
});

test('tag and language filters narrow the results', async ({ page }) => {
  // Both reviews mention deep learning, and both carry the tag; no post is tagged "nerf".
  await page.goto('/search/?q=deep+learning');
  await expect(page.locator('main').getByRole('status')).toHaveText('2 posts match “deep learning”.');
  await page.goto('/search/?q=deep+learning&tag=deep-learning');
  await expect(page.locator('main').getByRole('status')).toHaveText('2 posts match “deep learning” (tag “deep-learning”).');
  await page.goto('/search/?q=deep+learning&tag=nerf');
  await expect(page.locator('main').getByRole('status')).toHaveText('No posts match “deep learning” (tag “nerf”).');
  await page.goto('/search/?q=deep+learning&lang=ja');
  await expect(page.locator('main').getByRole('status')).toHaveText('No posts match “deep learning” (language “ja”).');
});

test('the draft is not in the index', async ({ page }) => {
  const draft = fs.readFileSync(path.join('posts', 'deep_learning_2022_draft', 'index.mdx'), 'utf8');
  const published = ['deep_learning_2022', 'deep_learning_2023'].map((slug) => fs.readFileSync(path.join('posts', slug, 'index.mdx'), 'utf8')).join('\n');
  // Phrases (pagefind's "quoted" exact search) from the draft: one it shares with the 2022 post, two only it has.
  const shared = 'Block-NeRF divides and conquers';
  const draftOnly = ['is a prominent one among such works', 'Adam can converge'];
  expect(draft).toContain(shared);
  expect(published).toContain(shared);
  for (const phrase of draftOnly) {
    expect(draft).toContain(phrase);
    expect(published).not.toContain(phrase);
  }

  await page.goto(`/search/?q=${encodeURIComponent(`"${shared}"`)}`);
  await expect(page.locator('main').getByRole('status')).toHaveText(`1 post matches “"${shared}"”.`);
  await expect(page.locator('main .search-result__link')).toHaveAttribute('href', /^\/deep_learning_2022\/#block-nerf/);
  for (const phrase of draftOnly) {
    await page.goto(`/search/?q=${encodeURIComponent(`"${phrase}"`)}`);
    await expect(page.locator('main').getByRole('status')).toHaveText(`No posts match “"${phrase}"”.`);
  }
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the header item is a link to the search page, whose form is a GET form', async ({ page }) => {
    await page.goto('/deep_learning_2022/');
    await page.getByRole('link', { name: 'Search', exact: true }).click();
    await expect(page).toHaveURL(/\/search\/$/);
    await page.locator('main').getByRole('searchbox').fill('nerf');
    await page.locator('main').getByRole('searchbox').press('Enter');
    await expect(page).toHaveURL(/\/search\/\?q=nerf$/);
    // Chromium's no-JS emulation still parses <noscript> as text, so read the served HTML instead.
    const html = await (await page.request.get('/search/')).text();
    expect(html).toMatch(/<noscript>.*Search runs in your browser and needs JavaScript\..*<\/noscript>/);
  });
});
