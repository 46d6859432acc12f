import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { Comments } from '../components/post/Comments';
import { PostMeta } from '../components/post/PostMeta';
import { compileSource, fakePost } from './helpers';

const source = (lang: string) => `---
title: T
date: 2023-01-01
lang: ${lang}
---

## First part

### A detail with $x^2$

## Second part

Text with a note.[^1]

[^1]: The note.
`;

describe('post outline (table of contents) and localised footnotes', () => {
  it('gives the h2/h3 headings with the ids rehype-slug gave them, math as TeX, from the same compile as the body', async () => {
    const { code: js, headings } = await compileSource(source('en'), '/tmp/post/index.mdx');
    assert.deepEqual(headings, [
      { depth: 2, id: 'first-part', text: 'First part' },
      { depth: 3, id: 'a-detail-with-x2', text: 'A detail with x^2' },
      { depth: 2, id: 'second-part', text: 'Second part' },
    ]);
    assert.match(js, /"Footnotes"/);
  });

  it('labels footnotes in Japanese on Japanese posts', async () => {
    const js = (await compileSource(source('ja'), '/tmp/post/index.mdx')).code;
    assert.match(js, /"脚注"/);
    assert.doesNotMatch(js, /"Footnotes"/);
    assert.match(js, /本文の参照箇所に戻る/);
  });
});

describe('comments', () => {
  it('render only a button: giscus is not loaded before the reader asks', () => {
    const html = renderToStaticMarkup(createElement(Comments, { config: { repo: 'o/r', repoId: 'R', category: 'C', categoryId: 'DIC' }, lang: 'en' }));
    assert.match(html, /<button[^>]*>Show comments<\/button>/);
    assert.doesNotMatch(html, /giscus\.app|<script|<iframe/);
  });
});

describe('post meta line', () => {
  const base = fakePost('s', { readingMinutes: 6 });

  it('shows the updated date only when the post has one', () => {
    const plain = renderToStaticMarkup(createElement(PostMeta, { post: { ...base, date: '2023-01-17T00:00:00.000Z' } }));
    assert.equal(plain.replace(/<[^>]+>/g, ''), 'January 17, 2023 · 6 min read');
    const updated = renderToStaticMarkup(createElement(PostMeta, { post: { ...base, date: '2023-01-17T00:00:00.000Z', updated: '2023-03-02T00:00:00.000Z' } }));
    assert.match(updated, /Updated <time dateTime="2023-03-02T00:00:00.000Z">March 2, 2023<\/time>/);
    const ja = renderToStaticMarkup(
      createElement(PostMeta, { post: { ...base, lang: 'ja', date: '2023-01-17T00:00:00.000Z', updated: '2023-03-02T00:00:00.000Z' } }),
    );
    assert.match(ja, /更新: <time dateTime="2023-03-02T00:00:00.000Z">2023年3月2日<\/time>/);
  });
});
