import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { distinctPagePaths } from '../lib/post-build/site-files';
import { builtProjectCopy } from './fixture-site';
import { axeViolationsInEveryTheme, expectNoOtherOrigin, expectStrictPolicy } from './gates';
import { loadFully } from './page-load';

// A real Gatsby blog (../shared/corpus/gatsby-sample, test input only) imported with
// `npm run import` into a copy of the project with no posts of ours, built with `npm run build`
// and served from the copy's out/. The build itself runs the link check (post-build).
const SAMPLE = path.resolve(process.cwd(), '..', 'shared', 'corpus', 'gatsby-sample');
const SAMPLE_SLUGS = fs
  .readdirSync(path.join(SAMPLE, 'content', 'blog'))
  .filter((name) => fs.existsSync(path.join(SAMPLE, 'content', 'blog', name, 'index.md')));
let imported = { status: -1, stdout: '' };
const site = builtProjectCopy(
  'e2e-import',
  (dir) => {
    const result = spawnSync('npx', ['tsx', 'scripts/import.ts', SAMPLE], { cwd: dir, encoding: 'utf8' });
    imported = { status: result.status ?? -1, stdout: result.stdout };
    if (result.status !== 0) throw new Error(`npm run import failed:\n${result.stdout}\n${result.stderr}`);
  },
  { buildTimeout: 1_200_000 },
); // 17 real posts with 46 images: 4 min alone on a 2-core machine, far more when it is shared

test('npm run import imports every sample post and reports what needs an author; the build publishes each one', () => {
  expect(imported.status).toBe(0);
  expect(imported.stdout).toContain(`${SAMPLE_SLUGS.length} posts: ${SAMPLE_SLUGS.length} imported, 0 unchanged, 0 not imported.`);
  expect(fs.readFileSync(path.join(site.dir, 'import-report.md'), 'utf8')).toBe(`${imported.stdout.split('\nReport written to')[0]}`);
  for (const slug of SAMPLE_SLUGS) expect(fs.existsSync(path.join(site.dir, 'out', slug, 'index.html')), `out/${slug}/index.html`).toBe(true);
  const sitemap = fs.readFileSync(path.join(site.dir, 'out', 'sitemap.xml'), 'utf8');
  for (const slug of SAMPLE_SLUGS) expect(sitemap).toContain(`/${slug}/</loc>`);
});

test('the link check passes on the exported sample', () => {
  const result = spawnSync('npx', ['tsx', 'scripts/post-build.ts', 'out', 'check:links'], { cwd: site.dir, encoding: 'utf8' });
  expect(result.status, result.stdout + result.stderr).toBe(0);
  expect(result.stdout).toContain('every internal link and #anchor resolves');
});

test('every page of the imported site makes no request to another origin and has no CSP violation', async ({ page, context }) => {
  test.setTimeout(600_000);
  const pages = distinctPagePaths(path.join(site.dir, 'out'));
  expect(pages.length).toBeGreaterThan(SAMPLE_SLUGS.length);
  for (const pagePath of pages) {
    await expectNoOtherOrigin(page, `${site.origin}${pagePath}`, site.origin);
    const fresh = await context.newPage();
    await expectStrictPolicy(fresh, `${site.origin}${pagePath}`);
    await fresh.close();
  }
});

for (const slug of SAMPLE_SLUGS) {
  test(`/${slug}/ (imported) has no axe violations in any theme`, async ({ page }) => {
    test.slow();
    await page.goto(`${site.origin}/${slug}/`);
    expect(await axeViolationsInEveryTheme(page)).toEqual([]);
  });
}

test('the lists of the imported site have no axe violations in any theme', async ({ page }) => {
  test.setTimeout(300_000);
  for (const pagePath of ['/', '/page/2/', '/tags/', '/tags/python/', '/language/ja/', '/papers/', '/search/']) {
    await page.goto(`${site.origin}${pagePath}`);
    expect(await axeViolationsInEveryTheme(page), pagePath).toEqual([]);
  }
});

test('a pasted tweet renders as the static card and a pasted YouTube iframe as the facade, which plays on click', async ({ page }) => {
  await loadFully(page, `${site.origin}/surname/`);
  const tweet = page.locator('.prose .tweet');
  await expect(tweet).toHaveCount(1);
  await expect(tweet.locator('.tweet__handle')).toHaveText('@shion_honda');
  await expect(tweet.locator('.tweet__text')).toContainText('結婚しました');
  await expect(
    tweet.locator('a[href^="https://twitter.com/shion_honda/status/1309088103081050114"], a[href^="https://x.com/shion_honda/status/1309088103081050114"]'),
  ).toHaveCount(1);

  // The player is answered here: nothing leaves the machine.
  const player: string[] = [];
  await page.route(
    (url) => url.origin !== site.origin,
    (route) => {
      if (new URL(route.request().url()).hostname !== 'www.youtube-nocookie.com') return route.abort();
      player.push(route.request().url());
      return route.fulfill({ contentType: 'text/html', body: '<!doctype html><title>player</title><p>player stub</p>' });
    },
  );
  await loadFully(page, `${site.origin}/playlist_202006/`);
  expect(player).toEqual([]);
  await expect(page.locator('.prose iframe')).toHaveCount(0);
  await page.locator('.video__poster').first().click();
  await expect(page.locator('.video iframe').first()).toHaveAttribute('src', /^https:\/\/www\.youtube-nocookie\.com\/embed\/1UfVmJBF-OY\?.*start=26/);
  await expect.poll(() => player.length).toBe(1);
});
