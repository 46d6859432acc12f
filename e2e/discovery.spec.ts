// Feeds, sitemap, share cards, structured data and icons of the exported site.
import fs from 'node:fs';
import path from 'node:path';
import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import type { Element } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { visit } from 'unist-util-visit';
import { POSTS_DIR, visiblePosts } from '../lib/content';
import { loadAllPosts } from '../lib/content/load';
import { buildTagIndex } from '../lib/content/tags';
import { FEED_SIZE } from '../lib/feeds/build';
import { tagFeedPath } from '../lib/urls/site-pages';
import { htmlFiles, pagePath } from '../lib/post-build/site-files';
import { ICONS } from '../lib/og/icons';
import { absoluteUrl, sitePages } from '../lib/urls/site-pages';
import { siteConfig } from '../site.config';
import { htmlText, readAtom, readJsonFeed, readRss, readSitemap, type ReadItem } from '../tests/feed-reader';
import { pngSize } from '../tests/png-size';

const DRAFT = 'deep_learning_2022_draft';
const allPosts = loadAllPosts({ postsDir: POSTS_DIR });
const publicPosts = visiblePosts(allPosts, false);
const postUrls = (posts = publicPosts) => posts.slice(0, FEED_SIZE).map((post) => absoluteUrl(`/${post.slug}/`));

test('the repo has a draft to prove it stays out', () => {
  expect(allPosts.find((post) => post.slug === DRAFT)?.draft).toBe(true);
  expect(publicPosts.length).toBeGreaterThan(1);
});

async function fetchText(request: APIRequestContext, url: string): Promise<string> {
  const response = await request.get(url);
  expect(response.status(), url).toBe(200);
  return response.text();
}

/** The site path of an absolute URL on this site, or undefined for other sites. */
function sitePath(url: string): string | undefined {
  return url.startsWith(`${siteConfig.url}/`) ? decodeURIComponent(new URL(url).pathname) : undefined;
}

/** The file a static host serves for a site path. */
function outFile(pathname: string): string {
  return path.join('out', pathname.endsWith('/') ? `${pathname}index.html` : pathname);
}

/** Every link and image in an item's HTML is absolute, and the images are files of this site. */
function expectAbsoluteLinks(item: ReadItem) {
  const links: string[] = [];
  const images: string[] = [];
  visit(fromHtml(item.html, { fragment: true }), 'element', (node: Element) => {
    if (typeof node.properties.href === 'string') links.push(node.properties.href);
    if (typeof node.properties.src === 'string') images.push(node.properties.src);
  });
  expect(links.length, item.link).toBeGreaterThan(0);
  for (const url of [...links, ...images]) expect(url, `${item.link}: ${url}`).toMatch(/^(?:https?:|mailto:)/);
  for (const url of images) {
    const local = sitePath(url);
    expect(local && fs.existsSync(outFile(local)), `${item.link}: ${url} is in out/`).toBe(true);
  }
}

test.describe('feeds', () => {
  test('RSS, Atom and JSON Feed hold exactly the public posts, newest first, with full bodies', async ({ request }) => {
    const feeds = {
      rss: readRss(await fetchText(request, '/rss.xml')),
      atom: readAtom(await fetchText(request, '/atom.xml')),
      json: readJsonFeed(await fetchText(request, '/feed.json')),
    };
    for (const [format, feed] of Object.entries(feeds)) {
      expect(
        feed.items.map((item) => item.link),
        format,
      ).toEqual(postUrls());
      expect(
        feed.items.map((item) => item.title),
        format,
      ).toEqual(publicPosts.slice(0, FEED_SIZE).map((post) => post.title));
      for (const item of feed.items) expectAbsoluteLinks(item);
      // The whole article, not an excerpt: the last section of the 2022 review is in it.
      const review2022 = feed.items.find((item) => item.link.endsWith('/deep_learning_2022/'))!;
      expect(htmlText(review2022.html), format).toContain('Stable Diffusion & DreamStudio');
      expect(review2022.html, format).toMatch(/<img src="https:\/\/hippocampus-garden\.com\/deep_learning_2022\/[^"]+\.[0-9a-f]{10}\.svg"/);
      expect(review2022.html, format).not.toMatch(/<script|<button/);
    }
  });

  test('each tag has an RSS feed with only its posts', async ({ request }) => {
    const tags = buildTagIndex(publicPosts);
    expect(tags.length).toBeGreaterThan(1);
    for (const tag of tags) {
      const feed = readRss(await fetchText(request, encodeURI(tagFeedPath(tag.slug))));
      expect(
        feed.items.map((item) => item.link),
        tag.slug,
      ).toEqual(postUrls(tag.posts));
    }
  });

  test('no feed mentions the draft', () => {
    const feedFiles = ['rss.xml', 'atom.xml', 'feed.json', ...buildTagIndex(publicPosts).map((tag) => tagFeedPath(tag.slug).slice(1))];
    for (const file of feedFiles) expect(fs.readFileSync(path.join('out', file), 'utf8'), file).not.toContain(DRAFT);
  });
});

