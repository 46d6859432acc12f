import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { loadAllPosts } from '../lib/content/load';
import { exportedPages } from './exported-pages';
import { isHydrated } from './page-load';

const published = loadAllPosts({ postsDir: path.join(process.cwd(), 'posts') }).filter((post) => !post.draft);
const JA_POST = published.find((post) => post.lang === 'ja')!;
const EN_POST = published.find((post) => post.lang === 'en')!;

/** One page of each type, with the header link that must be marked current on it. */
const PAGE_TYPES: { path: string; current?: string }[] = [
  { path: '/', current: '/' },
  { path: '/tags/', current: '/tags/' },
  { path: '/tags/deep-learning/', current: '/tags/' },
  { path: '/papers/', current: '/papers/' },
  { path: '/about/', current: '/about/' },
  { path: '/search/' },
  { path: `/${EN_POST.slug}/` },
  { path: `/${JA_POST.slug}/` },
  { path: '/no-such-page/' },
];

/** Boxes of the header's parts, measured in the page. */
function headerLayout(page: Page) {
  return page.evaluate(() => {
    const box = (el: Element | null) => {
      if (!el) return null;
      const r = el.getBoundingClientRect();
      return { x: r.x, y: r.y, width: r.width, height: r.height, mid: r.y + r.height / 2 };
    };
    const header = document.querySelector('.site-header')!;
    const title = document.querySelector<HTMLElement>('.site-title')!;
    const tagline = document.querySelector<HTMLElement>('.site-tagline')!;
    const list = document.querySelector<HTMLElement>('.site-nav__list')!;
    return {
      header: box(header)!,
      title: box(title)!,
      titleCut: title.scrollWidth > title.clientWidth,
      taglineCut: tagline.scrollWidth > tagline.clientWidth,
      tagline: box(tagline)!,
      taglineLine: parseFloat(getComputedStyle(tagline).lineHeight),
      navCut: list.scrollWidth > list.clientWidth,
      links: [...list.querySelectorAll('a')].map(box).map((b) => b!),
      search: box(document.querySelector('.search-button'))!,
      searchIcon: box(document.querySelector('.search-button svg'))!,
      toggle: box(document.querySelector('.theme-toggle'))!,
    };
  });
}

test.describe('header', () => {
  test('on a 360 px phone: under 120 px tall, every part on one line, nothing cut or squashed, on every page type', async ({ page }) => {
    await page.setViewportSize({ width: 360, height: 740 });
    for (const { path: url } of PAGE_TYPES) {
      await page.goto(url);
      const layout = await headerLayout(page);
      expect(layout.header.height, `${url}: header height`).toBeLessThan(120);
      expect(layout.titleCut, `${url}: the title fits`).toBe(false);
      expect(layout.taglineCut, `${url}: the tagline fits`).toBe(false);
      expect(layout.tagline.height, `${url}: the tagline is one line`).toBeLessThan(layout.taglineLine * 1.5);
      expect(layout.navCut, `${url}: the page links fit`).toBe(false);
      const tops = layout.links.map((link) => Math.round(link.y));
      expect(new Set(tops).size, `${url}: page links on one row (About does not wrap)`).toBe(1);
      // Search and the toggle: the same height, on the title's row, the icon not squashed.
      expect(Math.abs(layout.search.height - layout.toggle.height), `${url}: search and toggle heights`).toBeLessThan(1);
      expect(Math.abs(layout.search.mid - layout.toggle.mid), `${url}: search and toggle centres`).toBeLessThan(1);
      expect(Math.abs(layout.search.mid - layout.title.mid), `${url}: tools beside the title`).toBeLessThan(layout.search.height / 2);
      expect(layout.searchIcon.width, `${url}: search icon`).toBeGreaterThanOrEqual(16);
      expect(layout.toggle.width, `${url}: the toggle is round, not an oval`).toBeCloseTo(layout.toggle.height, 0);
    }
  });

  test('at 1280 px: the same title position on lists and posts; links, search and toggle share one centre line', async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 800 });
    const xs = new Map<string, number>();
    for (const { path: url } of PAGE_TYPES) {
      await page.goto(url);
      const layout = await headerLayout(page);
      xs.set(url, Math.round(layout.title.x));
      const mids = [...layout.links.map((link) => link.mid), layout.search.mid, layout.toggle.mid];
      expect(Math.max(...mids) - Math.min(...mids), `${url}: nav, search and toggle aligned`).toBeLessThan(2);
      expect(layout.header.height, `${url}: one row plus the tagline`).toBeLessThan(100);
    }
    expect(new Set(xs.values()).size, `title x on every page type: ${JSON.stringify([...xs])}`).toBe(1);
  });

  test('marks the current page in the nav, visibly', async ({ page }) => {
    for (const { path: url, current } of PAGE_TYPES) {
      await page.goto(url);
      const marked = page.locator('.site-nav a[aria-current]');
      if (!current) {
        await expect(marked, `${url}: no nav link is current`).toHaveCount(0);
        continue;
      }
      await expect(marked, url).toHaveCount(1);
      await expect(marked).toHaveAttribute('href', current);
      const other = page.locator('.site-nav a:not([aria-current])').first();
      const style = (el: HTMLElement) => [getComputedStyle(el).color, getComputedStyle(el).borderBottomColor];
      expect(await marked.evaluate(style), `${url}: the marker is styled`).not.toEqual(await other.evaluate(style));
    }
  });
});

