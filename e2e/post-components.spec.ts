import fs from 'node:fs';
import { expect, test } from '@playwright/test';
import { layoutShift, requestsOnLoad, trackLayoutShift } from './page-load';

const THIRD_PARTY = /youtube|youtu\.be|google|gstatic|ytimg|doubleclick|twitter|twimg|x\.com|t\.co\//;

for (const [slug, papers] of [
  ['deep_learning_2022', 5],
  ['deep_learning_2023', 10],
] as const) {
  test(`${slug}: every paper card renders with safe, labelled links and JSON-LD`, async ({ page }) => {
    await page.goto(`/${slug}/`);
    const cards = page.locator('.prose [data-paper]');
    await expect(cards).toHaveCount(papers);
    for (const card of await cards.all()) {
      const links = card.locator('.paper-card__links a');
      expect(await links.count()).toBeGreaterThan(0);
      for (const link of await links.all()) {
        expect(await link.getAttribute('href')).toMatch(/^https?:\/\/\S+$/);
        expect((await link.getAttribute('rel'))?.split(' ').sort()).toEqual(['noopener', 'noreferrer']);
        await expect(link).toHaveAccessibleName(/for “.+”, opens in a new tab/);
      }
      await expect(card.locator('a[data-kind="Paper"]')).toHaveText(/^arXiv:\d{4}\.\d{5}/);
      const jsonLd = JSON.parse((await card.locator('script[type="application/ld+json"]').textContent())!);
      expect(jsonLd['@type']).toBe('ScholarlyArticle');
      // The title is the section heading above the card (not repeated in it), and the JSON-LD's name.
      expect(jsonLd.headline).toBe((await card.getAttribute('aria-label'))!.replace(/^Paper: /, ''));
      // BibTeX is in a <details>: hidden until opened, then readable without JS.
      await card.locator('.paper-card__bibtex summary').click();
      await expect(card.locator('.paper-card__bibtex pre')).toContainText(/^@(inproceedings|article|misc)\{/);
    }
  });

  test(`${slug}: every figure has size, alt text and a caption, and loads`, async ({ page }) => {
    await requestsOnLoad(page, `/${slug}/`);
    const figures = page.locator('.prose figure.figure');
    expect(await figures.count()).toBeGreaterThanOrEqual(papers);
    for (const figure of await figures.all()) {
      expect((await figure.locator('figcaption').textContent())?.trim()).toBeTruthy();
      // SVG figures are inline (e2e/figures.spec.ts checks them further); other images are sized, lazy <img>s.
      const svg = figure.locator('.figure__frame > svg');
      if ((await svg.count()) === 1) {
        await expect(svg).toHaveAttribute('role', 'img');
        expect((await svg.getAttribute('aria-label'))?.trim()).toBeTruthy();
        continue;
      }
      const img = figure.locator('img');
      expect(Number(await img.getAttribute('width'))).toBeGreaterThan(0);
      expect(Number(await img.getAttribute('height'))).toBeGreaterThan(0);
      expect((await img.getAttribute('alt'))?.trim()).toBeTruthy();
      expect(await img.getAttribute('loading')).toBe('lazy');
      expect(await img.evaluate((el: HTMLImageElement) => el.complete && el.naturalWidth > 0)).toBe(true);
    }
  });
}

test('the YouTube facade: a poster naming the video, nothing from YouTube until play, then the nocookie player', async ({ page }) => {
  const urls = await requestsOnLoad(page, '/deep_learning_2022/');
  expect(urls.filter((url) => THIRD_PARTY.test(new URL(url).hostname))).toEqual([]);

  const posters = page.locator('.video__poster');
  await expect(posters).toHaveCount(2);
  await expect(posters.first()).toHaveAttribute('href', 'https://www.youtube.com/watch?v=6lGMCAzBzOQ');
  await expect(posters.first()).toHaveAccessibleName(/^Play video: Block-NeRF demo/);
  // Each poster shows its own title and channel, a YouTube mark and a play button, and differs from the other.
  for (const [i, [title, channel]] of [
    ['Block-NeRF demo: the Alamo Square neighborhood of San Francisco', 'Waymo'],
    ['Gran Turismo Sophy racing against champion drivers', 'Sony AI'],
  ].entries()) {
    const poster = posters.nth(i);
    await poster.scrollIntoViewIfNeeded();
    await expect(poster.locator('.video__title')).toHaveText(`Play video: ${title}`);
    await expect(poster.locator('.video__title')).toBeVisible();
    await expect(poster.locator('.video__channel')).toHaveText(channel);
    await expect(poster.locator('.video__brand')).toHaveText('YouTube');
    await expect(poster.locator('.video__brand')).toBeVisible();
    await expect(poster.locator('.video__play svg')).toBeVisible();
  }
  const backgrounds = await posters.evaluateAll((els) => els.map((el) => getComputedStyle(el).backgroundImage));
  expect(backgrounds[0]).not.toBe(backgrounds[1]);

  // The player itself is not fetched in tests; only that it is requested from youtube-nocookie.
  await page.route(/youtube-nocookie\.com/, (route) => route.fulfill({ contentType: 'text/html', body: '<title>player</title>' }));
  await posters.first().focus();
  await page.keyboard.press('Enter');
  const iframe = page.locator('.video iframe').first();
  await expect(iframe).toHaveAttribute('src', /^https:\/\/www\.youtube-nocookie\.com\/embed\/6lGMCAzBzOQ\?autoplay=1/);
  await expect(iframe).toHaveAttribute('title', /Block-NeRF demo/);
});

test('without JS the video poster is a plain link to the video', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/deep_learning_2022/');
  await expect(page.locator('.video__poster').nth(1)).toHaveAttribute('href', 'https://www.youtube.com/watch?v=_CrCpIIZeCc');
  await context.close();
});

