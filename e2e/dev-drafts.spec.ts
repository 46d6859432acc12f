import { spawn, type ChildProcess } from 'node:child_process';
import net from 'node:net';
import { expect, test } from '@playwright/test';

// Editors preview drafts with `next dev`; this starts one on a free port for the duration of the file.
let server: ChildProcess | undefined;
let origin = '';

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as net.AddressInfo;
      probe.close(() => resolve(port));
    });
    probe.on('error', reject);
  });
}

test.describe.configure({ mode: 'serial', timeout: 180_000 });

test.beforeAll(async () => {
  const port = await freePort();
  origin = `http://127.0.0.1:${port}`;
  server = spawn('npx', ['next', 'dev', '--hostname', '127.0.0.1', '--port', String(port)], { stdio: 'pipe', detached: true, env: { ...process.env, NODE_ENV: 'development' } });
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('next dev did not start in 120 s')), 120_000);
    server!.stdout!.on('data', (chunk: Buffer) => {
      if (/Ready in|Local:/.test(chunk.toString())) {
        clearTimeout(timer);
        resolve();
      }
    });
    server!.on('exit', (code) => reject(new Error(`next dev exited with ${code}`)));
  });
});

test.afterAll(() => {
  // The server was started in its own process group so the whole tree stops with it.
  if (server?.pid) process.kill(-server.pid, 'SIGTERM');
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
