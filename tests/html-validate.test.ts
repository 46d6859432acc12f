import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, it } from 'node:test';
import { validateHtml } from '../scripts/qa/html-validate';
import { distinctPagePaths } from '../lib/post-build/site-files';

describe('HTML validation (vnu) and page listing', () => {
  it('reports errors with file and line, ignores notes and the file:-origin CSP reports', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'html-'));
    const good = path.join(dir, 'good.html');
    const bad = path.join(dir, 'bad.html');
    fs.writeFileSync(
      good,
      `<!DOCTYPE html><html lang="en"><head><meta charSet="utf-8"/><meta http-equiv="Content-Security-Policy" content="script-src 'self'"/><title>ok</title><script src="/a.js"></script></head><body><p>ok</p></body></html>`,
    );
    fs.writeFileSync(
      bad,
      `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>bad</title></head><body>\n<p id="x">a</p><p id="x">b</p></body></html>`,
    );
    const messages = validateHtml([good, bad]);
    assert.deepEqual(
      messages.filter((m) => m.file === good),
      [],
    );
    const errors = messages.filter((m) => m.severity === 'error');
    assert.deepEqual(
      errors.map(({ file, line }) => ({ file, line })),
      [{ file: bad, line: 2 }],
    );
    assert.match(errors[0].message, /Duplicate ID “x”/);
  });

  it('lists each distinct page once, at the URL a static host serves it', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'site-'));
    for (const [file, html] of Object.entries({
      'index.html': 'home',
      '404.html': 'missing',
      '404/index.html': 'missing',
      'a/index.html': 'a',
      'a/b/index.html': 'b',
    })) {
      fs.mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
      fs.writeFileSync(path.join(dir, file), html);
    }
    assert.deepEqual(distinctPagePaths(dir), ['/404.html', '/a/b/', '/a/', '/']);
  });
});
