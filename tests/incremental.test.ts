// A build renders a post's page again only when something it shows changed (lib/incremental/).
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, it } from 'node:test';
import { getPosts, type Post, type PostPage } from '../lib/content';
import { keptPagesCache, settleRenderedPages, writePlan } from '../lib/incremental/kept-pages';
import { replaceFile } from '../lib/cache/replace-file.mjs';
import { postPageKeys, type Shown } from '../lib/incremental/post-page-key';
import { postSlugsToRender } from '../lib/incremental/post-pages';
import { fakePost } from './helpers';
import { ROOT, resolveImport } from './import-graph';

function tempDir(): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), 'incremental-'));
}

describe('postPageKeys', () => {
  const [a, b, c, d] = ['a', 'b', 'c', 'd'].map((slug) => fakePost(slug));
  const pageOf = (post = a, fields: Partial<PostPage> = {}): PostPage => ({
    post,
    navigation: { series: [], newer: b, older: c, related: [] },
    translations: [],
    ...fields,
  });
  const stamps: Record<string, string> = {};
  const stamp = (post: Post, shown: Shown) => stamps[`${shown}:${post.slug}`] ?? '';
  const key = (page: PostPage, site = 'site') => postPageKeys([page], site, stamp)[0];

  it('is the same for the same inputs, and differs between posts', () => {
    assert.equal(key(pageOf()), key(pageOf()));
    assert.notEqual(key(pageOf()), key(pageOf(d)));
  });

  it('changes with a post the page links to', () => {
    const before = key(pageOf());
    assert.notEqual(key(pageOf(a, { navigation: { series: [], newer: { ...b, title: 'B, renamed' }, older: c, related: [] } })), before);
    assert.notEqual(key(pageOf(a, { translations: [d] })), before, 'a new translation');
  });

  it('changes when a linked post moves to another place on the page', () => {
    assert.notEqual(key(pageOf(a, { navigation: { series: [], newer: c, older: b, related: [] } })), key(pageOf()));
  });

  it("changes with the files the page reads: its own post's folder, a linked post's cover; and with the site-wide inputs", () => {
    const before = key(pageOf());
    stamps['page:a'] = 'index.mdx:2:100';
    assert.notEqual(key(pageOf()), before);
    stamps['link:c'] = 'cover.png:2:100';
    const withCover = key(pageOf());
    assert.notEqual(withCover, before);
    // What only c's own page reads of its folder (its body) is not read here.
    stamps['page:c'] = 'index.mdx:3:120';
    assert.equal(key(pageOf()), withCover);
    for (const name of Object.keys(stamps)) delete stamps[name];
    assert.equal(key(pageOf()), before);
    assert.notEqual(key(pageOf(), 'other code'), before);
  });
});

