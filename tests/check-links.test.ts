import assert from 'node:assert/strict';
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
    assert.equal(order.at(-1), 'csp');
  });
});
