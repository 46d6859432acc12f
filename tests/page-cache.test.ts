import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, it } from 'node:test';
import { codeSignature } from '../lib/cache/code-signature.mjs';
import { finishCachedPage, finishPage, PAGE_STEPS } from '../lib/post-build/page-pass';
import { runPostBuild } from '../lib/post-build/post-build';

const NEXT = '<script src="/_next/static/chunks/main.js" async=""></script>';
const page = (body: string) =>
  `<!DOCTYPE html><html lang="en"><head><meta charSet="utf-8"/><title>t</title></head><body><main>${body}</main><script>self.__next_f.push([1,"x"])</script>${NEXT}</body></html>`;
const POST = page('<article><div class="prose"><p id="p">Body <a href="/b/">b</a></p></div></article>');

/** An exported site of `count` pages linking to each other, as next build writes them. */
function site(count: number): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'page-cache-site-'));
  fs.mkdirSync(path.join(dir, '_next/static/chunks'), { recursive: true });
  fs.writeFileSync(path.join(dir, '_next/static/chunks/main.js'), '');
  for (let i = 0; i < count; i++) {
    fs.mkdirSync(path.join(dir, `p${i}`));
    fs.writeFileSync(path.join(dir, `p${i}/index.html`), page(`<h2 id="h${i}">${i}</h2><a href="/p${(i + 1) % count}/#h${(i + 1) % count}">next</a>`));
  }
  return dir;
}

const read = (dir: string) =>
  new Map(
    fs
      .readdirSync(dir, { recursive: true, encoding: 'utf8' })
      .filter((f) => f.endsWith('.html'))
      .map((f) => [f, fs.readFileSync(path.join(dir, f), 'utf8')]),
  );

async function pass(dir: string, cacheDir?: string): Promise<string[]> {
  const logged: string[] = [];
  await runPostBuild(dir, [], {
    steps: ['check:links', 'defer-hydration', 'csp'],
    log: (name, _s, done) => logged.push(`${name}: ${done}`),
    pageCacheDir: cacheDir,
  });
  return logged;
}

describe('post-build page cache', () => {
  it('finishes a page Next wrote the same as last time from the cache, with the same bytes as a parse', async () => {
    const cacheDir = fs.mkdtempSync(path.join(os.tmpdir(), 'page-cache-'));
    const first = site(3);
    const second = site(3);
    assert.ok(
      (await pass(first, cacheDir)).includes(`read-pages: 3 pages read, 0 of them finished before (${path.relative(process.cwd(), cacheDir)}/), 3 parsed`),
    );
    // The next build writes the same pages again: none is parsed, and the result is the same.
    assert.ok(
      (await pass(second, cacheDir)).includes(`read-pages: 3 pages read, 3 of them finished before (${path.relative(process.cwd(), cacheDir)}/), 0 parsed`),
    );
    assert.deepEqual(read(second), read(first));
    assert.match(read(second).get('p0/index.html')!, /http-equiv="Content-Security-Policy"/);
  });

  it('parses a page whose text changed, and finds a broken link from the cache as from a parse', async () => {
    const cacheDir = fs.mkdtempSync(path.join(os.tmpdir(), 'page-cache-'));
    await pass(site(3), cacheDir);
    const changed = () => {
      const dir = site(3);
      fs.writeFileSync(path.join(dir, 'p1/index.html'), page('<h2 id="h1">1</h2><a href="/p0/#nowhere">x</a>'));
      return dir;
    };
    const broken = /p1\/index\.html: broken link \/p0\/#nowhere \(no element with id "nowhere" on p0\/index\.html\)\n\n1 broken link$/;
    await assert.rejects(pass(changed(), cacheDir), broken);
    await assert.rejects(pass(changed(), cacheDir), broken);
  });

  it('keeps what the feeds need of a post page (its body, URLs made absolute) with the page', () => {
    const cacheDir = fs.mkdtempSync(path.join(os.tmpdir(), 'page-cache-'));
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'page-cache-feed-'));
    fs.mkdirSync(path.join(dir, 'a'));
    fs.writeFileSync(path.join(dir, 'a/index.html'), POST);
    const job = { file: 'a/index.html', feedUrl: 'https://example.com/a/' };
    const parsed = finishPage(dir, job, PAGE_STEPS, cacheDir);
    assert.match(parsed.feedBody!, /<p id="p">Body <a href="https:\/\/example.com\/b\/">b<\/a><\/p>/);
    fs.writeFileSync(path.join(dir, 'a/index.html'), POST);
    const cached = finishCachedPage(dir, job, PAGE_STEPS, cacheDir);
    assert.ok(cached, 'not found in the page cache');
    assert.equal(cached.feedBody, parsed.feedBody);
    assert.deepEqual(cached.links, parsed.links);
    // A page that was not a feed's before is parsed for its body.
    assert.equal(finishCachedPage(dir, { file: 'a/index.html', feedUrl: 'https://example.com/other/' }, PAGE_STEPS, cacheDir), undefined);
  });

  it('splits a large site over processes with the same result as one process', async () => {
    const alone = site(800);
    await pass(alone);
    const split = site(800);
    const logged = await pass(split, fs.mkdtempSync(path.join(os.tmpdir(), 'page-cache-')));
    if (os.availableParallelism() > 1)
      assert.ok(
        logged.some((line) => /800 parsed on 2 processes/.test(line)),
        logged.join('\n'),
      );
    assert.deepEqual(read(split), read(alone));
  });
});

describe('the code signature (Next build id, cache keys)', () => {
  const project = (files: Record<string, string>) => {
    const root = fs.mkdtempSync(path.join(os.tmpdir(), 'code-signature-'));
    for (const [name, text] of Object.entries(files)) {
      fs.mkdirSync(path.dirname(path.join(root, name)), { recursive: true });
      fs.writeFileSync(path.join(root, name), text);
    }
    return root;
  };

  it('changes with the code and not with posts', () => {
    const code = { 'lib/a.ts': 'export const a = 1;', 'app/page.tsx': 'export default 1;' };
    const signature = codeSignature(project(code));
    assert.equal(codeSignature(project({ ...code, 'posts/a/index.mdx': '---\ntitle: A\n---\n', 'data/pageviews.json': '{}' })), signature);
    assert.notEqual(codeSignature(project({ ...code, 'lib/a.ts': 'export const a = 2;' })), signature);
    assert.notEqual(codeSignature(project({ ...code, 'components/B.tsx': 'export const B = 1;' })), signature);
  });
});
