import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, it } from 'node:test';
import { findBrokenLinks } from '../lib/build/check-links';
import { POST_BUILD_STEPS } from '../lib/build/post-build';

describe('link checker over an exported site', () => {
  it('finds the planted broken link and broken anchors, and nothing else', () => {
    const broken = findBrokenLinks(path.join(import.meta.dirname, 'fixtures/out-site'));
    assert.deepEqual(broken, [
      { page: 'index.html', url: '/missing/', reason: 'no such file' },
      { page: 'index.html', url: '/post/#nowhere', reason: 'no element with id "nowhere" on post/index.html' },
      { page: 'post/index.html', url: '#gone', reason: 'no element with id "gone" on post/index.html' },
    ]);
  });
});

describe('link checker and responsive images', () => {
  it('checks every srcset candidate of a picture, not only src', () => {
    const site = fs.mkdtempSync(path.join(os.tmpdir(), 'srcset-site-'));
    fs.writeFileSync(path.join(site, 'a.480.webp'), '');
    fs.writeFileSync(path.join(site, 'a.png'), '');
    fs.writeFileSync(path.join(site, 'index.html'), '<picture><source type="image/webp" srcset="/a.480.webp 480w, /a.768.webp 768w"><img src="/a.png" srcset="/a.480.png 480w, /a.png 1000w" alt="A"></picture>');
    assert.deepEqual(findBrokenLinks(site).map((link) => link.url), ['/a.768.webp', '/a.480.png']);
  });
});

describe('npm run build after next build', () => {
  it('stops with every broken link listed, so a site with one does not ship', async () => {
    const step = POST_BUILD_STEPS.find((candidate) => candidate.name === 'check:links')!;
    await assert.rejects(step.run(path.join(import.meta.dirname, 'fixtures/out-site'), []), (error: Error) => {
      assert.match(error.message, /index\.html: broken link \/missing\/ \(no such file\)/);
      assert.match(error.message, /post\/index\.html: broken link #gone/);
      assert.match(error.message, /3 broken links$/);
      return true;
    });
  });

  it('runs its steps in an order where nothing undoes what a later step relies on', () => {
    const order = POST_BUILD_STEPS.map((step) => step.name);
    // The links check must see the copied images; the CSP hashes the final inline scripts (the hydration loader too).
    assert.ok(order.indexOf('publish-media') < order.indexOf('check:links'));
    assert.ok(order.indexOf('defer-hydration') < order.indexOf('csp'));
    // Nothing after the CSP touches out/; the caches are pruned once the build has used them.
    assert.deepEqual(order.slice(order.indexOf('csp') + 1), ['prune-cache']);
  });
});
