import { chromium } from '@playwright/test';
import { spawn } from 'node:child_process';
const site = process.argv[2];
const server = spawn('node_modules/.bin/serve', [site, '-l', 'tcp://127.0.0.1:4243', '--no-port-switching', '--no-clipboard'], { stdio: 'ignore' });
await new Promise((r) => setTimeout(r, 3000));
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium' });
try {
  for (const width of [390, 1280]) for (const scheme of ['light', 'dark'] as const) {
    const page = await browser.newPage({ viewport: { width, height: 900 }, colorScheme: scheme });
    for (const [name, url] of [['post', '/raster_gallery/'], ['home', '/']]) {
      await page.goto(`http://127.0.0.1:4243${url}`, { waitUntil: 'networkidle' });
      if (name === 'post') await page.locator('.prose figure').first().scrollIntoViewIfNeeded();
      await page.evaluate(async () => { for (let y = 0; y < document.body.scrollHeight; y += 500) { window.scrollTo(0, y); await new Promise((r) => setTimeout(r, 60)); } window.scrollTo(0, 0); });
      await page.waitForLoadState('networkidle');
      if (name === 'post') await page.locator('.prose figure').first().evaluate((e) => e.scrollIntoView({ block: 'start' }));
      await page.screenshot({ path: `/tmp/shot-${name}-${width}-${scheme}.png` });
    }
    await page.close();
  }
} finally { await browser.close(); server.kill(); }
