import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { isHydrated } from './page-load';
import { tagSlug } from '../lib/content/tags';
import { loadAllPosts } from '../lib/content/load';
import { buildPostNavigation } from '../lib/content/post-navigation';

// What a production build publishes, straight from the content layer.
const all = loadAllPosts({ postsDir: path.join(process.cwd(), 'posts') });
const published = all.filter((post) => !post.draft);
const drafts = all.filter((post) => post.draft);
const JA_POST = published.find((post) => post.lang === 'ja')!;

test('/tags/ lists every published tag with its post count, and each tag page lists exactly those posts', async ({ page }) => {
  const expected = new Map<string, string[]>();
  for (const post of published) for (const tag of post.tags) expected.set(tagSlug(tag), [...(expected.get(tagSlug(tag)) ?? []), post.slug]);

  await page.goto('/tags/');
  const links = page.locator('.tag-index a');
  await expect(links).toHaveCount(expected.size);
  for (const [slug, slugs] of expected) {
    await page.goto('/tags/');
    const link = page.locator(`.tag-index a[href="/tags/${encodeURI(slug)}/"], .tag-index a[href="/tags/${slug}/"]`);
    await expect(link.locator('.tag__count')).toHaveText(`${slugs.length} ${slugs.length === 1 ? 'post' : 'posts'}`);
    await link.click();
    await expect(page.locator('h1')).toHaveText(new RegExp(`^${slugs.length} posts? tagged with “.+”$`));
    const hrefs = await page.locator('.post-card__title a').evaluateAll((els) => els.map((el) => el.getAttribute('href')));
    expect(hrefs.sort()).toEqual(slugs.map((s) => `/${s}/`).sort());
  }
});

test('tag chips on posts and cards link to their tag page; an aliased tag (機械学習) joins its tag', async ({ page }) => {
  await page.goto(`/${JA_POST.slug}/`);
  await expect(page.locator('.post__header .tag', { hasText: '機械学習' })).toHaveCount(0);
  await page.locator('.post__header .tag', { hasText: 'machine-learning' }).click();
  await expect(page).toHaveURL(/\/tags\/machine-learning\/$/);
  const hrefs = await page.locator('.post-card__title a').evaluateAll((els) => els.map((el) => el.getAttribute('href')));
  expect(hrefs).toContain(`/${JA_POST.slug}/`);
  expect(hrefs.length).toBeGreaterThan(1);

  await page.goto('/');
  await page.locator('.post-card .tag', { hasText: 'deep-learning' }).first().click();
  await expect(page).toHaveURL(/\/tags\/deep-learning\/$/);
});

test('language pages list the posts of their language; posts set <html lang>', async ({ page }) => {
  for (const lang of ['en', 'ja'] as const) {
    await page.goto(`/language/${lang}/`);
    const hrefs = await page.locator('.post-card__title a').evaluateAll((els) => els.map((el) => el.getAttribute('href')));
    expect(hrefs.sort()).toEqual(
      published
        .filter((p) => p.lang === lang)
        .map((p) => `/${p.slug}/`)
        .sort(),
    );
  }
  await page.goto(`/${JA_POST.slug}/`);
  await expect(page.locator('html')).toHaveAttribute('lang', 'ja');
  await page.goto('/deep_learning_2023/');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
});

test('Japanese posts get Japanese labels and reading time by characters', async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 800 });
  await page.goto(`/${JA_POST.slug}/`);
  await expect(page.locator('.toc--inline summary')).toHaveText('目次');
  await expect(page.locator('#footnote-label, [id$="footnote-label"]')).toHaveText('脚注');
  await expect(page.locator('.post-meta').first()).toContainText('分で読めます');
  await expect(page.locator('.share__title')).toHaveText('シェア');
});

test('table of contents: a sticky sidebar on wide screens whose links scroll to their headings', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto('/deep_learning_2023/');
  const sidebar = page.locator('.toc--sidebar');
  await expect(sidebar).toBeVisible();
  await expect(page.locator('.toc--inline')).toBeHidden();
  const links = sidebar.locator('a');
  expect(await links.count()).toBeGreaterThanOrEqual(3);
  const last = links.last();
  const id = (await last.getAttribute('href'))!.slice(1);
  await last.click();
  await expect(page).toHaveURL(new RegExp(`#${id}$`));
  await expect(page.locator(`[id="${id}"]`)).toBeInViewport();
  await expect(sidebar).toBeInViewport(); // sticky: still there after scrolling down
});