test('the Japanese post has Japanese UI strings: header, footer, author box, dates, share labels, search', async ({ page }) => {
  await page.goto(`/${JA_POST.slug}/`);
  await expect(page.locator('.site-nav a')).toHaveText(['ホーム', 'タグ', '論文', '概要']);
  await expect(page.getByRole('navigation', { name: 'サイト' })).toBeVisible();
  await expect(page.locator('.site-tagline')).toHaveText(/[\u3040-\u30ff]/);
  await expect(page.locator('.site-footer')).toContainText('プライバシーポリシー');
  await expect(page.locator('.site-footer')).not.toContainText('Privacy policy');
  await expect(page.locator('.author-bio')).toHaveAttribute('aria-label', '著者について');
  await expect(page.locator('.author-bio')).toContainText('機械学習エンジニア');
  await expect(page.locator('.post__header .post-meta time').first()).toHaveText(/\d{4}年\d{1,2}月\d{1,2}日/);
  await expect(page.locator('.share__title')).toHaveText('シェア');
  await expect(page.locator('.share__list a').first()).toHaveAttribute('aria-label', /でシェア$/);
  await expect(page.locator('.theme-toggle')).toHaveAttribute('aria-label', 'ダークテーマの切り替え');
  await expect(page.locator('.skip-link')).toHaveText('本文へ移動');

  await expect.poll(() => isHydrated(page)).toBe(true);
  await page.locator('.search-button').click();
  const dialog = page.getByRole('dialog', { name: '記事を検索' });
  await expect(dialog).toBeVisible();
  await dialog.getByRole('searchbox', { name: '記事を検索' }).fill('decoding');
  await expect(dialog.getByRole('status')).toHaveText(/^「decoding」に一致する記事が \d+ 件あります。$/);
  await expect(dialog.getByRole('button', { name: '閉じる' })).toBeVisible();

  // An English page keeps English strings.
  await page.goto(`/${EN_POST.slug}/`);
  await expect(page.locator('.site-nav a')).toHaveText(['Home', 'Tags', 'Papers', 'About']);
  await expect(page.locator('.site-footer')).toContainText('Privacy policy');
});

test('no page shows a language code as a tag', async ({ page }) => {
  for (const url of exportedPages) {
    await page.goto(url);
    const tags = (await page.locator('.tag').allTextContents()).map((text) => text.trim().split(/\s/)[0].toLowerCase());
    expect(
      tags.filter((tag) => tag === 'en' || tag === 'ja'),
      url,
    ).toEqual([]);
  }
});

