import assert from 'node:assert/strict';
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, it } from 'node:test';
import { siteLinks } from './helpers';
import { findBrokenLinks } from '../lib/post-build/check-links';
import { POST_BUILD_STEPS, runPostBuild } from '../lib/post-build/post-build';

const FIXTURE = path.join(import.meta.dirname, 'fixtures/out-site');
const brokenLinks = (site: string) => findBrokenLinks(site, siteLinks(site));

describe('link checker over an exported site', () => {
  it('finds the planted broken link and broken anchors, and nothing else', () => {
    const broken = brokenLinks(FIXTURE);
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
    fs.writeFileSync(
      path.join(site, 'index.html'),
      '<picture><source type="image/webp" srcset="/a.480.webp 480w, /a.768.webp 768w"><img src="/a.png" srcset="/a.480.png 480w, /a.png 1000w" alt="A"></picture>',
    );
    assert.deepEqual(
      brokenLinks(site).map((link) => link.url),
      ['/a.768.webp', '/a.480.png'],
    );
  });
});

describe('npm run build after next build', () => {
  it('stops with every broken link listed, so a site with one does not ship', async () => {
    await assert.rejects(runPostBuild(FIXTURE, [], { steps: ['check:links'] }), (error: Error) => {
      assert.match(error.message, /index\.html: broken link \/missing\/ \(no such file\)/);
      assert.match(error.message, /post\/index\.html: broken link #gone/);
      assert.match(error.message, /3 broken links$/);
      return true;
    });
  });

  it('reads and parses each page once, checks and rewrites that parse, writes each page once, in the listed order', async () => {
    const site = fs.mkdtempSync(path.join(os.tmpdir(), 'pass-site-'));
    fs.mkdirSync(path.join(site, 'post'));
    fs.mkdirSync(path.join(site, '_next/static/chunks'), { recursive: true });
    fs.writeFileSync(path.join(site, '_next/static/chunks/main.js'), '');
    const next = '<script src="/_next/static/chunks/main.js" async=""></script>';
    fs.writeFileSync(
      path.join(site, 'index.html'),
      `<!DOCTYPE html><html><head><meta charSet="utf-8"/><title>a</title></head><body><a href="/post/#x">p</a>${next}</body></html>`,
    );
    fs.writeFileSync(
      path.join(site, 'post/index.html'),
      `<!DOCTYPE html><html><head><meta charSet="utf-8"/><title>b</title></head><body><h2 id="x">x</h2>${next}</body></html>`,
    );
    const reads: string[] = [];
    const writes: string[] = [];
    const { readFileSync, writeFileSync } = fs;
    const steps = POST_BUILD_STEPS.filter((name) => ['check:links', 'defer-hydration', 'csp'].includes(name));
    const logged: string[] = [];
    try {
      fs.readFileSync = ((file: string, ...rest: []) => (
        String(file).endsWith('.html') && reads.push(path.relative(site, String(file))),
        readFileSync(file, ...rest)
      )) as typeof fs.readFileSync;
      // A page is written as a new file renamed over it (replaceFile): counted under the page's name.
      fs.writeFileSync = ((file: string, ...rest: [string]) => (
        writes.push(path.relative(site, String(file)).replace(/\.\d+\.tmp$/, '')),
        writeFileSync(file, ...rest)
      )) as typeof fs.writeFileSync;
      await runPostBuild(site, [], { steps, log: (name) => logged.push(name) });
    } finally {
      fs.readFileSync = readFileSync;
      fs.writeFileSync = writeFileSync;
    }
    assert.deepEqual(reads, ['index.html', 'post/index.html']);
    assert.deepEqual(writes, ['index.html', 'post/index.html', '_headers']);
    assert.deepEqual(logged, ['page-pass', 'read-pages', 'check:links', 'defer-hydration', 'csp', 'write-pages']);
    // The CSP hashed the loader that hydration deferral added: the final scripts.
    const written = readFileSync(path.join(site, 'post/index.html'), 'utf8');
    const hashes = [...written.matchAll(/'sha256-([^']+)'/g)].map((match) => match[1]);
    const loader = /<script>([^<]+)<\/script><\/body>/.exec(written)![1];
    assert.deepEqual(hashes, [crypto.createHash('sha256').update(loader).digest('base64')]);
  });

  it('lists its steps in the order they run: files first, then the page readers, the rewrites, the index of the final pages, the cache', () => {
    assert.deepEqual(POST_BUILD_STEPS, ['publish-media', 'og-images', 'feeds', 'check:links', 'defer-hydration', 'csp', 'search:index', 'prune-cache']);
  });
});