test('table of contents: a collapsed block on phones that opens and links to headings', async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 800 });
  await page.goto('/deep_learning_2022/');
  const toc = page.locator('.toc--inline');
  await expect(page.locator('.toc--sidebar')).toBeHidden();
  await expect(toc.locator('a').first()).toBeHidden();
  await toc.locator('summary').click();
  const link = toc.locator('a').nth(2);
  const id = (await link.getAttribute('href'))!.slice(1);
  await link.click();
  await expect(page.locator(`[id="${id}"]`)).toBeInViewport();
});

test('the end of a post: series, older/newer and related posts as the content layer computes them, no post twice', async ({ page }) => {
  const navigation = buildPostNavigation(published);
  const hrefs = (posts: ({ slug: string } | undefined)[]) => posts.filter((p) => p !== undefined).map((p) => `/${p.slug}/`);
  for (const post of published) {
    const expected = navigation.get(post.slug)!;
    await page.goto(`/${post.slug}/`);
    const links = (selector: string) => page.locator(selector).evaluateAll((els) => els.map((el) => el.getAttribute('href')!));
    expect(await links('.series a')).toEqual(hrefs(expected.series.filter((p) => p.slug !== post.slug)));
    expect(await links('.adjacent a[rel="prev"]')).toEqual(hrefs([expected.older]));
    expect(await links('.adjacent a[rel="next"]')).toEqual(hrefs([expected.newer]));
    expect(await links('.related a')).toEqual(hrefs(expected.related));
    const all = await links('.series a, .adjacent a, .related a');
    expect(all, `${post.slug} lists a post twice`).toEqual([...new Set(all)]);
    expect(all).not.toContain(`/${post.slug}/`);
    for (const draft of drafts) expect(all).not.toContain(`/${draft.slug}/`);
  }
  // On this site the reviews are linked by their series, so neither repeats the other as older/newer or related.
  await page.goto('/deep_learning_2023/');
  const series = page.locator('.series');
  await expect(series.locator('h2')).toContainText('Year in Review');
  await expect(series.locator('li')).toHaveText(['Year in Review: Deep Learning in 2022', 'Year in Review: Deep Learning Papers in 2023']);
  await expect(series.locator('[aria-current="page"]')).toHaveText('Year in Review: Deep Learning Papers in 2023');
  await expect(page.locator('.post a[href="/deep_learning_2022/"]:not(.prose a)')).toHaveCount(1);
  await page.goto(`/${JA_POST.slug}/`);
  await expect(page.locator('.series')).toHaveCount(0);
});

test('share buttons: plain links with drawn icons and accessible names, at the top and the end of a post', async ({ page }) => {
  await page.goto('/deep_learning_2023/');
  const url = 'https://hippocampus-garden.com/deep_learning_2023/';
  const services = ['X', 'Hatena Bookmark', 'LinkedIn', 'Reddit', 'Facebook', 'LINE'];
  for (const row of [page.locator('.post__header .share--top'), page.locator('.post__footer .share')]) {
    const links = row.getByRole('link');
    await expect(links).toHaveCount(services.length);
    for (const [i, service] of services.entries()) {
      await expect(links.nth(i)).toHaveAccessibleName(`Share on ${service}`);
      await expect(links.nth(i).locator('svg.share__icon')).toBeVisible();
    }
    for (const href of await links.evaluateAll((els) => els.map((el) => el.getAttribute('href')!))) {
      expect(href).toContain(encodeURIComponent(url));
    }
    await expect(links.first()).toHaveAttribute(
      'href',
      new RegExp(encodeURIComponent('Year in Review: Deep Learning Papers in 2023').replace(/[()]/g, '\\$&')),
    );
  }
  // The buttons at the end also spell the service out.
  await expect(page.locator('.post__footer .share__label')).toHaveText(services);
  // The icons are inline SVG: nothing is fetched for them.
  expect(
    await page.locator('.share img, .share use, script[src*="x.com"], script[src*="facebook"], script[src*="hatena"], script[src*="line.me"]').count(),
  ).toBe(0);
});

test('one author block under a post, with a drawn avatar; the bio box on the home page', async ({ page }) => {
  await page.goto('/deep_learning_2023/');
  const footer = page.locator('.post__footer');
  await expect(footer.locator('.author-bio')).toHaveCount(1);
  await expect(footer.locator('.author-bio__name')).toHaveText('Written by Shion Honda');
  await expect(footer.locator('.author-bio svg.avatar')).toBeVisible();
  await expect(footer.locator('.author-bio img')).toHaveCount(0);
  // The name appears once: no "Written by Shion Honda" line followed by "Shion Honda: …".
  expect((await footer.locator('.author-bio').innerText()).match(/Shion Honda/g)).toHaveLength(1);
  await expect(footer.locator('.author-line')).toHaveCount(0);
  await expect(footer.locator('.share__lead')).toHaveText('If you like this, please share!');
  await page.goto('/');
  await expect(page.locator('.author-bio')).toBeVisible();
});