/** The URL of every exported index.html page. */
function htmlPages(): string[] {
  return htmlFiles('out')
    .filter((file) => file.endsWith('index.html'))
    .map(pagePath);
}

test.describe('sitemap and robots', () => {
  test('the sitemap lists every public page in out/ and nothing else', async ({ request }) => {
    const xml = await fetchText(request, '/sitemap.xml');
    const entries = readSitemap(xml);
    const locs = entries.map((e) => e.loc);
    for (const loc of locs) expect(loc, 'absolute URL on the site').toMatch(new RegExp(`^${siteConfig.url}/`));
    const paths = locs.map((loc) => sitePath(loc)!);
    // Every sitemap URL resolves, and every exported page is in the sitemap, but the 404 pages,
    // and pages asking not to be indexed (/page/1/).
    for (const pathname of paths) expect((await request.get(encodeURI(pathname))).status(), pathname).toBe(200);
    const unlisted = (p: string) =>
      /http-equiv="refresh"|<meta name="robots" content="noindex/.test(fs.readFileSync(path.join('out', p, 'index.html'), 'utf8'));
    const exported = htmlPages().filter((p) => p !== '/404/' && p !== '/_not-found/' && !unlisted(p));
    expect(exported).toEqual(expect.arrayContaining(['/tags/', '/papers/', '/about/', '/privacy-policy/', '/search/', '/language/en/']));
    expect([...paths].sort()).toEqual([...exported].sort());
    expect(entries).toEqual(sitePages(publicPosts).map((page) => ({ loc: absoluteUrl(page.path), lastmod: page.lastModified })));
    expect(xml).not.toContain(DRAFT);
  });

  test('every indexable page has a description of its own', () => {
    // Next replaces a layout's description with a page's, even an undefined one: tag and list
    // pages once went out without any (Lighthouse SEO 92 on /tags/<tag>/).
    const descriptions = new Map<string, string>();
    for (const page of htmlPages().filter((p) => p !== '/404/' && p !== '/_not-found/')) {
      const html = fs.readFileSync(path.join('out', page, 'index.html'), 'utf8');
      if (/http-equiv="refresh"|<meta name="robots" content="noindex/.test(html)) continue;
      const description = html.match(/<meta name="description" content="([^"]*)"/)?.[1];
      expect(description?.trim(), `${page} has a meta description`).toBeTruthy();
      expect(descriptions.get(description!), `${page} repeats the description of another page`).toBeUndefined();
      descriptions.set(description!, page);
    }
    expect(descriptions.size).toBeGreaterThan(10);
  });

  test('robots.txt points at the sitemap', async ({ request }) => {
    expect(await fetchText(request, '/robots.txt')).toContain(`Sitemap: ${siteConfig.url}/sitemap.xml`);
  });
});

async function meta(page: Page, property: string): Promise<string | null> {
  return page.locator(`meta[property="${property}"], meta[name="${property}"]`).first().getAttribute('content');
}

async function jsonLd(page: Page): Promise<Record<string, unknown>[]> {
  const scripts = await page.locator('script[type="application/ld+json"]').allTextContents();
  return scripts.map((text) => JSON.parse(text));
}

