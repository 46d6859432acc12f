import fs from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { exportedPages } from './exported-pages';
import { expectNoOtherOrigin } from './gates';
import { loadFully } from './page-load';

for (const pagePath of exportedPages) {
  test(`${pagePath} makes no request to another origin`, async ({ page, baseURL }) => {
    await expectNoOtherOrigin(page, pagePath, new URL(baseURL!).origin);
  });
}

test('KaTeX fonts load from the site itself', async ({ page, baseURL }) => {
  const fonts: { url: string; status: number }[] = [];
  page.on('response', (response) => {
    if (response.request().resourceType() === 'font') fonts.push({ url: response.url(), status: response.status() });
  });
  await loadFully(page, '/deep_learning_2023/');
  const loadedFamilies = await page.evaluate(async () => {
    await document.fonts.ready;
    return [...document.fonts].filter((font) => font.status === 'loaded').map((font) => font.family);
  });
  expect(loadedFamilies.some((family) => family.includes('KaTeX_Main'))).toBe(true);
  expect(fonts.length).toBeGreaterThan(0);
  for (const font of fonts) {
    const url = new URL(font.url);
    expect(url.origin).toBe(new URL(baseURL!).origin);
    expect(font.status).toBe(200);
    expect(fs.existsSync(path.join('out', decodeURIComponent(url.pathname))), `${url.pathname} is a file in out/`).toBe(true);
  }
});

test('every url() in the exported CSS is a file in out/', () => {
  const cssFiles = (fs.readdirSync('out', { recursive: true }) as string[]).filter((file) => file.endsWith('.css'));
  expect(cssFiles.length).toBeGreaterThan(0);
  const problems: string[] = [];
  for (const file of cssFiles) {
    const css = fs.readFileSync(path.join('out', file), 'utf8');
    for (const [, raw] of css.matchAll(/url\(\s*([^)]*?)\s*\)/g)) {
      const url = raw.replace(/^(['"])(.*)\1$/, '$2');
      if (url.startsWith('data:') || url.startsWith('#')) continue;
      if (/^([a-z]+:)?\/\//i.test(url)) problems.push(`${file}: ${url} is on another host`);
      else if (!fs.existsSync(path.join('out', url.startsWith('/') ? '' : path.dirname(file), url.split(/[?#]/)[0])))
        problems.push(`${file}: ${url} is missing`);
    }
  }
  expect(problems).toEqual([]);
});
