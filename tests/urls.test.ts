import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, it } from 'node:test';
import { siteLinks } from './helpers';
import { findBrokenLinks } from '../lib/post-build/check-links';
import { absoluteUrl, href, publishedSrcSet, publishedUrl, normaliseBasePath, sitePath, tagPagePath } from '../lib/urls/paths';

/** Every page's links, as the post-build pass collects them. */

const ROOT = path.join(import.meta.dirname, '..');
/** Product code that must build URLs through lib/urls/paths.ts (QA tools live in scripts/qa/, outside it). */
const SCANNED = ['app', 'components', 'lib'];
const ALLOWED = new Map([
  ['lib/urls/paths.ts', 'the module itself'],
  // Not URLs the site emits: where a file of out/ is, or what a post's Markdown should say.
  ['lib/post-build/site-files.ts', 'maps out/ files to the paths a static host serves them at'],
  ['lib/mdx/media.mjs', "a post file's place in out/ (plain .mjs, run by the compile); pages add the basePath with publishedUrl()"],
  ['lib/import/body.ts', "rewrites an imported post's links in its Markdown source"],
  ['lib/check/check-content.ts', 'names the right spelling in an error message'],
]);
/** A quoted or template string that starts with a site path ("/tags/…", `/${slug}/`, "/og.png" …). */
const SITE_PATH_LITERAL =
  /(['"`])\/(?:\$\{|tags\b|page\/|language\/|posts?\/|papers\b|about\b|privacy-policy\b|search\b|feed\.json|rss\.xml|atom\.xml|sitemap\.xml|og\.png|icons?\b|icon\.svg|pagefind|editor\/|dev-media\b)/;

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(path.join(ROOT, dir), { withFileTypes: true }).flatMap((entry) => {
    const rel = path.posix.join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(rel);
    return /\.(?:ts|tsx|mjs)$/.test(entry.name) ? [rel] : [];
  });
}

describe('one module owns the site URLs', () => {
  it('has no site path literal outside lib/urls/paths.ts', () => {
    const found = SCANNED.flatMap(sourceFiles)
      .filter((file) => !ALLOWED.has(file))
      .flatMap((file) =>
        fs
          .readFileSync(path.join(ROOT, file), 'utf8')
          .split('\n')
          .flatMap((line, i) => (SITE_PATH_LITERAL.test(line.replace(/^\s*(?:\/\*|\*|\/\/).*$/, '')) ? [`${file}:${i + 1}: ${line.trim()}`] : [])),
      );
    assert.deepEqual(found, []);
  });

  it('finds a literal when one is written (the scan can fail)', () => {
    for (const line of ["href: '/tags/'", 'path: `/page/${n}/`', 'src: `/${slug}/x.png`', 'url: "/feed.json"', "'/og.png'"])
      assert.match(line, SITE_PATH_LITERAL);
    for (const line of ["import x from './a'", "split('/')", "'/tagsoup'"]) assert.doesNotMatch(line, SITE_PATH_LITERAL);
  });
});

describe('basePath', () => {
  it('prefixes hrefs, absolute URLs and published media, and leaves other URLs alone', () => {
    assert.equal(href('/tags/x/', '/blog'), '/blog/tags/x/');
    assert.equal(href('/', ''), '/');
    assert.equal(absoluteUrl(tagPagePath('x'), '/blog'), 'https://hippocampus-garden.com/blog/tags/x/');
    assert.equal(absoluteUrl('/', ''), 'https://hippocampus-garden.com/');
    assert.equal(publishedUrl('/p/a.1f.png', '/blog'), '/blog/p/a.1f.png');
    assert.equal(publishedUrl('data:image/png;base64,AA', '/blog'), 'data:image/png;base64,AA');
    assert.equal(publishedUrl('https://x.org/a.png', '/blog'), 'https://x.org/a.png');
    assert.equal(publishedSrcSet('/p/a.480.webp 480w, /p/a.png 960w', '/blog'), '/blog/p/a.480.webp 480w, /blog/p/a.png 960w');
  });

  it('maps browser paths back to site paths, and refuses paths outside the basePath', () => {
    assert.equal(sitePath('/blog/tags/', '/blog'), '/tags/');
    assert.equal(sitePath('/blog', '/blog'), '/');
    assert.equal(sitePath('/blogger/', '/blog'), undefined);
    assert.equal(sitePath('/tags/', '/blog'), undefined);
    assert.equal(sitePath('/tags/', ''), '/tags/');
  });

  it('normalises BASE_PATH and names it when malformed', () => {
    assert.equal(normaliseBasePath('/blog/'), '/blog');
    assert.equal(normaliseBasePath('/a/b'), '/a/b');
    assert.equal(normaliseBasePath(''), '');
    assert.throws(() => normaliseBasePath('blog'), /BASE_PATH must look like "\/blog"/);
    assert.throws(() => normaliseBasePath('/my blog'), /BASE_PATH/);
  });

  it("gives Next's basePath the same validated value as the URL module (next.config.mjs)", () => {
    const nextBasePath = (basePath: string) =>
      spawnSync(
        process.execPath,
        ['--input-type=module', '-e', "const { default: config } = await import('./next.config.mjs'); console.log(config('phase-production-build').basePath);"],
        { cwd: ROOT, env: { ...process.env, BASE_PATH: basePath }, encoding: 'utf8' },
      );
    assert.equal(nextBasePath('/blog/').stdout.trim(), '/blog');
    assert.equal(nextBasePath('').stdout.trim(), '');
    const malformed = nextBasePath('blog');
    assert.notEqual(malformed.status, 0);
    assert.match(malformed.stderr, /BASE_PATH must look like "\/blog".*got "blog"/);
  });

  it('makes the link check resolve links under the basePath and report the ones outside it', () => {
    const site = fs.mkdtempSync(path.join(os.tmpdir(), 'urls-'));
    fs.mkdirSync(path.join(site, 'tags'));
    fs.writeFileSync(path.join(site, 'tags', 'index.html'), '<p id="x">tags</p>');
    fs.writeFileSync(
      path.join(site, 'index.html'),
      '<a href="/blog/tags/#x">in</a><a href="/blog/">home</a><a href="/tags/">out</a><img src="/blog/nope.png">',
    );
    assert.deepEqual(
      findBrokenLinks(site, siteLinks(site), '/blog').map(({ url, reason }) => `${url}: ${reason}`),
      ['/tags/: outside the basePath /blog', '/blog/nope.png: no such file'],
    );
    assert.deepEqual(
      findBrokenLinks(site, siteLinks(site), '').map(({ url }) => url),
      ['/blog/tags/#x', '/blog/', '/blog/nope.png'],
    );
    fs.rmSync(site, { recursive: true });
  });
});

describe('under BASE_PATH=/blog', () => {
  it('prefixes Markdown links and page links rendered by the components', () => {
    // BASE_PATH is read once when the module loads, so the render runs in a process started with it.
    const script = `
      import { renderToStaticMarkup } from 'react-dom/server';
      import { createElement } from 'react';
      import { Link } from './components/mdx/Link.tsx';
      import { absoluteUrl, href } from './lib/urls/paths.ts';
      console.log(JSON.stringify([renderToStaticMarkup(createElement(Link, { href: '/deep_learning_2023/#a' }, 'x')), renderToStaticMarkup(createElement(Link, { href: '#b' }, 'y')), href('/tags/'), absoluteUrl('/rss.xml')]));`;
    const run = spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], {
      cwd: ROOT,
      env: { ...process.env, BASE_PATH: '/blog/' },
      encoding: 'utf8',
    });
    assert.equal(run.status, 0, run.stderr);
    assert.deepEqual(JSON.parse(run.stdout), [
      '<a href="/blog/deep_learning_2023/#a">x</a>',
      '<a href="#b">y</a>',
      '/blog/tags/',
      'https://hippocampus-garden.com/blog/rss.xml',
    ]);
  });

  it('prefixes the site links an author writes in a post: Markdown, raw HTML in .md, HTML written in .mdx', () => {
    const body =
      'A [post](/other-post/#x), <a href="/tags/x/">a tag</a> and <a href="https://x.org/">elsewhere</a>.\n\n<div><a href="/about/">about</a></div>\n';
    const script = `
      import path from 'node:path';
      import { run } from '@mdx-js/mdx';
      import { createElement } from 'react';
      import * as runtime from 'react/jsx-runtime';
      import { renderToStaticMarkup } from 'react-dom/server';
      import { useMDXComponents } from './mdx-components.tsx';
      import { compileSource } from './tests/helpers.ts';
      const source = '---\\ntitle: T\\ndate: 2024-01-01\\n---\\n\\n' + ${JSON.stringify(body)};
      const html = [];
      for (const file of ['index.md', 'index.mdx']) {
        const { code } = await compileSource(source, path.resolve('tests/fixtures/mdx-post', file));
        const mod = await run(code, { ...runtime, useMDXComponents, baseUrl: import.meta.url });
        html.push(renderToStaticMarkup(createElement(mod.default)));
      }
      console.log(JSON.stringify(html));`;
    const run = spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], {
      cwd: ROOT,
      env: { ...process.env, BASE_PATH: '/blog' },
      encoding: 'utf8',
    });
    assert.equal(run.status, 0, run.stderr);
    for (const html of JSON.parse(run.stdout) as string[])
      assert.deepEqual(
        [...html.matchAll(/href="([^"]*)"/g)].map((m) => m[1]),
        ['/blog/other-post/#x', '/blog/tags/x/', 'https://x.org/', '/blog/about/'],
      );
  });
});
