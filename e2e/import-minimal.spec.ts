import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { distinctPagePaths, htmlFiles, pagePath } from '../lib/post-build/site-files';
import { builtProjectCopy } from './fixture-site';
import { axeViolationsInEveryTheme, expectNoOtherOrigin, expectStrictPolicy } from './gates';

// The barest blog someone may bring: an Astro content collection of flat Markdown files, one
// language, no tags, no series, no paper cards, no featured images. Imported alone (none of our
// posts), it must build and every page that would be empty must say so or be left out.
const site = builtProjectCopy('e2e-import-minimal', (dir) => {
  const blog = fs.mkdtempSync(path.join(os.tmpdir(), 'astro-blog-'));
  const posts = path.join(blog, 'src', 'content', 'blog');
  fs.mkdirSync(posts, { recursive: true });
  fs.writeFileSync(
    path.join(posts, 'first-post.md'),
    "---\ntitle: 'First post'\ndescription: 'Lorem ipsum dolor sit amet'\npubDate: 'Jul 08 2022'\n---\n\nHello, this is my first post.\n",
  );
  fs.writeFileSync(
    path.join(posts, 'second-post.md'),
    "---\ntitle: 'Second post'\ndescription: 'More words'\npubDate: 'Jul 15 2022'\n---\n\nSee [the first one](/blog/first-post/).\n",
  );
  const result = spawnSync('npx', ['tsx', 'scripts/import.ts', blog], { cwd: dir, encoding: 'utf8' });
  fs.rmSync(blog, { recursive: true });
  if (result.status !== 0) throw new Error(`npm run import failed:\n${result.stdout}\n${result.stderr}`);
});

test('the posts are published and the link between them is an in-site link', async ({ page }) => {
  await page.goto(`${site.origin}/second-post/`);
  await expect(page.locator('h1')).toHaveText('Second post');
  await expect(page.locator('.prose a', { hasText: 'the first one' })).toHaveAttribute('href', '/first-post/');
  await page.goto(`${site.origin}/first-post/`);
  await expect(page.locator('h1')).toHaveText('First post');
});

test('without tags there are no tag pages and /tags/ says so; without paper cards /papers/ says so; one language page', async ({ page }) => {
  const pages = htmlFiles(path.join(site.dir, 'out')).map(pagePath);
  expect(pages.filter((p) => p.startsWith('/tags/'))).toEqual(['/tags/']);
  expect(pages.filter((p) => p.startsWith('/language/'))).toEqual(['/language/en/']);
  await page.goto(`${site.origin}/tags/`);
  await expect(page.locator('main')).toContainText('No post has tags yet.');
  await page.goto(`${site.origin}/papers/`);
  await expect(page.locator('main')).toContainText('No post discusses a paper yet.');
  await page.goto(`${site.origin}/first-post/`);
  await expect(page.locator('nav.series, .translation-links')).toHaveCount(0);
});

test('every page passes the privacy, CSP and accessibility gates', async ({ page, context }) => {
  test.setTimeout(300_000);
  for (const pagePath of distinctPagePaths(path.join(site.dir, 'out'))) {
    await expectNoOtherOrigin(page, `${site.origin}${pagePath}`, site.origin);
    const fresh = await context.newPage();
    await expectStrictPolicy(fresh, `${site.origin}${pagePath}`);
    expect(await axeViolationsInEveryTheme(fresh), pagePath).toEqual([]);
    await fresh.close();
  }
});
