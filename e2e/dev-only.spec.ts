import fs from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { DEV_EVENTS_PATH } from '../lib/urls/site-pages';

// Live reload, the problems page and the dev routes (app/**/*.dev.ts) exist only in `next dev`:
// nothing of them may reach the exported site, not a route, a script nor a listener.
const OUT = 'out';
const TEXT = /\.(html|js|css|txt|json|xml|webmanifest|rsc)$/;
const MARKERS = [DEV_EVENTS_PATH, 'EventSource', 'text/event-stream', 'liveReload', 'live-reload', 'content-problems'];

function files(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const file = path.join(dir, entry.name);
    return entry.isDirectory() ? files(file) : [file];
  });
}

test('the built out/ holds nothing of the live-reload machinery', () => {
  expect(fs.existsSync(path.join(OUT, 'index.html')), 'run npm run build first').toBe(true);
  // The dev routes' folders: no page or handler of them is exported.
  expect(fs.existsSync(path.join(OUT, DEV_EVENTS_PATH))).toBe(false);
  const found: string[] = [];
  for (const file of files(OUT).filter((name) => TEXT.test(name))) {
    const text = fs.readFileSync(file, 'utf8');
    for (const marker of MARKERS) if (text.includes(marker)) found.push(`${file}: ${marker}`);
  }
  expect(found).toEqual([]);
});
