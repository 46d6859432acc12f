import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { compareSites, formatComparison, isSame, normaliseText, type SiteFiles } from '../scripts/qa/compare-out';

// One small exported site; `build` and `hash` stand for what changes between two builds.
function site(build: string, hash: string, body = 'Hello'): SiteFiles {
  const page =
    `<!DOCTYPE html><html><head><meta http-equiv="Content-Security-Policy" content="script-src 'self' 'sha256-${hash}AbC+/=='">` +
    `<script src="/_next/static/chunks/${hash}q7.js" async></script><link rel="stylesheet" href="/_next/static/chunks/turbopack-${hash}.css">` +
    `</head><body><p>${body}</p><img src="/post/plot.${hash.slice(0, 10)}.png" srcset="/post/plot.480.${hash.slice(0, 10)}.webp 480w">` +
    `<script>self.__next_f.push([1,"\\"b\\":\\"${build}\\""])</script></body></html>`;
  return new Map([
    ['index.html', Buffer.from(page)],
    [`_next/static/${build}/_buildManifest.js`, Buffer.from(`self.__BUILD_MANIFEST={"/":["static/chunks/${hash}q7.js"]}`)],
    [`_next/static/chunks/${hash}q7.js`, Buffer.from('console.log(1)')],
    [`_next/static/chunks/turbopack-${hash}.css`, Buffer.from('p{color:red}')],
    [`_next/static/media/KaTeX_Main-Regular.${hash}.woff2`, Buffer.from([0, 1, 2])],
    [`post/plot.${hash.slice(0, 10)}.png`, Buffer.from([137, 80, 78, 71])],
    [`post/plot.480.${hash.slice(0, 10)}.webp`, Buffer.from([82, 73, 70, 70])],
    [`pagefind/fragment/en_${hash.slice(0, 7)}.pf_fragment`, Buffer.from([31, 139])],
    ['_headers', Buffer.from(`/*\n  Content-Security-Policy: script-src 'self' 'sha256-${hash}Zz9='\n`)],
  ]);
}

describe('comparing two exported sites', () => {
  it('finds two builds that differ only in hashed names and the buildId equal', () => {
    const result = compareSites(site('qJ1wnaztiHpg2HcyFEj1p', '0c1d0e5fa1b2c3d4'), site('Xy7_kLmN0pQrStUvWxYz1', '9f8e7d6c5ba4b3c2'));
    assert.deepEqual(result, { onlyInA: [], onlyInB: [], differ: [] });
    assert.ok(isSame(result));
    assert.match(formatComparison(result, [9, 9]), /^Same site/);
  });

  it('reports a real text change with a short diff of the changed line', () => {
    const result = compareSites(site('qJ1wnaztiHpg2HcyFEj1p', '0c1d0e5fa1b2c3d4'), site('Xy7_kLmN0pQrStUvWxYz1', '9f8e7d6c5ba4b3c2', 'Hello, world'));
    assert.equal(result.differ.length, 1);
    assert.equal(result.differ[0].path, 'index.html');
    assert.ok(result.differ[0].diff.includes('- <p>Hello</p>'), result.differ[0].diff.join('\n'));
    assert.ok(result.differ[0].diff.includes('+ <p>Hello, world</p>'), result.differ[0].diff.join('\n'));
    assert.ok(!isSame(result));
  });

  it('reports changed bytes of a binary file and files present on one side only', () => {
    const a = site('qJ1wnaztiHpg2HcyFEj1p', '0c1d0e5fa1b2c3d4');
    const b = site('qJ1wnaztiHpg2HcyFEj1p', '0c1d0e5fa1b2c3d4');
    b.set('post/plot.0c1d0e5fa1.png', Buffer.from([1]));
    b.set('new/index.html', Buffer.from('<p>new</p>'));
    a.set('old.txt', Buffer.from('old'));
    const result = compareSites(a, b);
    assert.deepEqual(result.onlyInA, ['old.txt']);
    assert.deepEqual(result.onlyInB, ['new/index.html']);
    assert.deepEqual(result.differ, [{ path: 'post/plot.[hash].png', diff: [] }]);
    assert.match(
      formatComparison(result, [a.size, b.size]),
      /only in A: old\.txt\nonly in B: new\/index\.html\ndiffers: post\/plot\.\[hash\]\.png\n\n1 only in A, 1 only in B, 1 differ$/,
    );
  });

  it('keeps text that only looks like a hash when it is not in a hashed name', () => {
    assert.equal(normaliseText('commit 0123456789abcdef and /_next/static/chunks/abcdefgh12.js'), 'commit 0123456789abcdef and /_next/static/chunks/[hash].js');
    assert.equal(normaliseText('/post/plot.0123456789.png', []), '/post/plot.[hash].png');
  });
});
