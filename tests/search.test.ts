import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { excerptParts } from '../lib/search/excerpt';
import { BASE_PATH, pagefindModuleUrl, pagefindResultBaseUrl, href } from '../lib/urls/paths';
import { parseSearchParams, searchQueryString } from '../lib/search/query';
import { isSearchShortcut, type ShortcutEvent } from '../lib/search/shortcut';

describe('search URLs under a basePath', () => {
  it('uses the domain root when Next has no basePath', () => {
    assert.equal(BASE_PATH, '', 'unset outside a Next build');
    assert.equal(pagefindModuleUrl(), '/pagefind/pagefind.js');
    assert.equal(pagefindResultBaseUrl(), '/');
    assert.equal(href('/search/'), '/search/');
  });

  it('prefixes the bundle, result and page URLs with the basePath', () => {
    assert.equal(pagefindModuleUrl('/blog'), '/blog/pagefind/pagefind.js');
    assert.equal(pagefindModuleUrl('/blog/'), '/blog/pagefind/pagefind.js');
    assert.equal(pagefindResultBaseUrl('/blog'), '/blog/');
    assert.equal(href('/search/', '/docs/blog'), '/docs/blog/search/');
  });

  it('rejects a relative path', () => {
    assert.throws(() => href('search/', '/blog'), /root-relative/);
  });
});

describe('excerpt parts', () => {
  it('splits <mark>ed terms from the text around them', () => {
    assert.deepEqual(excerptParts('via <mark>Speculative</mark> <mark>Decoding.</mark> Yaniv'), [
      { text: 'via ', marked: false },
      { text: 'Speculative', marked: true },
      { text: ' ', marked: false },
      { text: 'Decoding.', marked: true },
      { text: ' Yaniv', marked: false },
    ]);
  });

  it('decodes the escaped page text instead of treating it as HTML', () => {
    assert.deepEqual(excerptParts('a &lt;img src=x onerror=alert(1)&gt; &amp; <mark>b</mark>'), [
      { text: 'a <img src=x onerror=alert(1)> & ', marked: false },
      { text: 'b', marked: true },
    ]);
    assert.deepEqual(excerptParts('R&D &quot;quoted&quot; it&#39;s'), [{ text: 'R&D "quoted" it\'s', marked: false }]);
  });
});

describe('search shortcut', () => {
  const press = (key: string, extra: Partial<ShortcutEvent> = {}): boolean =>
    isSearchShortcut({ key, ctrlKey: false, metaKey: false, altKey: false, target: { tagName: 'BODY' }, ...extra });

  it('opens on "/", Ctrl-K and Cmd-K', () => {
    assert.equal(press('/'), true);
    assert.equal(press('k', { ctrlKey: true }), true);
    assert.equal(press('K', { metaKey: true }), true);
    assert.equal(press('k'), false);
    assert.equal(press('/', { ctrlKey: true }), false);
    assert.equal(press('k', { ctrlKey: true, altKey: true }), false);
  });

  it('leaves keys alone while the reader types in a field', () => {
    for (const tagName of ['INPUT', 'textarea', 'SELECT']) {
      assert.equal(press('/', { target: { tagName } }), false, tagName);
      assert.equal(press('k', { ctrlKey: true, target: { tagName } }), false, tagName);
    }
    assert.equal(press('/', { target: { tagName: 'DIV', isContentEditable: true } }), false);
    assert.equal(press('/', { target: null }), true);
  });
});

describe('search page query string', () => {
  it('reads the query and the filters', () => {
    assert.deepEqual(parseSearchParams('?q=+Block-NeRF+&tag=en&lang=ja'), { q: 'Block-NeRF', filters: { tag: 'en', lang: 'ja' } });
    assert.deepEqual(parseSearchParams(''), { q: '', filters: {} });
    assert.deepEqual(parseSearchParams('?q=x&tag='), { q: 'x', filters: {} });
  });

  it('writes what it reads', () => {
    const request = { q: 'speculative decoding', filters: { tag: 'machine-learning' } };
    assert.equal(searchQueryString(request), '?q=speculative+decoding&tag=machine-learning');
    assert.deepEqual(parseSearchParams(searchQueryString(request)), request);
    assert.equal(searchQueryString({ q: '  ', filters: {} }), '');
  });
});
