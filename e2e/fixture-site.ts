// Copies of the project for the spec file that calls these: a site built from other posts than the
// real blog's, served from its out/ (pagination with many posts, fixture Markdown posts…), or
// `npm run dev` running in a copy whose posts the tests may edit, add and break.
import fs from 'node:fs';
import path from 'node:path';
import { test } from '@playwright/test';
import { makeProjectCopy } from '../scripts/qa/project-copy';
import { freePort, run, startServer, type Server } from '../scripts/qa/processes';

/**
 * Builds the copy once before the file's tests (`prepare` fills its posts/) and removes it after.
 * Returns the copy's folder and the origin it is served at, both set once the build is done.
 */
export function builtProjectCopy(label: string, prepare: (dir: string) => void, { buildTimeout = 400_000 } = {}): { dir: string; origin: string } {
  const site = { dir: '', origin: '' };
  let server: Server | undefined;
  test.describe.configure({ mode: 'serial', timeout: 300_000 });
  test.beforeAll(async () => {
    test.setTimeout(buildTimeout); // a whole npm run build
    site.dir = makeProjectCopy(process.cwd(), label);
    prepare(site.dir);
    await run('npm', ['run', 'build'], site.dir, { ...process.env, NODE_ENV: 'production' });
    const port = await freePort();
    site.origin = `http://127.0.0.1:${port}`;
    server = await startServer(
      'npx',
      ['serve', 'out', '-l', `tcp://127.0.0.1:${port}`, '--no-port-switching', '--no-clipboard'],
      site.dir,
      /Accepting connections|Serving/,
    );
  });
  test.afterAll(async () => {
    await server?.stop();
    if (site.dir) fs.rmSync(site.dir, { recursive: true, force: true });
  });
  return site;
}

/** A 1×1 PNG, for tests that put an image beside a post. */
export const PNG_1X1 = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==', 'base64');

/**
 * `npm run dev` (scripts/dev.ts) on a free port in a copy of the project holding our posts
 * (`prepare` may change them first), for the file's tests; stopped and removed after them. Waits
 * for the warm-up's report of the newest post and the home page (under `basePath` when given), so
 * a broken warm-up fails here. The origin is localhost: next dev refuses its HMR socket to 127.0.0.1.
 */
export function devProjectCopy(
  label: string,
  { basePath = '', prepare }: { basePath?: string; prepare?: (dir: string) => void } = {},
): { dir: string; origin: string } {
  const site = { dir: '', origin: '' };
  let server: Server | undefined;
  test.describe.configure({ mode: 'serial', timeout: 180_000 });
  test.beforeAll(async () => {
    test.setTimeout(420_000); // the first compile of the post route takes minutes on a loaded 2-core machine
    site.dir = makeProjectCopy(process.cwd(), label);
    fs.cpSync('posts', path.join(site.dir, 'posts'), { recursive: true });
    prepare?.(site.dir);
    const port = await freePort();
    site.origin = `http://localhost:${port}`;
    const newest = `${basePath}/deep_learning_2023/`;
    server = await startServer(
      'npx',
      ['tsx', 'scripts/dev.ts', '--port', String(port)],
      site.dir,
      new RegExp(`Warmed up ${newest} and ${basePath}/ in .* open ${site.origin}${newest}`),
      { ...process.env, NODE_ENV: 'development', NEXT_TELEMETRY_DISABLED: '1', ...(basePath ? { BASE_PATH: basePath } : {}) },
      400_000,
    );
  });
  test.afterAll(async () => {
    // Stop the whole server before removing the copy it writes to.
    await server?.stop();
    if (site.dir) fs.rmSync(site.dir, { recursive: true, force: true, maxRetries: 5 });
  });
  return site;
}
