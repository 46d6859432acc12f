import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { EXTERNAL_URL, HTTP_URL, ISO_DATE, URL_IN_TEXT } from '../lib/content/patterns.mjs';
import { ROOT, sourceFiles } from './import-graph';

describe('shared text patterns', () => {
  it('ISO_DATE takes a day, a time with or without seconds and zone, and nothing looser', () => {
    for (const date of ['2023-01-17', '2023-01-17T22:01', '2023-01-17T22:01:03Z', '2023-01-17 22:01:03.5+09:00', '2023-01-17T22:01:03-0500']) {
      assert.match(date, ISO_DATE, date);
    }
    for (const date of ['2023-1-17', '17.01.2023', 'Jan 17 2023', '2023-01-17T22', '2023-01-17T22:01:03 UTC', ' 2023-01-17']) {
      assert.doesNotMatch(date, ISO_DATE, date);
    }
  });

  it('HTTP_URL is one whole http(s) URL; URL_IN_TEXT finds each one in a text', () => {
    for (const url of ['https://arxiv.org/abs/2401.00001', 'http://example.com']) assert.match(url, HTTP_URL, url);
    for (const url of ['ftp://example.com', '//example.com', 'see https://example.com', 'https://a.b/c d', 'https://']) {
      assert.doesNotMatch(url, HTTP_URL, url);
    }
    assert.deepEqual('Code: https://github.com/x/y and http://a.b/c?d=1.'.match(URL_IN_TEXT), ['https://github.com/x/y', 'http://a.b/c?d=1.']);
  });

  it('EXTERNAL_URL is any scheme or a protocol-relative URL, not a path or anchor of the site', () => {
    for (const url of ['https://x.com/a', 'mailto:a@b.c', 'data:image/png;base64,AA', 'javascript:alert(1)', '//cdn.example.com/a.js', 'HTTP://X']) {
      assert.match(url, EXTERNAL_URL, url);
    }
    for (const url of ['/tags/', '#intro', 'photo.png', './a/b.png', '../x/', '2024/01/x.png']) assert.doesNotMatch(url, EXTERNAL_URL, url);
  });
});

/** Regex sources of the shared patterns: written anywhere else, they are a second definition. */
const COPIES = [/\\d\{4\}-\\d\{2\}-\\d\{2\}/, /https\?:\\\/\\\/(?:\\S|\[\^\\s\])\+/, /\[a-z\]\[a-z0-9\+\.-\]\*:/];
const copiesIn = (text: string) => text.split('\n').filter((line) => COPIES.some((copy) => copy.test(line)));

describe('each shared pattern is defined once', () => {
  it('finds a second definition when one is written', () => {
    const written = [
      'const ISO_DATE = /^\\d{4}-\\d{2}-\\d{2}$/;',
      'z.string().refine((s) => /^https?:\\/\\/[^\\s]+$/.test(s))',
      "text.replace(/https?:\\/\\/\\S+/g, ' ')",
      'if (/^[a-z][a-z0-9+.-]*:|^\\/\\//i.test(href)) return;',
    ];
    assert.deepEqual(copiesIn(written.join('\n')), written);
    assert.deepEqual(copiesIn("const FRAME_ORIGIN = /^https?:\\/\\/[a-z0-9.-]+$/i;\nimport { ISO_DATE } from './patterns.mjs';"), []);
  });

  it('has none outside lib/content/patterns.mjs in app/, components/ and lib/', () => {
    const found = ['app', 'components', 'lib']
      .flatMap((folder) => sourceFiles(path.join(ROOT, folder)))
      .filter((file) => path.relative(ROOT, file) !== path.join('lib', 'content', 'patterns.mjs'))
      .flatMap((file) => copiesIn(fs.readFileSync(file, 'utf8')).map((line) => `${path.relative(ROOT, file)}: ${line.trim()}`));
    assert.deepEqual(found, []);
  });
});
