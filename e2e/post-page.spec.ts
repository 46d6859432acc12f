import path from 'node:path';
import { expect, test } from '@playwright/test';
import { loadAllPosts } from '../lib/content/load';
import { requestsOnLoad } from './page-load';

const REVIEWS = ['deep_learning_2022', 'deep_learning_2023'];
const published = loadAllPosts({ postsDir: path.join(process.cwd(), 'posts') }).filter((post) => !post.draft);

for (const slug of REVIEWS) {
  test(`${slug}: a paper's section is one unit, its card does not repeat the heading's title`, async ({ page }) => {
    await page.goto(`/${slug}/`);
    // What a sighted reader sees (the links' screen-reader labels do name the paper).
    await page.addStyleTag({ content: '.visually-hidden { display: none !important; }' });
    const sections = await page.locator('.prose [data-paper]').evaluateAll((cards) =>
      cards.map((card) => {
        let heading = card.previousElementSibling;
        while (heading && !/^H[23]$/.test(heading.tagName)) heading = heading.previousElementSibling;
        const ld = JSON.parse(card.querySelector('script[type="application/ld+json"]')!.textContent!);
        const next = card.nextElementSibling;
        return {
          heading: heading?.textContent?.trim(),
          card: (card as HTMLElement).innerText,
          name: ld.name,
          label: card.getAttribute('aria-label'),
          nextIsCollapsedTweet: next?.matches('details.tweet-compact:not([open])') ?? false,
        };
      }),
    );
    expect(sections.length).toBeGreaterThanOrEqual(5);
    for (const section of sections) {
      expect(section.heading, 'every paper card sits under its section heading').toBeTruthy();
      expect(section.card).not.toContain(section.heading);
      // The title is still the card's name and in its structured data.
      expect(section.name).toBe(section.heading);
      expect(section.label).toBe(`Paper: ${section.heading}`);
    }
    if (slug === 'deep_learning_2023') {
      // Each 2023 section has the author's tweet about the paper: collapsed to one line under the card.
      expect(sections.every((s) => s.nextIsCollapsedTweet)).toBe(true);
      await expect(page.locator('.prose details.tweet-compact')).toHaveCount(10);
    }
  });
}

test('on a phone the first prose of a 2023 section starts close to its heading, and a collapsed tweet opens', async ({ browser }) => {
  const page = await browser.newPage({ viewport: { width: 390, height: 844 } });
  await page.goto('/deep_learning_2023/');
  const gaps = await page.locator('.prose h2:has(+ [data-paper])').evaluateAll((headings) =>
    headings.map((h) => {
      let p = h.nextElementSibling;
      while (p && p.tagName !== 'P') p = p.nextElementSibling;
      return p!.getBoundingClientRect().top - h.getBoundingClientRect().bottom;
    }),
  );
  expect(gaps).toHaveLength(10);
  // It was 650-710 px with the title three times (heading, card, tweet); the card and a one-line tweet remain.
  for (const gap of gaps) expect(gap).toBeLessThan(350);

  const tweet = page.locator('.prose details.tweet-compact').first();
  await expect(tweet.locator('blockquote')).toBeHidden();
  await tweet.locator('summary').click();
  await expect(tweet.locator('blockquote')).toContainText('Speculative decoding allows autoregressive models to run 2-3x faster.');
  await expect(tweet.locator('figcaption a')).toHaveAttribute('href', /^https:\/\/x\.com\/shion_honda\/status\/\d+$/);
  await page.close();
});

test('the end of a post credits the original once', async ({ page }) => {
  for (const post of published.filter((p) => p.source)) {
    await page.goto(`/${post.slug}/`);
    await expect(page.locator(`.post a[href="${post.source}"]`)).toHaveCount(1);
    await expect(page.locator('.post__footer .attribution')).toContainText(`${post.authors.join(', ')}, ${post.license}`);
  }
});

test('the table of contents marks the section being read as the reader scrolls', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto('/deep_learning_2023/');
  const current = page.locator('.toc--sidebar a[aria-current]');
  const headings = page.locator('.prose h2');
  for (const i of [2, 5, 8]) {
    const id = (await headings.nth(i).getAttribute('id'))!;
    await headings.nth(i).evaluate((h) => window.scrollTo(0, window.scrollY + h.getBoundingClientRect().top - 40));
    await expect(current).toHaveCount(1);
    await expect(current).toHaveAttribute('href', `#${id}`);
    // The collapsed block for phones marks the same link.
    await expect(page.locator('.toc--inline a[aria-current]')).toHaveAttribute('href', `#${id}`);
  }
  await page.evaluate(() => window.scrollTo(0, 0));
  await expect(current).toHaveCount(0);
});

test('the header marks the current page', async ({ page }) => {
  for (const [url, name, value] of [
    ['/', 'Home', 'page'],
    ['/tags/', 'Tags', 'page'],
    ['/tags/deep-learning/', 'Tags', 'true'],
    ['/papers/', 'Papers', 'page'],
    ['/about/', 'About', 'page'],
  ] as const) {
    await page.goto(url);
    const marked = page.locator('.site-nav a[aria-current]');
    await expect(marked).toHaveCount(1);
    await expect(marked).toHaveText(name);
    await expect(marked).toHaveAttribute('aria-current', value);
  }
  // A post is none of the header's pages.
  await page.goto('/deep_learning_2023/');
  await expect(page.locator('.site-nav a[aria-current]')).toHaveCount(0);
});

test('share buttons and the author block request nothing from another origin', async ({ page }) => {
  const urls = await requestsOnLoad(page, '/deep_learning_2023/');
  expect(urls.filter((url) => new URL(url).origin !== new URL(page.url()).origin)).toEqual([]);
});

test('paper card: the full author list replaces "et al." when expanded', async ({ page }) => {
  await page.goto('/deep_learning_2023/');
  const authors = page.locator('.prose details.paper-card__authors').first();
  const summary = authors.locator('summary');
  const closed = await summary.innerText();
  expect(closed).toMatch(/^[^,]+, [^,]+, [^,]+ et al\. \(show all \d+ authors\)$/);
  const total = Number(closed.match(/show all (\d+) authors/)![1]);
  await summary.click();
  await expect(authors).toHaveAttribute('open', '');
  await expect(authors.getByText('et al.')).toBeHidden();
  await expect(authors.getByText(/show all/)).toBeHidden();
  const shown = await authors.locator('.paper-card__all').innerText();
  expect(shown.split(', ')).toHaveLength(total);
  // Nothing of the short list stays visible above the names.
  expect(await authors.innerText()).toBe(shown);
});

test('paper card: BibTeX wraps on a 390 px phone instead of scrolling sideways', async ({ browser }) => {
  const page = await browser.newPage({ viewport: { width: 390, height: 844 } });
  for (const slug of REVIEWS) {
    await page.goto(`/${slug}/`);
    for (const summary of await page.locator('.paper-card__bibtex summary').all()) await summary.click();
    const pres = page.locator('.paper-card__bibtex pre');
    expect(await pres.count()).toBeGreaterThanOrEqual(5);
    for (const pre of await pres.all()) {
      await expect(pre).toBeVisible();
      expect(await pre.evaluate((el) => el.scrollWidth - el.clientWidth)).toBeLessThanOrEqual(0);
    }
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  }
  await page.close();
});