describe('kept pages', () => {
  const files: Record<string, string> = {
    'index.html': '<p>page</p>',
    'index.txt': 'payload',
    '__next._full.txt': 'payload',
    'nested/index.html': '<p>child</p>',
  };

  /** A page folder as Next writes one. */
  function pageFolder(dir: string, content = files): string {
    for (const [name, text] of Object.entries(content)) {
      fs.mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
      fs.writeFileSync(path.join(dir, name), text);
    }
    return dir;
  }

  function folderContent(dir: string): Record<string, string> {
    const names = fs.readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((name) => fs.statSync(path.join(dir, name)).isFile());
    return Object.fromEntries(names.sort().map((name) => [name, fs.readFileSync(path.join(dir, name), 'utf8')]));
  }

  it('keep a page by links to its files, whole only while every file has the bytes it had', () => {
    const root = tempDir();
    const kept = keptPagesCache(path.join(root, 'cache'));
    const page = pageFolder(path.join(root, 'out', 'post'));
    kept.keep('key', page);
    assert.equal(kept.has('key'), true);
    assert.equal(fs.statSync(path.join(page, 'index.txt')).nlink, 2, 'a link, not a copy');
    // Post-build replaces a page it edits by a new file: the kept copy keeps Next's bytes.
    replaceFile(path.join(page, 'index.html'), '<p>edited</p>');
    assert.equal(kept.has('key'), true);
    const back = path.join(root, 'out2', 'post');
    assert.equal(kept.putBack('key', back), true);
    assert.deepEqual(folderContent(back), folderContent(pageFolder(path.join(root, 'expected'))));
    // A file written into, cut or removed: the copy is dropped, and the page is rendered again.
    fs.writeFileSync(path.join(back, 'index.txt'), 'garbled');
    assert.equal(kept.has('key'), false);
    assert.equal(kept.putBack('key', path.join(root, 'out3', 'post')), false);
    kept.keep('other', pageFolder(path.join(root, 'other')));
    fs.rmSync(path.join(kept.dir, 'other', 'nested', 'index.html'));
    assert.equal(kept.has('other'), false);
    assert.deepEqual(fs.readdirSync(kept.dir), []);
  });

  it('after next build: pages it rendered are kept, the others put back into out/, no other page is kept', () => {
    const root = tempDir();
    const kept = keptPagesCache(path.join(root, 'cache'));
    const out = path.join(root, 'out');
    kept.keep('old-key', pageFolder(path.join(root, 'before', 'same')));
    kept.keep('key-of-an-earlier-build', pageFolder(path.join(root, 'before', 'older')));
    // Left by a build that was killed: its plan and a half-written entry.
    fs.writeFileSync(path.join(kept.dir, 'plan-999.json'), '[]');
    fs.writeFileSync(path.join(kept.dir, 'other-key.page.999.tmp'), 'half');
    pageFolder(path.join(out, 'fresh'), { 'index.html': 'rendered now' });
    const plan = path.join(root, 'plan.json');
    writePlan(plan, [
      { slug: 'fresh', key: 'new-key', reuse: false },
      { slug: 'same', key: 'old-key', reuse: true },
    ]);
    assert.deepEqual(settleRenderedPages(out, plan, kept), { rendered: 1, reused: 1 });
    assert.equal(kept.has('new-key'), true);
    assert.deepEqual(folderContent(path.join(kept.dir, 'new-key')), { 'index.html': 'rendered now' });
    assert.deepEqual(folderContent(path.join(out, 'same')), folderContent(path.join(root, 'before', 'same')));
    assert.deepEqual(fs.readdirSync(kept.dir).sort(), ['new-key', 'new-key.page', 'old-key', 'old-key.page']);

    writePlan(plan, [{ slug: 'gone', key: 'missing-key', reuse: true }]);
    assert.throws(() => settleRenderedPages(out, plan, kept), /kept page of post "gone"/);
    writePlan(plan, [{ slug: 'unwritten', key: 'some-key', reuse: false }]);
    assert.throws(() => settleRenderedPages(out, plan, kept), /next build wrote no page for post "unwritten"/);
  });

  it('the post route renders every post without a plan; with one, only those not kept, at least one', () => {
    const root = tempDir();
    const kept = keptPagesCache(path.join(root, 'cache'));
    const planFile = path.join(root, 'plan.json');
    const slugs = getPosts().map((post) => post.slug);
    assert.ok(slugs.length >= 2);
    assert.deepEqual(postSlugsToRender(undefined, kept), slugs);
    assert.deepEqual(postSlugsToRender(planFile, kept), slugs);
    const plan = JSON.parse(fs.readFileSync(planFile, 'utf8')) as { slug: string; key: string; reuse: boolean }[];
    assert.deepEqual(
      plan.map((page) => page.reuse),
      slugs.map(() => false),
    );
    const page = (key: string) => pageFolder(path.join(root, 'pages', key));
    // Keep all but the last post's page: only that one is rendered.
    for (const { key } of plan.slice(0, -1)) kept.keep(key, page(key));
    assert.deepEqual(postSlugsToRender(planFile, kept), [slugs.at(-1)]);
    // All kept: Next still needs one page of the route.
    kept.keep(plan.at(-1)!.key, page(plan.at(-1)!.key));
    assert.deepEqual(postSlugsToRender(planFile, kept), [slugs[0]]);
    // A damaged copy is a miss, not a page missing after the build.
    fs.writeFileSync(path.join(kept.dir, plan[1].key, 'index.txt'), 'garbled');
    assert.deepEqual(postSlugsToRender(planFile, kept), [slugs[1]]);
  });
});

describe("what the post page's code reads", () => {
  // The key of a post page covers these readers of site data (post-page-key.ts, post-pages.ts
  // siteInputs); the other imports of the content layer are pure helpers or the body's compile.
  const COVERED = new Set(['getPost', 'getPostPage', 'getLanguages', 'getPageviewStats', 'tagSlug']);
  const SITE_DATA = ['lib/content/index.ts', 'lib/pageviews/index.ts'].map((file) => path.join(ROOT, file));
  const NAMED_IMPORT =
    /^\s*import\s+(?!type\s)(?:[^'";{]*,\s*)?\{([^}]*)\}\s*from\s+['"]([^'"]+)['"]|^\s*import\s+(?!type\s)[^'";]*?\sfrom\s+['"]([^'"]+)['"]/gm;

  it('is covered by its key: a new reader of posts or site data must be added to it', () => {
    const reads: string[] = [];
    const seen = new Set<string>();
    const queue = ['app/[slug]/page.tsx', 'app/[slug]/layout.tsx'].map((file) => path.join(ROOT, file));
    while (queue.length > 0) {
      const file = queue.pop()!;
      if (seen.has(file) || file.startsWith(path.join(ROOT, 'lib', 'content')) || file.startsWith(path.join(ROOT, 'lib', 'incremental'))) continue;
      seen.add(file);
      for (const [, names, namedFrom, otherFrom] of fs.readFileSync(file, 'utf8').matchAll(NAMED_IMPORT)) {
        const target = resolveImport(file, namedFrom ?? otherFrom);
        if (!target) continue;
        if (!SITE_DATA.includes(target)) queue.push(target);
        else
          for (const name of (names ?? '*').split(',').map((n) => n.trim()))
            if (name && !name.startsWith('type ') && !COVERED.has(name)) reads.push(`${path.relative(ROOT, file)} reads ${name}`);
      }
    }
    assert.ok(seen.size > 20, `walked ${seen.size} files`);
    assert.deepEqual(reads, [], 'add what these read to the key of a post page (lib/incremental/post-pages.ts siteInputs), then to COVERED');
  });
});