test.describe('share cards and structured data', () => {
  for (const post of publicPosts) {
    test(`${post.slug}: Open Graph, X card, share image and JSON-LD`, async ({ page, request }) => {
      await page.goto(`/${post.slug}/`);
      const url = absoluteUrl(`/${post.slug}/`);
      const image = `${url}og.png`;
      await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', post.canonicalUrl ?? url);
      expect(await meta(page, 'og:type')).toBe('article');
      expect(await meta(page, 'og:title')).toBe(post.title);
      expect(await meta(page, 'og:description')).toBe(post.excerpt);
      expect(await meta(page, 'og:image')).toBe(image);
      expect(await meta(page, 'article:published_time')).toBe(post.date);
      expect(await meta(page, 'article:modified_time')).toBe(post.updated ?? post.date);
      await expect(page.locator('meta[property="article:tag"]')).toHaveCount(post.tags.length);
      expect(await meta(page, 'twitter:card')).toBe('summary_large_image');
      expect(await meta(page, 'twitter:image')).toBe(image);

      const png = await request.get(`/${post.slug}/og.png`);
      expect(png.headers()['content-type']).toBe('image/png');
      expect(pngSize(await png.body())).toEqual({ width: 1200, height: 630 });

      const data = await jsonLd(page);
      const posting = data.find((d) => d['@type'] === 'BlogPosting')!;
      expect(posting).toMatchObject({ headline: post.title, url, image, datePublished: post.date, inLanguage: post.lang, keywords: post.tags });
      const breadcrumbs = data.find((d) => d['@type'] === 'BreadcrumbList')!;
      expect((breadcrumbs.itemListElement as { item: string }[]).map((i) => i.item)).toEqual([absoluteUrl('/'), url]);
    });
  }

  test('home: website card and WebSite data', async ({ page, request }) => {
    await page.goto('/');
    expect(await meta(page, 'og:type')).toBe('website');
    expect(await meta(page, 'og:image')).toBe(absoluteUrl('/og.png'));
    expect(pngSize(await (await request.get('/og.png')).body())).toEqual({ width: 1200, height: 630 });
    const website = (await jsonLd(page)).find((d) => d['@type'] === 'WebSite');
    expect(website).toMatchObject({ name: siteConfig.title, url: absoluteUrl('/') });
  });
});

test.describe('feed links and icons in every head', () => {
  for (const pathname of ['/', `/${publicPosts[0].slug}/`]) {
    test(`${pathname}: feed links, favicon, Apple icon and manifest`, async ({ page, request }) => {
      const missing: string[] = [];
      page.on('response', (response) => response.status() === 404 && missing.push(response.url()));
      await page.goto(pathname);
      for (const [type, feed] of [
        ['application/rss+xml', '/rss.xml'],
        ['application/atom+xml', '/atom.xml'],
        ['application/feed+json', '/feed.json'],
      ]) {
        await expect(page.locator(`link[rel="alternate"][type="${type}"]`)).toHaveAttribute('href', absoluteUrl(feed));
      }
      const icon = await request.get((await page.locator('link[rel="icon"][type="image/svg+xml"]').getAttribute('href'))!);
      expect(icon.headers()['content-type']).toContain('image/svg+xml');
      const apple = await request.get((await page.locator('link[rel="apple-touch-icon"]').getAttribute('href'))!);
      expect(pngSize(await apple.body())).toEqual({ width: ICONS.apple.size, height: ICONS.apple.size });

      const manifest = await (await request.get((await page.locator('link[rel="manifest"]').getAttribute('href'))!)).json();
      expect(manifest.name).toBe(siteConfig.title);
      for (const entry of manifest.icons.filter((i: { type: string }) => i.type === 'image/png')) {
        const [width, height] = entry.sizes.split('x').map(Number);
        expect(pngSize(await (await request.get(entry.src)).body()), entry.src).toEqual({ width, height });
      }
      // With an icon link in the head, the browser does not go looking for /favicon.ico.
      await page.waitForLoadState('networkidle');
      expect(missing).toEqual([]);
    });
  }
});

test('every file in public/ is served as it is (favicon.ico for old clients, humans.txt)', async ({ request }) => {
  const files = fs.readdirSync('public', { recursive: true, encoding: 'utf8' }).filter((name) => fs.statSync(path.join('public', name)).isFile());
  expect(files).toEqual(expect.arrayContaining(['favicon.ico', 'humans.txt']));
  for (const name of files) {
    const response = await request.get(`/${name.split(path.sep).map(encodeURIComponent).join('/')}`);
    expect(response.status(), name).toBe(200);
    expect(Buffer.compare(await response.body(), fs.readFileSync(path.join('public', name))), name).toBe(0);
  }
});
