import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { validateHtml } from '../scripts/qa/html-validate';
import { builtProjectCopy } from './fixture-site';
import { axeViolationsInEveryTheme, expectNoOtherOrigin, expectStrictPolicy, watchForViolations } from './gates';
import { loadFully } from './page-load';

// Posts the real blog does not have: Markdown with raw HTML, pasted embeds and a mermaid diagram,
// an imported post, HTML-style JSX in MDX (tests/fixtures/md-site/). They are built beside the
// real posts in a copy of the project and served from its out/ for this file.
const FIXTURES = path.join(import.meta.dirname, '..', 'tests', 'fixtures', 'md-site');
const SLUGS = fs.readdirSync(FIXTURES).filter((name) => fs.statSync(path.join(FIXTURES, name)).isDirectory());
const MAP_ORIGIN = 'https://maps.example.org';
const site = builtProjectCopy('e2e-md-posts', (dir) => {
  fs.cpSync(path.join(process.cwd(), 'posts'), path.join(dir, 'posts'), { recursive: true });
  for (const slug of SLUGS) fs.cpSync(path.join(FIXTURES, slug), path.join(dir, 'posts', slug), { recursive: true });
});

/** Answers the embed's host here (nothing leaves the machine); every other foreign request fails. */
async function stubForeignHosts(page: Page): Promise<string[]> {
  const frameRequests: string[] = [];
  await page.route(
    (url) => url.origin !== site.origin,
    (route) => {
      if (new URL(route.request().url()).origin !== MAP_ORIGIN) return route.abort();
      frameRequests.push(route.request().url());
      return route.fulfill({ contentType: 'text/html', body: '<!doctype html><title>map</title><p>map stub</p>' });
    },
  );
  return frameRequests;
}

for (const slug of SLUGS) {
  test(`/${slug}/ passes the privacy, CSP and accessibility gates`, async ({ page, context }) => {
    await expectNoOtherOrigin(page, `${site.origin}/${slug}/`, site.origin);
    const again = await context.newPage();
    await expectStrictPolicy(again, `${site.origin}/${slug}/`);
    expect(await axeViolationsInEveryTheme(again), `axe violations on /${slug}/`).toEqual([]);
  });
}

test('translations declared on one side: both pages carry hreflang alternates and link the other language', async ({ page }) => {
  for (const [slug, other, otherLang] of [
    ['translated_en', 'translated_ja', 'ja'],
    ['translated_ja', 'translated_en', 'en'],
  ]) {
    await page.goto(`${site.origin}/${slug}/`);
    await expect(page.locator(`head link[rel="alternate"][hreflang="${otherLang}"]`)).toHaveAttribute('href', new RegExp(`/${other}/$`));
    await expect(page.locator(`.translation-links a[hreflang="${otherLang}"]`)).toHaveAttribute('href', `/${other}/`);
  }
});

test('every fixture post is valid HTML (Nu HTML Checker)', () => {
  const files = SLUGS.map((slug) => path.join(site.dir, 'out', slug, 'index.html'));
  const errors = validateHtml(files).filter((m) => m.severity === 'error' && !/Content-Security-Policy/.test(m.message));
  expect(errors.map((m) => `${path.relative(site.dir, m.file)}:${m.line}  ${m.message}`)).toEqual([]);
});

test('npm run check lists what it removed as warnings with file:line; --strict fails on them', () => {
  const check = (...args: string[]) => spawnSync('npx', ['tsx', 'scripts/check-content.ts', ...args], { cwd: site.dir, encoding: 'utf8' });
  const lenient = check();
  expect(lenient.status).toBe(0);
  expect(lenient.stdout).toContain('warning  posts/markdown_embeds/index.md:45:1  removed <script> and its content: posts cannot carry scripts');
  expect(lenient.stdout).toContain('warning  posts/imported_notes/index.md:10:1  image "photo.png" has no alt text');
  expect(lenient.stdout).toContain('warning  posts/mdx_html/index.mdx:7:1  removed onclick="alert(1)" from <div>');
  expect(lenient.stdout).toMatch(/0 errors, 8 warnings/);
  const strict = check('--strict');
  expect(strict.status).toBe(1);
  expect(strict.stdout).toMatch(/0 errors, 8 warnings \(--strict: warnings fail the check\)/);
});