/** Records, from before the first byte of HTML is parsed, whether <body> existed when data-theme was set. */
async function watchThemeTiming(page: Page) {
  await page.addInitScript(() => {
    const w = window as unknown as { themeSetBeforeBody?: boolean };
    new MutationObserver(() => {
      if (document.documentElement.dataset.theme && w.themeSetBeforeBody === undefined) w.themeSetBeforeBody = document.body === null;
    }).observe(document, { attributes: true, subtree: true, attributeFilter: ['data-theme'] });
  });
}

test('dark mode: follows the OS, the toggle overrides it, the choice persists across pages with no flash', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'light' });
  await watchThemeTiming(page);
  await page.goto('/');
  const background = () => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  expect(await background()).toBe('rgb(255, 255, 255)');
  // The toggle is an island: a click before hydration does nothing (a loaded machine hydrates late).
  await expect.poll(() => isHydrated(page)).toBe(true);
  await page.getByRole('button', { name: 'Toggle dark theme' }).click();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  expect(await background()).toBe('rgb(15, 20, 25)');

  await page.locator('.featured__title a').click();
  await page.waitForURL(/deep_learning_2023/);
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  expect(await page.evaluate(() => (window as unknown as { themeSetBeforeBody?: boolean }).themeSetBeforeBody)).toBe(true);
  expect(await background()).toBe('rgb(15, 20, 25)');

  await expect.poll(() => isHydrated(page)).toBe(true);
  await page.getByRole('button', { name: 'Toggle dark theme' }).click();
  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
});

test('the inline theme script comes before any stylesheet or body content', async ({ request }) => {
  const html = await (await request.get('/deep_learning_2023/')).text();
  const script = html.indexOf('localStorage.getItem("theme")');
  expect(script).toBeGreaterThan(0);
  expect(script).toBeLessThan(html.indexOf('<body'));
});

test('keyboard only: Tab reaches every visible control, starting with the skip link', async ({ page }) => {
  for (const url of ['/', '/deep_learning_2022/', '/tags/']) {
    await page.goto(url);
    const expected = await page.evaluate(() => {
      const selector = 'a[href], button, summary, input, select, textarea, [tabindex]:not([tabindex="-1"])';
      const visible = [...document.querySelectorAll<HTMLElement>(selector)].filter(
        (el) => el.getClientRects().length > 0 && getComputedStyle(el).visibility !== 'hidden' && !el.closest('details:not([open]) > :not(summary)'),
      );
      visible.forEach((el, i) => (el.dataset.kbd = String(i)));
      return visible.length;
    });
    const reached = new Set<string>();
    for (let i = 0; i < expected + 3; i++) {
      await page.keyboard.press('Tab');
      const id = await page.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset.kbd);
      if (i === 0) expect(await page.evaluate(() => document.activeElement?.className)).toBe('skip-link');
      if (id !== undefined) reached.add(id);
    }
    expect(reached.size, `controls reached by Tab on ${url}`).toBe(expected);
  }
});

test('about and privacy pages; the privacy page says what is stored', async ({ page }) => {
  await page.goto('/about/');
  await expect(page.locator('h1')).toHaveText('About');
  await page.getByRole('link', { name: 'Privacy policy' }).first().click();
  await expect(page.locator('h1')).toHaveText('Privacy policy');
  await expect(page.locator('main')).toContainText('local storage');
  await expect(page.locator('main')).toContainText('no comments');
});

test('the 404 page links home and to the latest posts', async ({ page }) => {
  const response = await page.goto('/no-such-page/');
  expect(response?.status()).toBe(404);
  await expect(page.locator('.not-found a[href="/"]')).toBeVisible();
  await expect(page.locator('.post-card__title a').first()).toHaveAttribute('href', `/${published[0].slug}/`);
});

test('comments are off by default: no button, no giscus', async ({ page }) => {
  await page.goto('/deep_learning_2023/');
  await expect(page.locator('.comments')).toHaveCount(0);
  expect(await page.content()).not.toContain('giscus.app');
});

test('print: only the article, with link targets written out', async ({ page }) => {
  await page.goto('/deep_learning_2023/');
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.site-header')).toBeHidden();
  for (const share of await page.locator('.share').all()) await expect(share).toBeHidden();
  await expect(page.locator('.figure').first()).toBeVisible();
  const after = await page
    .locator('.prose a[href^="http"]')
    .first()
    .evaluate((el) => getComputedStyle(el, '::after').content);
  expect(after).toContain('http');
});