test('tags look the same on the tags index and on posts; a tag heading never breaks inside the tag', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto('/tags/');
  const chip = (selector: string) =>
    page
      .locator(selector)
      .first()
      .evaluate((el) => [getComputedStyle(el).borderRadius, getComputedStyle(el).backgroundColor, getComputedStyle(el).textDecorationLine]);
  const onIndex = await chip('.tag-index a');
  await page.goto(`/${EN_POST.slug}/`);
  expect(onIndex).toEqual(await chip('.post__header .tag'));

  for (const width of [1280, 390, 360]) {
    await page.setViewportSize({ width, height: 800 });
    await page.goto('/tags/deep-learning/');
    const lines = await page.locator('h1 .list-title__term').evaluate((el) => el.getClientRects().length);
    expect(lines, `“deep-learning” on one line at ${width} px`).toBe(1);
  }
});

test('home: the newest post featured, the series in order, a compact author box, the other posts listed', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto('/');
  await expect(page.locator('.featured__title a')).toHaveAttribute('href', `/${published[0].slug}/`);
  const series = published.filter((post) => post.series === 'Year in Review').reverse();
  await expect(page.locator('.series-strip__series')).toContainText('Year in Review');
  const steps = page.locator('.series-strip__step a');
  expect(await steps.evaluateAll((els) => els.map((el) => el.getAttribute('href')))).toEqual(series.map((post) => `/${post.slug}/`));
  await expect(steps).toHaveText(['2022', '2023']);
  const bio = await page.locator('.author-bio').boundingBox();
  expect(bio!.height, 'the author box is compact').toBeLessThan(160);
  const listed = await page.locator('.post-card__title a').evaluateAll((els) => els.map((el) => el.getAttribute('href')));
  expect(listed).toEqual(published.slice(1).map((post) => `/${post.slug}/`));
});

test('search: each hit links to its section (post › section), cut excerpts end with …, the backdrop shows in dark mode', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.goto(`/${EN_POST.slug}/`);
  await expect.poll(() => isHydrated(page)).toBe(true);
  await page.locator('.search-button').click();
  const dialog = page.getByRole('dialog', { name: 'Search posts' });
  await dialog.getByRole('searchbox').fill('gaussian');
  const hit = dialog.locator('.search-result').filter({ hasText: '3D Gaussian Splatting' }).first();
  await expect(hit.locator('.search-result__link')).toHaveAttribute('href', /^\/deep_learning_2023\/#3d-gaussian-splatting/);
  await expect(hit.locator('.search-result__post')).toHaveText('Year in Review: Deep Learning Papers in 2023');
  await expect(hit.locator('.search-result__section')).toHaveText(/^3D Gaussian Splatting/);
  const excerpts = await dialog.locator('.search-result__excerpt').allTextContents();
  expect(excerpts.length).toBeGreaterThan(0);
  for (const excerpt of excerpts) {
    expect(excerpt, 'an excerpt ends a sentence or says it was cut').toMatch(/[.!?。！？…」』）)"”’:：]$/);
    expect(excerpt, 'no paper-card boilerplate').not.toMatch(/Kerbl, Georgios Kopanas|BibTeX|arXiv:\d/);
  }
  expect(excerpts.some((excerpt) => excerpt.endsWith('…'))).toBe(true);

  // Dimming a near-black page barely shows, so the dialog must stand out from the dimmed page.
  const colours = await page.evaluate(() => {
    const parse = (c: string) => (c.match(/[\d.]+/g) ?? []).map(Number);
    const d = document.querySelector('dialog[open]')!;
    return {
      page: parse(getComputedStyle(document.body).backgroundColor),
      backdrop: parse(getComputedStyle(d, '::backdrop').backgroundColor),
      dialog: parse(getComputedStyle(d).backgroundColor),
    };
  });
  const [r, g, b, a = 1] = colours.backdrop;
  const dimmed = colours.page.slice(0, 3).map((c, i) => c * (1 - a) + [r, g, b][i] * a);
  expect(a, 'the backdrop dims').toBeGreaterThanOrEqual(0.5);
  expect(contrast(colours.dialog, dimmed), 'dialog against the dimmed page').toBeGreaterThanOrEqual(1.2);
});

function luminance([r, g, b]: number[]): number {
  const [R, G, B] = [r, g, b].map((c) => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * R + 0.7152 * G + 0.0722 * B;
}

function contrast(a: number[], b: number[]): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
}
