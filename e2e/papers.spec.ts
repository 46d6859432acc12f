import fs from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { holdFrameworkJs, isHydrated } from './page-load';

// Expectations come from the post sources themselves (a plain count of `<Paper`), not from the
// code under test, so the page is checked against what authors wrote.
const posts = fs.readdirSync('posts').map((slug) => {
  const source = fs.readFileSync(path.join('posts', slug, 'index.mdx'), 'utf8');
  const frontmatter = source.split(/^---$/m)[1];
  return {
    slug,
    draft: /^draft:\s*true\s*$/m.test(frontmatter),
    paperCount: source.match(/<Paper\b/g)?.length ?? 0,
    paperTitles: [...source.matchAll(/<Paper\b[^>]*?\btitle="([^"]+)"/g)].map((m) => m[1]),
  };
});
const publicPapers = posts.filter((p) => !p.draft).reduce((sum, p) => sum + p.paperCount, 0);

const entries = '.papers-entry';
const visibleEntries = `${entries}:visible`;

test('lists every paper of the public posts, grouped by reviewed year', async ({ page }) => {
  const reviews = posts.filter((p) => p.slug === 'deep_learning_2022' || p.slug === 'deep_learning_2023');
  expect(reviews.reduce((sum, p) => sum + p.paperCount, 0)).toBe(15);

  await page.goto('/papers/');
  await expect(page.locator('h1')).toHaveText('Papers');
  await expect(page.locator(entries)).toHaveCount(publicPapers);
  await expect(page.locator('.papers-year h2')).toHaveText(['Papers of 2023', 'Papers of 2022']);
  await expect(page.locator('section', { has: page.getByRole('heading', { name: 'Papers of 2022' }) }).locator(entries)).toHaveCount(5);
  for (const title of reviews.flatMap((p) => p.paperTitles)) await expect(page.locator(entries, { hasText: title })).toHaveCount(1);

  const blockNerf = page.locator(entries, { hasText: 'Block-NeRF' });
  await expect(blockNerf.getByRole('link', { name: 'Block-NeRF: Scalable Large Scene Neural View Synthesis', exact: true })).toHaveAttribute(
    'href',
    'https://arxiv.org/abs/2202.05263',
  );
  await expect(blockNerf.locator('.papers-entry__meta')).toHaveText('CVPR 2022 Matthew Tancik et al.');
  await expect(blockNerf.locator('.papers-entry__where')).toHaveText(
    'Discussed in: Year in Review: Deep Learning in 2022 › Block-NeRF: Scalable Large Scene Neural View Synthesis',
  );
});

test('every "Discussed in" link lands on an element with that id', async ({ page }) => {
  await page.goto('/papers/');
  const hrefs = await page.locator('.papers-entry__where a').evaluateAll((links) => links.map((a) => a.getAttribute('href')!));
  expect(hrefs).toHaveLength(publicPapers);
  for (const href of hrefs) {
    const [pathname, id] = href.split('#');
    expect(id, `${href} points at a section`).toBeTruthy();
    await page.goto('about:blank'); // a full load each time, not a same-page hash change
    const response = await page.goto(href);
    expect(response?.status(), href).toBe(200);
    expect(new URL(page.url()).pathname).toBe(pathname);
    const target = page.locator(`[id="${decodeURIComponent(id)}"]`);
    await expect(target, href).toHaveCount(1);
    await expect(target, href).toBeInViewport();
  }
});

test('the venue filter and the text search narrow the list and update the count', async ({ page }) => {
  await page.goto('/papers/');
  const count = page.getByRole('status');
  await expect(count).toHaveText(`${publicPapers} of ${publicPapers} papers`);

  const venue = page.getByLabel('Venue');
  await venue.selectOption('NeurIPS');
  await expect(page.locator(visibleEntries)).toHaveCount(3);
  await expect(count).toHaveText(`3 of ${publicPapers} papers`);
  for (const shown of await page.locator(visibleEntries).all()) await expect(shown).toHaveAttribute('data-venue', 'NeurIPS');

  const search = page.getByRole('searchbox', { name: 'Search' });
  await search.fill('preference');
  await expect(page.locator(visibleEntries)).toHaveText([/Direct Preference Optimization/]);
  await expect(count).toHaveText(`1 of ${publicPapers} papers`);
  // A year without matches disappears with its heading.
  await expect(page.getByRole('heading', { name: 'Papers of 2022' })).toBeHidden();

  await venue.selectOption('');
  // Authors and section headings are searchable too, not only titles.
  await search.fill('tancik');
  await expect(page.locator(visibleEntries)).toHaveText([/Block-NeRF/]);
  await search.fill('nothing matches this');
  await expect(count).toHaveText(`0 of ${publicPapers} papers`);
  await search.fill('');
  await expect(page.locator(visibleEntries)).toHaveCount(publicPapers);
});

test('a venue and words chosen before the page hydrates still filter the list', async ({ page }) => {
  const release = await holdFrameworkJs(page);
  await page.goto('/papers/', { waitUntil: 'domcontentloaded' });
  await page.getByLabel('Venue').selectOption('NeurIPS');
  await page.getByRole('searchbox', { name: 'Search' }).fill('preference');
  release();
  await expect.poll(() => isHydrated(page)).toBe(true);
  await expect(page.locator(visibleEntries)).toHaveText([/Direct Preference Optimization/]);
  await expect(page.getByRole('status')).toHaveText(`1 of ${publicPapers} papers`);
  await expect(page.getByLabel('Venue')).toHaveValue('NeurIPS');
});

test('without JavaScript every paper shows and the filter is absent', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/papers/');
  await expect(page.locator(visibleEntries)).toHaveCount(publicPapers);
  await expect(page.locator('.papers-filter')).toBeHidden();
  await context.close();
});

test("the draft's papers are absent", async ({ page }) => {
  const drafts = posts.filter((p) => p.draft);
  const draftOnly = drafts.flatMap((p) => p.paperTitles).filter((title) => !posts.some((p) => !p.draft && p.paperTitles.includes(title)));
  expect(draftOnly.length, 'a draft with a paper of its own to test with').toBeGreaterThan(0);

  await page.goto('/papers/');
  await expect(page.locator(entries)).toHaveCount(publicPapers);
  for (const title of draftOnly) await expect(page.getByText(title)).toHaveCount(0);
  for (const draft of drafts) await expect(page.locator(`a[href*="/${draft.slug}/"]`)).toHaveCount(0);
  const html = fs.readFileSync(path.join('out', 'papers', 'index.html'), 'utf8');
  for (const title of draftOnly) expect(html).not.toContain(title);
});
