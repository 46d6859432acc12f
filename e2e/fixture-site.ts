// A site built from a copy of the project with other posts than the real blog's, served from its
// out/ for the spec file that calls this (pagination with many posts, fixture Markdown posts…).
import fs from 'node:fs';
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
