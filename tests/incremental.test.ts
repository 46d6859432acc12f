// A build renders a post's page again only when something it shows changed (lib/incremental/).
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, it } from 'node:test';
import { getPosts, type Post, type PostPage } from '../lib/content';
import { PAGE_FILES, keptPagesCache, settleRenderedPages, writePlan, type PageFiles } from '../lib/incremental/kept-pages';
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
  const files: PageFiles = [
    ['index.html', Buffer.from('<p>page</p>')],
    ['index.txt', Buffer.from('payload')],
    ['__next._full.txt', Buffer.from('payload')],
    ['nested/index.html', Buffer.from('<p>child</p>')],
  ];

  it('keep every file of a page in one entry, the same bytes once', () => {
    const encoded = PAGE_FILES.encode(files);
    assert.deepEqual(PAGE_FILES.decode(encoded), files);
    assert.equal(encoded.toString('latin1').split('payload').length - 1, 1);
  });

  it('refuse an entry whose index points out of it or out of the page folder', () => {
    const body = Buffer.from('abc');
    assert.throws(() => PAGE_FILES.decode(Buffer.concat([Buffer.from('[["index.html",0,9]]\n'), body])));
    assert.throws(() => PAGE_FILES.decode(Buffer.concat([Buffer.from('[["../x.html",0,3]]\n'), body])));
  });

  it('after next build: pages it rendered are kept, the others put back into out/, no other page is kept', () => {
    const root = tempDir();
    const kept = keptPagesCache(path.join(root, 'cache'));
    const out = path.join(root, 'out');
    fs.mkdirSync(path.join(out, 'fresh'), { recursive: true });
    fs.writeFileSync(path.join(out, 'fresh', 'index.html'), 'rendered now');
    kept.write('old-key', files);
    kept.write('key-of-an-earlier-build', files);
    const plan = path.join(root, 'plan.json');
    writePlan(plan, [
      { slug: 'fresh', key: 'new-key', reuse: false },
      { slug: 'same', key: 'old-key', reuse: true },
    ]);
    assert.deepEqual(settleRenderedPages(out, plan, kept), { rendered: 1, reused: 1 });
    assert.deepEqual(kept.read('new-key'), [['index.html', Buffer.from('rendered now')]]);
    for (const [name, bytes] of files) assert.deepEqual(fs.readFileSync(path.join(out, 'same', name)), bytes, name);
    assert.deepEqual(fs.readdirSync(kept.dir).sort(), ['new-key.page', 'old-key.page']);

    writePlan(plan, [{ slug: 'gone', key: 'missing-key', reuse: true }]);
    assert.throws(() => settleRenderedPages(out, plan, kept), /kept page of post "gone"/);
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
    // Keep all but the last post's page: only that one is rendered.
    for (const page of plan.slice(0, -1)) kept.write(page.key, files);
    assert.deepEqual(postSlugsToRender(planFile, kept), [slugs.at(-1)]);
    // All kept: Next still needs one page of the route.
    kept.write(plan.at(-1)!.key, files);
    assert.deepEqual(postSlugsToRender(planFile, kept), [slugs[0]]);
    // A damaged entry is a miss, not a page missing after the build.
    fs.writeFileSync(kept.fileOf(plan[1].key), 'garbled');
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
