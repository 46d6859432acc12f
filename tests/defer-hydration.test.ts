import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, it } from 'node:test';
import { HYDRATION_LOADER, deferHydration, deferHydrationInSite } from '../lib/build/defer-hydration';

const page = (head: string, body = '') => `<!DOCTYPE html><html lang="en"><head><meta charSet="utf-8"/>${head}<title>t</title></head><body><main>text</main>${body}</body></html>`;
// What Next 16 writes into an exported page: a low-priority preload, async chunks, the nomodule polyfill.
const NEXT_HEAD =
  '<link rel="stylesheet" href="/_next/static/chunks/a.css" data-precedence="next"/><link rel="preload" as="script" fetchPriority="low" href="/_next/static/chunks/main.js"/>' +
  '<script src="/_next/static/chunks/react.js" async=""></script><script src="/_next/static/chunks/turbopack-x.js" async=""></script><script src="/_next/static/chunks/poly.js" noModule=""></script>';
const NEXT_BODY = '<script>self.__next_f.push([0])</script><script src="/_next/static/chunks/main.js" async=""></script>';

describe('hydration after the first paint', () => {
  it('moves every Next runtime script and script preload into one list, in page order, loaded by the inline loader at the end of <body>', () => {
    const out = deferHydration(page(NEXT_HEAD, NEXT_BODY));
    assert.doesNotMatch(out, /<script src="[^"]*" async=""|rel="preload" as="script"/);
    const list = /<script type="application\/json" id="deferred-scripts">([^<]*)<\/script><script>([^<]*)<\/script><\/body>/.exec(out);
    assert.ok(list, out);
    assert.deepEqual(JSON.parse(list[1]), ['/_next/static/chunks/main.js', '/_next/static/chunks/react.js', '/_next/static/chunks/turbopack-x.js']);
    assert.equal(list[2], HYDRATION_LOADER);
    // Left alone: styles, inline RSC payload, the polyfill modern browsers never fetch.
    for (const kept of ['href="/_next/static/chunks/a.css"', '<script>self.__next_f.push([0])</script>', 'poly.js" noModule=""']) assert.ok(out.includes(kept), kept);
  });

  it('leaves pages without Next scripts, and pages already done, unchanged', () => {
    assert.equal(deferHydration(page('')), page(''));
    const once = deferHydration(page(NEXT_HEAD, NEXT_BODY));
    assert.equal(deferHydration(once), once);
  });

  it('refuses a Next script it does not recognise instead of leaving it to load early', () => {
    assert.throws(() => deferHydration(page(NEXT_HEAD, '<script src="/_next/static/chunks/b.js" async="" crossorigin=""></script>'), 'x/index.html'), /^Error: x\/index\.html: a Next script the hydration loader does not recognise/);
    // Also when it is the only one, so nothing on the page was recognised.
    assert.throws(() => deferHydration(page('<script src="/_next/static/chunks/b.js" defer=""></script>'), 'y/index.html'), /^Error: y\/index\.html: a Next script the hydration loader does not recognise/);
  });

  it('rewrites every page of a site and counts the pages that hydrate', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'defer-'));
    fs.mkdirSync(path.join(dir, 'post'));
    fs.writeFileSync(path.join(dir, 'index.html'), page(NEXT_HEAD));
    fs.writeFileSync(path.join(dir, 'post', 'index.html'), page('', NEXT_BODY));
    fs.writeFileSync(path.join(dir, 'plain.html'), page(''));
    assert.equal(deferHydrationInSite(dir), 2);
    assert.match(fs.readFileSync(path.join(dir, 'post', 'index.html'), 'utf8'), /id="deferred-scripts">\["\/_next\/static\/chunks\/main\.js"\]/);
    assert.equal(fs.readFileSync(path.join(dir, 'plain.html'), 'utf8'), page(''));
  });
});
