import fs from 'node:fs';
import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { buildImageFixture, IMAGE_POST } from '../scripts/qa/image-fixture';
import { freePort, startServer, type Server } from '../scripts/qa/processes';
import { layoutShift, loadFully, trackLayoutShift } from './page-load';

// Responsive images, on a site built from a post of large screenshots and photos (made with sharp
// in a throwaway project copy): what Chromium downloads at phone and desktop widths, and that
// nothing shifts while the images arrive. The last test checks the project's own out/.
let server: Server | undefined;
let origin = '';
let project = '';

test.describe.configure({ mode: 'serial', timeout: 600_000 });

test.beforeAll(async () => {
  test.setTimeout(900_000);
  project = await buildImageFixture(process.cwd());
  const port = await freePort();
  origin = `http://127.0.0.1:${port}`;
  server = await startServer(
    'npx',
    ['serve', 'out', '-l', `tcp://127.0.0.1:${port}`, '--no-port-switching', '--no-clipboard'],
    project,
    /Accepting connections|Serving/,
  );
});

test.afterAll(async () => {
  await server?.stop();
  if (project) fs.rmSync(project, { recursive: true, force: true, maxRetries: 5 });
});

/** Every image response while the page loads and is scrolled through: URL path and Content-Type. */
async function imagesFetched(page: Page, url: string): Promise<{ path: string; type: string }[]> {
  const fetched: { path: string; type: string }[] = [];
  page.on('response', (response) => {
    if (response.request().resourceType() === 'image') fetched.push({ path: new URL(response.url()).pathname, type: response.headers()['content-type'] ?? '' });
  });
  await loadFully(page, url);
  return fetched;
}

test('a 390 px phone (DPR 2) fetches every figure as a WebP variant of at most 768 px, never an original', async ({ browser }) => {
  const page = await browser.newPage({ viewport: { width: 390, height: 844 }, deviceScaleFactor: 2 });
  const fetched = await imagesFetched(page, `${origin}/${IMAGE_POST}/`);
  const figures = fetched.filter((image) => image.path.startsWith(`/${IMAGE_POST}/`));
  // Four figures: 350 CSS px wide (the narrow one 360 px at most) at DPR 2 is 700 device px, so the 768 px variant.
  expect(figures.map((image) => image.path.replace(/\.[0-9a-f]{10}\./, '.#.')).sort()).toEqual(
    ['photo-1.768.#.webp', 'photo-2.768.#.webp', 'screen-1.768.#.webp', 'screen-2.768.#.webp'].map((name) => `/${IMAGE_POST}/${name}`),
  );
  for (const image of figures) expect(image.type, image.path).toBe('image/webp');
  await page.close();
});

test('a 1280 px desktop fetches the variant for the 44rem column, and the narrow figure a smaller one', async ({ browser }) => {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 }, deviceScaleFactor: 1 });
  const current = async () => {
    await imagesFetched(page, `${origin}/${IMAGE_POST}/`);
    return page.locator('.prose img').evaluateAll((images) => images.map((img) => new URL((img as HTMLImageElement).currentSrc).pathname));
  };
  const sources = await current();
  expect(sources.map((src) => src.replace(/\.[0-9a-f]{10}\./, '.#.'))).toEqual(
    ['screen-1.768.#.webp', 'photo-1.768.#.webp', 'screen-2.768.#.webp', 'photo-2.480.#.webp'].map((name) => `/${IMAGE_POST}/${name}`),
  );
  await page.close();
});

test('the first figure is fetched at once with high priority, the others lazily; all keep their width and height', async ({ page }) => {
  await page.goto(`${origin}/${IMAGE_POST}/`);
  const images = page.locator('.prose picture img');
  await expect(images).toHaveCount(4);
  await expect(images.first()).toHaveAttribute('fetchpriority', 'high');
  expect(await images.first().getAttribute('loading')).toBeNull();
  for (const i of [1, 2, 3]) await expect(images.nth(i)).toHaveAttribute('loading', 'lazy');
  for (const [i, size] of [
    [0, ['2400', '1500']],
    [1, ['3000', '2000']],
    [2, ['1600', '1000']],
    [3, ['1800', '1200']],
  ] as const) {
    await expect(images.nth(i)).toHaveAttribute('width', size[0]);
    await expect(images.nth(i)).toHaveAttribute('height', size[1]);
  }
  await expect(page.locator('.prose picture source[type="image/webp"]')).toHaveCount(4);
});

for (const width of [390, 1280]) {
  test(`the post does not shift while its images load (${width}px)`, async ({ browser }) => {
    const page = await browser.newPage({ viewport: { width, height: 800 } });
    await trackLayoutShift(page);
    // Images arrive late, as on a poor connection, so any reflow they cause shows up.
    await page.route(/\.(webp|png|jpg)$/, async (route) => {
      await new Promise((resolve) => setTimeout(resolve, 500));
      await route.continue();
    });
    await imagesFetched(page, `${origin}/${IMAGE_POST}/`);
    expect(await layoutShift(page)).toBe(0);
    await page.close();
  });
}

test('the featured post and list cards show the cover as a WebP of the width laid out; the share card uses it too', async ({ browser }) => {
  // A fresh context (empty cache) per page: Chromium would reuse a larger variant it already holds.
  const covers = async (url: string, priorityImage: string) => {
    const page = await browser.newPage({ viewport: { width: 390, height: 844 }, deviceScaleFactor: 2 });
    const fetched = (await imagesFetched(page, url))
      .filter((image) => image.path.startsWith(`/${IMAGE_POST}/cover`))
      .map((image) => [image.path.replace(/\.[0-9a-f]{10}\./, '.#.'), image.type]);
    await expect(page.locator(priorityImage).first()).toHaveAttribute('fetchpriority', 'high');
    await page.close();
    return fetched;
  };
  // The gallery is the newest post, so the home page features it: 390 - 88 = 302 CSS px at DPR 2 is 604 device px.
  expect(await covers(`${origin}/`, '.featured__cover')).toEqual([[`/${IMAGE_POST}/cover.768.#.webp`, 'image/webp']]);
  // On its tag page it is a card: 8rem at DPR 2 is 256 device px, the smallest variant.
  expect(await covers(`${origin}/tags/images/`, '.post-card__cover')).toEqual([[`/${IMAGE_POST}/cover.480.#.webp`, 'image/webp']]);
  const card = await fetch(`${origin}/${IMAGE_POST}/og.png`);
  expect(card.status).toBe(200);
});

test('the project build has no dev-only route and no page points at one', async ({ request }) => {
  // This one runs against the project's own out/ (the suite's static server).
  expect(fs.existsSync(path.join('out', 'dev-media'))).toBe(false);
  expect((await request.get('/dev-media/deep_learning_2023/sam-architecture.svg')).status()).toBe(404);
  const pages = fs.readdirSync('out', { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith('.html'));
  expect(pages.length).toBeGreaterThan(5);
  for (const file of pages) expect(fs.readFileSync(path.join('out', file), 'utf8'), file).not.toContain('/dev-media/');
});
