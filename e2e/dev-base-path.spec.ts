import fs from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { freePort, startServer, type Server } from '../scripts/qa/processes';
import { makeProjectCopy } from '../scripts/qa/project-copy';

// `BASE_PATH=/blog npm run dev`: every route of `next dev` is under /blog/, the dev-only ones too
// (images from the post folder, live reload's event stream, search, share cards). Started like
// e2e/dev.spec.ts, in a throwaway copy of the project; its warm-up must ask for the /blog/ URLs.
const BASE = '/blog';
const PNG_1X1 = 'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==';

let server: Server | undefined;
let origin = '';
let project = '';
const postFile = () => path.join(project, 'posts', 'deep_learning_2023', 'index.mdx');

test.describe.configure({ mode: 'serial', timeout: 180_000 });

test.beforeAll(async () => {
  test.setTimeout(420_000); // the first compile of the post route takes minutes on a loaded 2-core machine
  project = makeProjectCopy(process.cwd(), 'e2e-dev-base-path');
  fs.cpSync('posts', path.join(project, 'posts'), { recursive: true });
  fs.writeFileSync(path.join(project, 'posts', 'deep_learning_2023', 'tiny.png'), Buffer.from(PNG_1X1, 'base64'));
  fs.appendFileSync(postFile(), '\n\n![A tiny test image](tiny.png)\n');
  const port = await freePort();
  origin = `http://localhost:${port}`;
  server = await startServer(
    'npx',
    ['tsx', 'scripts/dev.ts', '--port', String(port)],
    project,
    new RegExp(`Warmed up ${BASE}/deep_learning_2023/ and ${BASE}/ in .* open http://localhost:${port}${BASE}/deep_learning_2023/`),
    { ...process.env, NODE_ENV: 'development', NEXT_TELEMETRY_DISABLED: '1', BASE_PATH: BASE },
    400_000,
  );
});

test.afterAll(async () => {
  await server?.stop();
  if (project) fs.rmSync(project, { recursive: true, force: true, maxRetries: 5 });
});

test('a post under /blog/ shows its image from the dev media route and reloads live when saved', async ({ page }) => {
  await page.goto(`${origin}${BASE}/deep_learning_2023/`, { timeout: 120_000 });
  const image = page.locator('.prose img[alt="A tiny test image"]');
  await expect(image).toHaveAttribute('src', `${BASE}/dev-media/deep_learning_2023/tiny.png`, { timeout: 60_000 });
  await image.scrollIntoViewIfNeeded();
  await expect.poll(() => image.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0), { timeout: 60_000 }).toBe(true);

  await page.waitForFunction(() => document.documentElement.dataset.liveReload === 'on', undefined, { timeout: 60_000 });
  await page.evaluate(() => ((window as { notReloaded?: boolean }).notReloaded = true));
  fs.writeFileSync(
    postFile(),
    fs.readFileSync(postFile(), 'utf8').replace('title: "Year in Review: Deep Learning Papers in 2023"', 'title: "Saved under /blog/"'),
  );
  await expect(page.locator('h1')).toHaveText('Saved under /blog/', { timeout: 60_000 });
  expect(await page.evaluate(() => (window as { notReloaded?: boolean }).notReloaded)).toBe(true);
});

test('search and share cards of next dev answer under /blog/', async ({ page, request }) => {
  await page.goto(`${origin}${BASE}/search/?q=${encodeURIComponent('Segment Anything')}`, { timeout: 120_000 });
  await expect(page.locator('.search-result__link').first()).toHaveAttribute('href', new RegExp(`^${BASE}/deep_learning_2023/`), { timeout: 60_000 });
  for (const pathname of ['/deep_learning_2023/og.png', '/og.png']) {
    const response = await request.get(`${origin}${BASE}${pathname}`, { timeout: 120_000 });
    expect(response.status(), pathname).toBe(200);
    expect(response.headers()['content-type']).toBe('image/png');
  }
});