test('raw HTML in Markdown renders as safe, styled markup; its script never runs', async ({ page }) => {
  await page.goto(`${site.origin}/markdown_embeds/`);
  await expect(page.locator('.prose .align-center small')).toHaveText('A centred caption in raw HTML');
  await expect(page.locator('.prose .align-center')).toHaveCSS('text-align', 'center');
  await expect(page.locator('.prose details kbd')).toHaveText(['Ctrl', 'K']);
  await expect(page.locator('.prose img[alt="A blue bar"]')).toHaveAttribute('src', /^\/markdown_embeds\/diagram\.[0-9a-f]{10}\.svg$/);
  await expect(page.getByText('a link that was unsafe')).toBeVisible();
  await expect(page.getByRole('link', { name: 'a link that was unsafe' })).toHaveCount(0);
  expect(await page.title()).not.toBe('hacked');
  await expect(page.getByText(/A word in angle brackets like\s+or braces like \{x\} is just text\./)).toBeVisible();
});

test('pasted YouTube iframes and X blockquotes become the video facade and the static tweet card', async ({ page }) => {
  await page.goto(`${site.origin}/markdown_embeds/`);
  await expect(page.locator('.video__poster')).toHaveAttribute('href', 'https://www.youtube.com/watch?v=1UfVmJBF-OY&t=26s');
  await expect(page.locator('.video__title')).toContainText('A pasted video');
  await expect(page.locator('.tweet .tweet__text')).toContainText('Moving a blog should not mean pasting scripts.');
  await expect(page.locator('.tweet .tweet__handle')).toHaveText('@shion_honda');
  await expect(page.locator('.tweet time')).toHaveAttribute('datetime', '2024-01-17');
  await page.goto(`${site.origin}/mdx_html/`);
  await expect(page.locator('.video__title')).toContainText('A video in MDX');
  await expect(page.locator('.callout')).toHaveCSS('padding-left', '16px');
});

test('any other iframe is a facade that requests nothing before the click and loads its host under the page CSP after', async ({ page }) => {
  const frameRequests = await stubForeignHosts(page);
  const watch = await watchForViolations(page);
  await loadFully(page, `${site.origin}/markdown_embeds/`);
  const facade = page.locator('.embed');
  await expect(facade).toContainText('Nothing is loaded from maps.example.org until you ask.');
  expect(frameRequests).toEqual([]);
  const policy = (await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content'))!;
  expect(policy).toContain(`frame-src https://www.youtube-nocookie.com ${MAP_ORIGIN};`);
  await page.getByRole('link', { name: 'Load content from maps.example.org' }).click();
  await expect(page.frameLocator('.embed iframe').locator('p')).toHaveText('map stub');
  expect(frameRequests).toEqual([`${MAP_ORIGIN}/embed?place=paris`]);
  expect(await watch.violations()).toEqual([]);
  expect(watch.consoleErrors).toEqual([]);
  // Only the page with the embed allows its host.
  await page.goto(`${site.origin}/mdx_html/`);
  expect(await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content')).not.toContain(MAP_ORIGIN);
});

test('a mermaid block is an inline SVG diagram in the theme of the page, with no script of its own', async ({ page }) => {
  for (const [scheme, shown, hidden] of [
    ['light', 'light', 'dark'],
    ['dark', 'dark', 'light'],
  ] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    await page.goto(`${site.origin}/markdown_embeds/`);
    await expect(page.locator(`.mermaid__${shown} svg`)).toBeVisible();
    await expect(page.locator(`.mermaid__${hidden} svg`)).toBeHidden();
    await expect(page.locator(`.mermaid__${shown} svg`)).toContainText('Sanitised HTML');
  }
  // The header toggle's pinned theme wins over the OS one.
  await page.evaluate(() => (document.documentElement.dataset.theme = 'light'));
  await expect(page.locator('.mermaid__light svg')).toBeVisible();
  await expect(page.locator('.mermaid script')).toHaveCount(0);
});
