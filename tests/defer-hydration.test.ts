import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, it } from 'node:test';
import { HYDRATION_LOADER, deferHydration } from '../lib/post-build/defer-hydration';
import { runPostBuild } from '../lib/post-build/post-build';
import { applyEdits, parsePage } from '../lib/post-build/site-pass';

const page = (head: string, body = '') =>
  `<!DOCTYPE html><html lang="en"><head><meta charSet="utf-8"/>${head}<title>t</title></head><body><main>text</main>${body}</body></html>`;
// What Next 16 writes into an exported page: a low-priority preload, async chunks, the nomodule polyfill.
const NEXT_HEAD =
  '<link rel="stylesheet" href="/_next/static/chunks/a.css" data-precedence="next"/><link rel="preload" as="script" fetchPriority="low" href="/_next/static/chunks/main.js"/>' +
  '<script src="/_next/static/chunks/react.js" async=""></script><script src="/_next/static/chunks/turbopack-x.js" async=""></script><script src="/_next/static/chunks/poly.js" noModule=""></script>';
const NEXT_BODY = '<script>self.__next_f.push([0])</script><script src="/_next/static/chunks/main.js" async=""></script>';

/** The page as the post-build pass writes it after hydration deferral. */
function deferred(html: string, file = 'page.html'): string {
  const parsed = parsePage(file, html);
  return applyEdits(parsed, deferHydration(parsed).edits);
}

describe('hydration after the first paint', () => {
  it('moves every Next runtime script and script preload into one list, in page order, loaded by the inline loader at the end of <body>', () => {
    const out = deferred(page(NEXT_HEAD, NEXT_BODY));
    assert.doesNotMatch(out, /<script src="[^"]*" async=""|rel="preload" as="script"/);
    const list = /<script type="application\/json" id="deferred-scripts">([^<]*)<\/script><script>([^<]*)<\/script><\/body>/.exec(out);
    assert.ok(list, out);
    assert.deepEqual(JSON.parse(list[1]), ['/_next/static/chunks/main.js', '/_next/static/chunks/react.js', '/_next/static/chunks/turbopack-x.js']);
    assert.equal(list[2], HYDRATION_LOADER);
    // Left alone, byte for byte: styles, inline RSC payload, the polyfill modern browsers never fetch.
    assert.equal(
      out,
      page(
        '<link rel="stylesheet" href="/_next/static/chunks/a.css" data-precedence="next"/><script src="/_next/static/chunks/poly.js" noModule=""></script>',
        `<script>self.__next_f.push([0])</script>${list[0].replace('</body>', '')}`,
      ),
    );
  });

  it('recognises Next scripts under a base path', () => {
    const out = deferred(page('<script src="/blog/_next/static/chunks/react.js" async=""></script>'));
    assert.match(out, /id="deferred-scripts">\["\/blog\/_next\/static\/chunks\/react\.js"\]/);
  });

  it('reports the scripts the page will be written with, the loader among them, for the CSP', () => {
    const settled = deferHydration(parsePage('p.html', page(NEXT_HEAD, NEXT_BODY)));
    assert.equal(settled.deferred, true);
    assert.deepEqual(
      settled.inlineScripts.map((script) => script.code),
      [
        'self.__next_f.push([0])',
        JSON.stringify(['/_next/static/chunks/main.js', '/_next/static/chunks/react.js', '/_next/static/chunks/turbopack-x.js']),
        HYDRATION_LOADER,
      ],
    );
  });

  it('leaves pages without Next scripts, and pages already done, unchanged', () => {
    assert.equal(deferred(page('')), page(''));
    const once = deferred(page(NEXT_HEAD, NEXT_BODY));
    assert.equal(deferred(once), once);
    assert.equal(deferHydration(parsePage('p.html', once)).deferred, true);
  });

  it('refuses a Next script it does not recognise instead of leaving it to load early, naming the page and the tag', () => {
    assert.throws(
      () => deferred(page(NEXT_HEAD, '<script src="/_next/static/chunks/b.js" async="" crossorigin=""></script>'), 'x/index.html'),
      /^Error: x\/index\.html: a Next script the hydration loader does not recognise: <script src="\/_next\/static\/chunks\/b\.js" async="" crossorigin="">/,
    );
    // Also when it is the only one, so nothing on the page was recognised.
    assert.throws(
      () => deferred(page('<script src="/_next/static/chunks/b.js" defer=""></script>'), 'y/index.html'),
      /^Error: y\/index\.html: a Next script the hydration loader does not recognise/,
    );
    assert.throws(
      () => deferred(page('<link rel="modulepreload" href="/_next/static/chunks/m.js"/>'), 'z/index.html'),
      /^Error: z\/index\.html: a Next script the hydration loader does not recognise: <link rel="modulepreload"/,
    );
  });

  it('rewrites every page of a site in the post-build pass, counts the pages that hydrate, and stops on an unknown script naming the page', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'defer-'));
    fs.mkdirSync(path.join(dir, 'post'));
    fs.writeFileSync(path.join(dir, 'index.html'), page(NEXT_HEAD));
    fs.writeFileSync(path.join(dir, 'post', 'index.html'), page('', NEXT_BODY));
    fs.writeFileSync(path.join(dir, 'plain.html'), page(''));
    const logged: string[] = [];
    await runPostBuild(dir, [], { steps: ['defer-hydration'], log: (name, _seconds, done) => logged.push(`${name}: ${done}`) });
    assert.deepEqual(logged, [
      'page-pass: 3 pages, the stages below summed over them',
      'read-pages: 3 pages read and parsed',
      'defer-hydration: hydration after the first paint in 2 pages',
      'write-pages: 2 pages written',
    ]);
    assert.match(fs.readFileSync(path.join(dir, 'post', 'index.html'), 'utf8'), /id="deferred-scripts">\["\/_next\/static\/chunks\/main\.js"\]/);
    assert.equal(fs.readFileSync(path.join(dir, 'plain.html'), 'utf8'), page(''));

    fs.writeFileSync(path.join(dir, 'odd.html'), page('<script src="/_next/static/chunks/b.js" type="module"></script>'));
    await assert.rejects(
      runPostBuild(dir, [], { steps: ['defer-hydration', 'csp'] }),
      /^Error: odd\.html: a Next script the hydration loader does not recognise/,
    );
  });
});
