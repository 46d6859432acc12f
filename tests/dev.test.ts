// `next dev` re-reads posts on every request; these check it sees every change and nothing more.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { createElement } from 'react';
import * as runtime from 'react/jsx-runtime';
import { renderToStaticMarkup } from 'react-dom/server';
import { formatProblem } from '../lib/content/errors';
import { postsReloader } from '../lib/content/load';
import { unwrapEntry } from '../lib/cache/disk-cache.mjs';
import { checkPost } from '../lib/check/check-pool';
import { MDX_CACHE_DIR, PIPELINE_IMPORTS, compiledCache, compilePost, run, type CompiledPost } from '../lib/mdx/compile-post.mjs';
import { useMDXComponents } from '../mdx-components';
import { makePostsDir, post } from './helpers';
import { importGraph, ROOT, sourceFiles } from './import-graph';

const FIXTURE_MEDIA = path.join(import.meta.dirname, 'fixtures/mdx-post');

/** The whole entries of the MDX cache, by key. */
function cacheEntries(): { key: string; payload: CompiledPost }[] {
  if (!fs.existsSync(MDX_CACHE_DIR)) return [];
  return fs
    .readdirSync(MDX_CACHE_DIR)
    .filter((name) => name.endsWith('.json'))
    .map((name) => ({
      key: name.slice(0, -'.json'.length),
      payload: JSON.parse(unwrapEntry(fs.readFileSync(path.join(MDX_CACHE_DIR, name)))?.toString('utf8') ?? 'null'),
    }));
}

/** What `npm run check` does with one post. */
function check(file: string) {
  return checkPost({ source: fs.readFileSync(file, 'utf8'), path: file, file: 'a/index.mdx' });
}

describe('posts reloader (next dev)', () => {
  const first = post('title: First\ndate: 2024-01-01');
  const second = post('title: Second\ndate: 2024-02-01');
  const reloader = (dir: string) => {
    const reload = postsReloader({ postsDir: dir, root: dir });
    return () => reload().posts;
  };

  it('returns the same array while nothing changed', () => {
    const dir = makePostsDir({ first, second });
    const reload = reloader(dir);
    const before = reload();
    assert.deepEqual(
      before.map((p) => p.slug),
      ['second', 'first'],
    );
    assert.equal(reload(), before);
  });

  it('re-parses an edited file only, in a new array', () => {
    const dir = makePostsDir({ first, second });
    const reload = reloader(dir);
    const before = reload();
    fs.writeFileSync(path.join(dir, 'first', 'index.mdx'), post('title: First, edited\ndate: 2024-01-01'));
    const after = reload();
    assert.notEqual(after, before);
    assert.equal(after.find((p) => p.slug === 'first')?.title, 'First, edited');
    // The untouched post was not parsed again.
    assert.equal(
      after.find((p) => p.slug === 'second'),
      before.find((p) => p.slug === 'second'),
    );
    assert.equal(reload(), after);
  });

  it('picks up new and removed folders', () => {
    const dir = makePostsDir({ first });
    const reload = reloader(dir);
    const before = reload();
    fs.mkdirSync(path.join(dir, 'third'));
    fs.writeFileSync(path.join(dir, 'third', 'index.mdx'), post('title: Third\ndate: 2024-03-01'));
    const added = reload();
    assert.notEqual(added, before);
    assert.deepEqual(
      added.map((p) => p.slug),
      ['third', 'first'],
    );
    fs.rmSync(path.join(dir, 'first'), { recursive: true });
    assert.deepEqual(
      reload().map((p) => p.slug),
      ['third'],
    );
  });

  it('leaves a broken post out with its problems, keeps the others, and recovers once it is fixed', () => {
    const dir = makePostsDir({ first, second });
    const reload = postsReloader({ postsDir: dir, root: dir });
    reload();
    const file = path.join(dir, 'first', 'index.mdx');
    fs.writeFileSync(file, post('date: 2024-01-01'));
    const broken = reload();
    assert.deepEqual(
      broken.posts.map((p) => p.slug),
      ['second'],
    );
    assert.deepEqual(broken.problems.map(formatProblem), ['first/index.mdx  frontmatter field "title" is required']);
    fs.writeFileSync(file, post('title: Fixed\ndate: 2024-01-01'));
    const fixed = reload();
    assert.deepEqual(fixed.problems, []);
    assert.equal(fixed.posts.find((p) => p.slug === 'first')?.title, 'Fixed');
  });

  it('reports a folder that has no post file yet, and the post once it is written', () => {
    const dir = makePostsDir({ first });
    const reload = postsReloader({ postsDir: dir, root: dir });
    reload();
    fs.mkdirSync(path.join(dir, 'new'));
    assert.deepEqual(
      reload().problems.map((problem) => problem.file),
      ['new'],
    );
    fs.writeFileSync(path.join(dir, 'new', 'index.mdx'), post('title: New\ndate: 2024-05-01'));
    const written = reload();
    assert.deepEqual(written.problems, []);
    assert.deepEqual(
      written.posts.map((p) => p.slug),
      ['new', 'first'],
    );
  });
});

