import assert from 'node:assert/strict';
import path from 'node:path';
import { describe, it } from 'node:test';
import { findBrokenLinks } from '../lib/build/check-links';

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