test('tweets are static quote cards with no request to X', async ({ page }) => {
  const urls = await requestsOnLoad(page, '/deep_learning_2023/');
  expect(urls.filter((url) => THIRD_PARTY.test(new URL(url).hostname))).toEqual([]);
  const tweets = page.locator('.prose figure.tweet');
  await expect(tweets).toHaveCount(10);
  for (const tweet of await tweets.all()) {
    await expect(tweet.locator('blockquote')).not.toBeEmpty();
    await expect(tweet.locator('figcaption a')).toHaveAttribute('href', /^https:\/\/x\.com\/shion_honda\/status\/\d+$/);
  }
  // On a full card in its caption, on a collapsed one in its summary line.
  await expect(page.locator('.prose .tweet__handle')).toHaveText(Array(10).fill('@shion_honda'));
  await expect(page.locator('script[src*="widgets.js"]')).toHaveCount(0);
});

test('every math expression of the 2023 post is rendered by KaTeX', async ({ page }) => {
  const source = fs.readFileSync('posts/deep_learning_2023/index.mdx', 'utf8').replace(/^---[\s\S]*?\n---\n/, '');
  const display = source.match(/\$\$[\s\S]+?\$\$/g) ?? [];
  const inline = source.replace(/\$\$[\s\S]+?\$\$/g, '').match(/\$[^$\n]+\$/g) ?? [];
  expect(inline.length).toBeGreaterThanOrEqual(14);
  await page.goto('/deep_learning_2023/');
  await expect(page.locator('.prose .katex')).toHaveCount(inline.length + display.length);
  await expect(page.locator('.prose .katex-error')).toHaveCount(0);
  // The annotations keep the TeX as written, e.g. the acceptance test p / q > r.
  const tex = await page.locator('.prose .katex annotation').allTextContents();
  for (const expr of ['\\gamma', 'x_{i+\\gamma}', 'p(x_{i+1} | ...,x_i)', 'U[0, 1]', 'p / q > r']) expect(tex).toContain(expr);
});

test('the 2023 post links to the 2022 heading inside this site', async ({ page }) => {
  await page.goto('/deep_learning_2023/');
  const link = page.getByRole('link', { name: "last year's review" });
  await expect(link).toHaveAttribute('href', '/deep_learning_2022/#stable-diffusion--dreamstudio');
  await link.click();
  await expect(page).toHaveURL(/\/deep_learning_2022\/#stable-diffusion--dreamstudio$/);
  await expect(page.locator('#stable-diffusion--dreamstudio')).toBeInViewport();
  // The series link to the previous review points inside the site as well.
  await page.goto('/deep_learning_2023/');
  await expect(page.getByRole('link', { name: 'my review of the previous year, 2022' })).toHaveAttribute('href', '/deep_learning_2022/');
});

for (const width of [375, 1280]) {
  test(`posts do not shift while KaTeX fonts and figures load (${width}px)`, async ({ browser }) => {
    const page = await browser.newPage({ viewport: { width, height: 800 } });
    await trackLayoutShift(page);
    // Slow fonts and images down, as on a poor connection, so any reflow they cause shows up.
    await page.route(/\.(woff2|svg|png)$/, async (route) => {
      await new Promise((resolve) => setTimeout(resolve, 600));
      await route.continue();
    });
    for (const path of ['/deep_learning_2023/', '/deep_learning_2022/']) {
      await page.goto(path, { waitUntil: 'networkidle' });
      expect(await layoutShift(page), path).toBe(0);
    }
    await page.close();
  });
}
