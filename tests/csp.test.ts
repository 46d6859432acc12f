import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, it } from 'node:test';
import { SECURITY_HEADERS, headersFile, inlineScriptHashes, pagePolicy, withCsp, withCspMeta } from '../lib/post-build/csp';
import { deferHydration } from '../lib/post-build/defer-hydration';
import { applyEdits, parsePage } from '../lib/post-build/site-pass';
import { runPostBuild } from '../lib/post-build/post-build';

// Hashes computed with `printf '<code>' | openssl dgst -sha256 -binary | base64`.
const ALERT = "'sha256-bhHHL3z2vDgxUt0W3dWQOrprscmda2Y5pLsLg4GF+pI='";
const NEXT_PUSH = "'sha256-VXfQxoId3eHgS78yBQY2mYYWuOAzZGdxULBMV816UdU='";

const page = (head: string, body = '') =>
  `<!DOCTYPE html><html lang="en"><head><meta charSet="utf-8"/>${head}<title>t</title></head><body>${body}</body></html>`;

describe('Content-Security-Policy for exported pages', () => {
  it('hashes every inline script the browser runs, once each, and skips external scripts and data blocks', () => {
    const html = page(
      '<script src="/_next/static/chunks/a.js" async=""></script><script>alert(1)</script>',
      '<script type="application/ld+json">{"@type":"ScholarlyArticle"}</script><script>self.__next_f.push([0])</script><script type="module">alert(1)</script>',
    );
    assert.deepEqual(inlineScriptHashes(html), [ALERT, NEXT_PUSH]);
  });

  it('refuses inline code that no hash can allow, naming the file', () => {
    assert.throws(
      () => inlineScriptHashes(page('', '<button onclick="go()">x</button>'), 'a/index.html'),
      /^Error: a\/index\.html: <button> has an inline event handler \(onclick\)/,
    );
    assert.throws(() => inlineScriptHashes(page('', '<a href="javascript:go()">x</a>'), 'b.html'), /b\.html: <a> links to a javascript: URL/);
  });

  it('builds a policy without unsafe-inline scripts and with the fixed directives', () => {
    const policy = pagePolicy([ALERT]);
    assert.match(policy, new RegExp(`(^|; )script-src 'self' 'wasm-unsafe-eval' ${ALERT.replace(/[+]/g, '\\+')}(;|$)`));
    for (const directive of [
      "default-src 'self'",
      "object-src 'none'",
      "base-uri 'self'",
      "form-action 'self'",
      'frame-src https://www.youtube-nocookie.com',
      "img-src 'self' data:",
      "style-src 'self' 'unsafe-inline'",
    ]) {
      assert.ok(policy.split('; ').includes(directive), `${directive} in ${policy}`);
    }
    assert.doesNotMatch(
      policy.split('; ').find((d) => d.startsWith('script-src'))!,
      /'unsafe-inline'|'unsafe-eval'/,
    );
  });

  it('opens the policy to giscus and Google Analytics only when the site config turns them on', () => {
    const off = pagePolicy([], { comments: undefined, gaMeasurementId: '' });
    assert.doesNotMatch(off, /giscus|google/);
    const on = pagePolicy([], { comments: { repo: 'o/r', repoId: 'R', category: 'C', categoryId: 'D' }, gaMeasurementId: 'G-1' });
    assert.match(on, /script-src [^;]*https:\/\/giscus\.app[^;]*https:\/\/www\.googletagmanager\.com/);
    assert.match(on, /frame-src https:\/\/www\.youtube-nocookie\.com https:\/\/giscus\.app/);
    assert.match(on, /connect-src 'self' https:\/\/\*\.google-analytics\.com/);
  });

  it('puts the policy right after <meta charset>, before any script, and replaces it when run again', () => {
    const html = page('<script src="/a.js"></script>', '<script>alert(1)</script>');
    const once = withCspMeta(html);
    assert.ok(
      once.startsWith(
        `<!DOCTYPE html><html lang="en"><head><meta charSet="utf-8"/><meta http-equiv="Content-Security-Policy" content="script-src 'self' 'wasm-unsafe-eval' ${ALERT}; default-src`,
      ),
    );
    assert.equal(withCspMeta(once), once);
    assert.throws(() => withCspMeta('<p>no head</p>', 'x.html'), /x\.html: no <head>/);
    // Without <meta charset> first, the policy still goes first in <head>; an empty <head> gets it too.
    assert.ok(
      withCspMeta('<html><head><title>t</title></head><body></body></html>').startsWith(
        '<html><head><meta http-equiv="Content-Security-Policy" content="script-src',
      ),
    );
    assert.ok(withCspMeta('<html><head></head><body></body></html>').startsWith('<html><head><meta http-equiv="Content-Security-Policy" content="script-src'));
  });

  it('writes every page of a site and a _headers file with frame-ancestors', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'site-'));
    fs.mkdirSync(path.join(dir, 'post'));
    fs.writeFileSync(path.join(dir, 'index.html'), page('', '<script>alert(1)</script>'));
    fs.writeFileSync(path.join(dir, 'post/index.html'), page('', '<script>self.__next_f.push([0])</script>'));
    const logged: string[] = [];
    await runPostBuild(dir, [], { steps: ['csp'], log: (name, _seconds, done) => logged.push(`${name}: ${done}`) });
    assert.deepEqual(logged, [
      'page-pass: 2 pages, the stages below summed over them',
      'read-pages: 2 pages read and parsed',
      'csp: Content-Security-Policy in 2 pages, headers in _headers',
      'write-pages: 2 pages written',
    ]);
    assert.match(
      fs.readFileSync(path.join(dir, 'post/index.html'), 'utf8'),
      new RegExp(`content="script-src 'self' 'wasm-unsafe-eval' ${NEXT_PUSH.replace(/[+]/g, '\\+')};`),
    );
    const headers = fs.readFileSync(path.join(dir, '_headers'), 'utf8');
    assert.equal(headers, headersFile());
    assert.match(headers, /^\/\*\n {2}Content-Security-Policy: frame-ancestors 'none';/);
    assert.match(headers, /\n {2}X-Content-Type-Options: nosniff\n/);
    assert.match(headers, /\n {2}Referrer-Policy: strict-origin-when-cross-origin\n/);
    assert.match(headers, /\n {2}Permissions-Policy: camera=\(\)/);
    // Under a base path the rules name the paths the site is served at.
    assert.match(headersFile('/blog'), /^\/blog\/\*\n[\s\S]*\n\/blog\/_next\/static\/\*\n {2}Cache-Control: public, max-age=31536000, immutable\n$/);
  });
});

describe('CSP after the scripts are settled', () => {
  it('takes only a page whose scripts are final, so it cannot run before hydration deferral (checked by npm run typecheck)', () => {
    const parsed = parsePage('p.html', page('', '<script>alert(1)</script>'));
    // @ts-expect-error a parsed page is not settled: withCsp needs deferHydration's or scriptsAsWritten's result
    const unsettled = () => withCsp(parsed);
    assert.equal(typeof unsettled, 'function');
    // @ts-expect-error nor can one be written by hand
    const forged = () => withCsp({ page: parsed, edits: [], inlineScripts: [], deferred: false });
    assert.equal(typeof forged, 'function');
    assert.ok(applyEdits(parsed, withCsp(deferHydration(parsed))).includes(ALERT));
  });
});

describe('README deploy instructions', () => {
  it('give nginx the same headers as out/_headers', () => {
    const readme = fs.readFileSync(path.join(import.meta.dirname, '..', 'README.md'), 'utf8');
    for (const [name, value] of Object.entries(SECURITY_HEADERS))
      assert.ok(readme.includes(`add_header ${name} "${value}" always;`), `README's nginx snippet lacks ${name}: ${value}`);
  });
});
