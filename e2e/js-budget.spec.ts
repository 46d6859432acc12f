import fs from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { clientJsOnPage, readClientManifest } from '../scripts/qa/client-js';
import { htmlFiles } from '../lib/post-build/site-files';

/** Our own client JS (islands, not the React/Next runtime) a post page may load, gzipped. */
const BUDGET_GZIP_BYTES = 5_000;

test(`our client JS on every post page stays within ${BUDGET_GZIP_BYTES} bytes gzipped`, () => {
  const manifest = readClientManifest('.next', '[slug]/page');
  const postPages = htmlFiles('out').filter((file) => fs.readFileSync(path.join('out', file), 'utf8').includes('<article class="post"'));
  expect(postPages).toContain('deep_learning_2022/index.html');
  for (const page of postPages) {
    const { ours } = clientJsOnPage('out', page, manifest);
    // The 2022 post has a video facade and copy buttons, so its islands must be found and counted.
    if (page === 'deep_learning_2022/index.html') expect(ours.gzip).toBeGreaterThan(0);
    expect(ours.gzip, `${page}: ${ours.chunks.join(', ')}`).toBeLessThanOrEqual(BUDGET_GZIP_BYTES);
  }
});
