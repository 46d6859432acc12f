import fs from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { freePort, startServer, type Server } from '../lib/bench/processes';
import { makeProjectCopy } from '../lib/bench/project-copy';

// Editors preview posts with `npm run dev` (`next dev` plus a warm-up of the post route). This starts
// one on a free port for the duration of the file, in a throwaway copy of the project (in .bench/)
// so tests can edit and add posts freely. It waits for the warm-up's report, so a broken warm-up
// fails here.
const PNG_1X1 = 'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==';

let server: Server | undefined;
let origin = '';
let project = '';

test.describe.configure({ mode: 'serial', timeout: 180_000 });

test.beforeAll(async () => {
  test.setTimeout(180_000);
  project = makeProjectCopy(process.cwd(), 'e2e-dev');
  fs.cpSync('posts', path.join(project, 'posts'), { recursive: true });
  const port = await freePort();
  origin = `http://127.0.0.1:${port}`;
  server = await startServer('npx', ['tsx', 'scripts/dev.ts', '--hostname', '127.0.0.1', '--port', String(port)], project, /Warmed up \/deep_learning_2023\/ and \//, {
    ...process.env,
    NODE_ENV: 'development',
    NEXT_TELEMETRY_DISABLED: '1',
  });
});

test.afterAll(async () => {
  // Stop the whole server before removing the copy it writes to.
  await server?.stop();
  if (project) fs.rmSync(project, { recursive: true, force: true, maxRetries: 5 });
});

test('next dev shows a draft with its banner and lists it marked "Draft"', async ({ page }) => {
  await page.goto(`${origin}/deep_learning_2022_draft/`, { timeout: 120_000 });
  await expect(page.locator('h1')).toHaveText('Deep Learning in 2022');
  await expect(page.locator('.draft-banner')).toContainText('Draft');

  await page.goto(`${origin}/`, { timeout: 120_000 });
  const card = page.locator('.post-card', { hasText: 'Deep Learning in 2022' }).filter({ has: page.locator('.draft-badge') });
  await expect(card).toHaveCount(1);
  await expect(card.locator('.draft-badge')).toHaveText('Draft');
});

test('next dev serves images beside a post as files, with their type and the sizes a build writes', async ({ page }) => {
  const dir = path.join(project, 'posts', 'deep_learning_2023');
  fs.writeFileSync(path.join(dir, 'tiny.png'), Buffer.from(PNG_1X1, 'base64'));
  fs.symlinkSync(path.join(project, 'package.json'), path.join(dir, 'linked.svg'));
  await page.goto(`${origin}/deep_learning_2023/`, { timeout: 120_000 });
  const image = page.locator('.prose figure img').first();
  const src = (await image.getAttribute('src')) ?? '';
  expect(src).toMatch(/^\/dev-media\/deep_learning_2023\/[\w-]+\.svg$/);
  await expect(image).toHaveAttribute('width', /^\d+$/);
  // Lazy: it loads once scrolled to, from the dev route.
  await image.scrollIntoViewIfNeeded();
  await expect.poll(() => image.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0), { timeout: 60_000 }).toBe(true);
  // No image is inlined: the page stays the size of its text.
  expect(await page.content()).not.toContain('data:image/');

  const svg = await page.request.get(`${origin}${src}`);
  expect(svg.headers()['content-type']).toBe('image/svg+xml');
  expect(Buffer.compare(await svg.body(), fs.readFileSync(path.join(dir, path.basename(src))))).toBe(0);
  const png = await page.request.get(`${origin}/dev-media/deep_learning_2023/tiny.png`);
  expect(png.headers()['content-type']).toBe('image/png');
  // Only image files inside posts/: not a link out of it, not the post's source.
  for (const url of ['/dev-media/deep_learning_2023/linked.svg', '/dev-media/deep_learning_2023/index.mdx', '/dev-media/..%2Fpackage.json/x.svg']) {
    expect((await page.request.get(`${origin}${url}`)).status(), url).toBe(404);
  }
});

test('a saved edit to a post shows on the next request', async ({ page }) => {
  const file = path.join(project, 'posts', 'deep_learning_2023', 'index.mdx');
  const source = fs.readFileSync(file, 'utf8');
  fs.writeFileSync(file, source.replace('## Fast Inference', 'A paragraph added while the server runs.\n\n## Fast Inference'));
  await page.goto(`${origin}/deep_learning_2023/`, { timeout: 120_000 });
  await expect(page.locator('.prose p', { hasText: 'A paragraph added while the server runs.' })).toHaveCount(1);
});

test('a new post folder shows at its URL and on the home page', async ({ page }) => {
  const dir = path.join(project, 'posts', 'added_while_running');
  fs.mkdirSync(dir);
  fs.writeFileSync(path.join(dir, 'index.mdx'), '---\ntitle: "Added while running"\ndate: 2030-01-01\n---\n\nBrand new body text.\n');

  await page.goto(`${origin}/`, { timeout: 120_000 });
  await expect(page.locator('.post-card').first()).toContainText('Added while running');

  // Next answers from the slugs it listed last time and lists them again in the background, so a
  // brand-new URL may 404 once before it renders.
  await expect(async () => {
    const response = await page.goto(`${origin}/added_while_running/`, { timeout: 120_000 });
    expect(response?.status()).toBe(200);
  }).toPass({ timeout: 120_000 });
  await expect(page.locator('h1')).toHaveText('Added while running');
  await expect(page.locator('.prose')).toContainText('Brand new body text.');
});