/** Compiles and renders a post the way components/mdx/post-body.ts does in `next dev`. */
async function renderForDev(file: string): Promise<string> {
  const { default: Body } = await run((await compilePost(file, { media: 'dev' })).code, { ...runtime, useMDXComponents });
  return renderToStaticMarkup(createElement(Body));
}

describe('post compile (pages in next build and next dev)', () => {
  function postWithImage(body: string): string {
    const dir = makePostsDir({ a: post('title: A\ndate: 2024-01-01', body) });
    fs.copyFileSync(path.join(FIXTURE_MEDIA, 'photo.png'), path.join(dir, 'a', 'photo.png'));
    fs.copyFileSync(path.join(FIXTURE_MEDIA, 'diagram.svg'), path.join(dir, 'a', 'diagram.svg'));
    return path.join(dir, 'a', 'index.mdx');
  }

  it('points images beside the post at the dev media route (no data: URIs), with their sizes, without a bundler', async () => {
    const file = postWithImage('![A blue bar](diagram.svg "The caption")\n\nText with ![a block](photo.png) inline.\n');
    const html = await renderForDev(file);
    // An SVG figure is inline markup (lib/mdx/inline-svg.mjs) in dev as in a build.
    assert.match(html, /<figure class="figure"><div class="figure__frame"[^>]*><svg [^>]*role="img" aria-label="A blue bar">/);
    assert.match(html, /<figcaption>The caption<\/figcaption>/);
    assert.match(html, /<img src="\/dev-media\/a\/photo\.png" width="64" height="32" alt="a block"/);
    assert.doesNotMatch(html, /data:/);
  });

  it('compiles again only when the post folder changed', async () => {
    const file = postWithImage('Before.\n\n<Figure src="diagram.svg" alt="A bar" />\n');
    assert.match(await renderForDev(file), /<p>Before\.<\/p>/);
    assert.equal(compilePost(file, { media: 'dev' }), compilePost(file, { media: 'dev' }));

    fs.writeFileSync(file, post('title: A\ndate: 2024-01-01', 'After the edit.\n\n<Figure src="diagram.svg" alt="A bar" />\n'));
    assert.match(await renderForDev(file), /<p>After the edit\.<\/p>/);

    // A replaced image counts as a change too.
    fs.writeFileSync(
      path.join(path.dirname(file), 'diagram.svg'),
      '<svg xmlns="http://www.w3.org/2000/svg" width="300" height="100" viewBox="0 0 300 100"></svg>',
    );
    assert.match(await renderForDev(file), /viewBox="0 0 300 100"/);
  });

  it('keys compiled posts by every module the pipeline imports from outside lib/mdx/ too (an edit there compiles posts again)', () => {
    const mdx = path.join(ROOT, 'lib', 'mdx') + path.sep;
    const graph = importGraph(sourceFiles(path.join(ROOT, 'lib')));
    const reached = new Set<string>();
    const follow = (file: string) => {
      for (const next of graph.get(file) ?? []) if (!reached.has(next) && reached.add(next)) follow(next);
    };
    for (const file of graph.keys()) if (file.startsWith(mdx) && file.endsWith('.mjs')) follow(file);
    // lib/cache/ stores what a compile yields; it does not shape it.
    const shaping = [...reached].filter((file) => !file.startsWith(mdx) && !file.startsWith(path.join(ROOT, 'lib', 'cache') + path.sep));
    assert.deepEqual(shaping.map((file) => path.relative(mdx, file).split(path.sep).join('/')).sort(), [...PIPELINE_IMPORTS].sort());
  });

  it('keeps compiled posts on disk by content, so another process (a build worker) reuses them', async () => {
    const file = postWithImage('On disk.\n');
    const { code } = await compilePost(file);
    const cached = cacheEntries().filter((entry) => entry.payload?.code === code);
    assert.equal(cached.length, 1);
    // A fresh module instance has nothing in memory: it must answer from the file (marked here).
    await compiledCache.write(cached[0].key, { ...cached[0].payload, code: `${code}\n// from disk` });
    const fresh: typeof import('../lib/mdx/compile-post.mjs') = await import(`../lib/mdx/compile-post.mjs?instance=${Date.now()}`);
    assert.match((await fresh.compilePost(file)).code, /\/\/ from disk$/);
    // An edit is a new key: compiled afresh.
    fs.writeFileSync(file, post('title: A\ndate: 2024-01-01', 'Edited on disk.\n'));
    assert.match((await fresh.compilePost(file)).code, /Edited on disk\./);
  });

  it('reuses what the content check compiled, so next build does not compile a post twice', async () => {
    const file = postWithImage('Checked first.\n');
    const before = new Set(cacheEntries().map((entry) => entry.key));
    assert.deepEqual((await check(file)).problems, []);
    const added = cacheEntries().filter((entry) => !before.has(entry.key));
    assert.equal(added.length, 1);
    await compiledCache.write(added[0].key, { ...added[0].payload, code: `${added[0].payload.code}\n// left by the check` });
    const fresh: typeof import('../lib/mdx/compile-post.mjs') = await import(`../lib/mdx/compile-post.mjs?instance=check-${Date.now()}`);
    assert.match((await fresh.compilePost(file)).code, /\/\/ left by the check$/);
  });

  it('does not compile an unchanged post again in the next check, and does after an edit', async () => {
    const file = postWithImage('## A heading\n');
    const before = new Set(cacheEntries().map((entry) => entry.key));
    assert.deepEqual((await check(file)).ids, ['a-heading']);
    const entries = cacheEntries().filter((entry) => !before.has(entry.key));
    assert.equal(entries.length, 1);
    // Marked, to see that the next check (another process) answers from the file instead of compiling.
    await compiledCache.write(entries[0].key, { ...entries[0].payload, ids: ['from-the-cache'] });
    const fresh: typeof import('../lib/mdx/compile-post.mjs') = await import(`../lib/mdx/compile-post.mjs?instance=ids-${Date.now()}`);
    assert.deepEqual((await fresh.compilePost(file)).ids, ['from-the-cache']);
    fs.writeFileSync(file, post('title: A\ndate: 2024-01-01', '## Another heading\n'));
    assert.deepEqual((await check(file)).ids, ['another-heading']);
  });

  it('reports a file that is not an image with its line', async () => {
    const file = postWithImage('Intro\n\n![Notes](notes.png)\n');
    fs.writeFileSync(path.join(path.dirname(file), 'notes.png'), 'not an image');
    await assert.rejects(compilePost(file, { media: 'dev' }), /8:1 {2}image "notes\.png" cannot be read as an image/);
  });
});
