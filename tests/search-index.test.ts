import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { describe, it } from 'node:test';
import { createElement as h } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { Paper } from '../components/mdx/Paper';
import { PostArticle } from '../components/post/PostArticle';
import { buildSearchIndex } from '../lib/search/build-index';
import { fakePost } from './helpers';

const post = fakePost('a-post', {
  title: 'Titleword in the heading',
  date: '2024-01-27T00:00:00.000Z',
  description: 'Descriptionword',
  excerpt: 'Descriptionword',
  tags: ['machine-learning', 'nerf'],
  lang: 'ja',
  authors: ['Footerword Author'],
  readingMinutes: 3,
});

/** An exported site with one post page (the real PostArticle markup) and a home page. */
function exportedSite(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'search-site-'));
  const body = h(
    'div',
    null,
    h('p', null, 'Bodyword prose about neural fields.'),
    h(Paper, { title: 'Papertitleword', authors: 'A. One, B. Two, C. Three, D. Four, E. Five', paper: 'https://arxiv.org/abs/2202.05263', venue: 'CVPR 2022' }),
  );
  const page = renderToStaticMarkup(
    h(
      'html',
      { lang: post.lang },
      h('body', null, h('header', null, 'Headerword'), h(PostArticle, { post, headings: [], navigation: { series: [], related: [] }, children: body })),
    ),
  );
  fs.mkdirSync(path.join(dir, post.slug));
  fs.writeFileSync(path.join(dir, post.slug, 'index.html'), `<!doctype html>${page}`);
  fs.writeFileSync(path.join(dir, 'index.html'), '<!doctype html><html lang="en"><body><h1>Homeword</h1><p>Titleword in the heading</p></body></html>');
  return dir;
}

/** The indexed records, read back from pagefind's gzip'd fragment files. */
function indexedRecords(outputPath: string): { url: string; content: string; meta: Record<string, string>; filters: Record<string, string[]> }[] {
  const dir = path.join(outputPath, 'fragment');
  return fs.readdirSync(dir).map((file) =>
    JSON.parse(
      zlib
        .gunzipSync(fs.readFileSync(path.join(dir, file)))
        .toString('utf8')
        .replace(/^pagefind_dcd/, ''),
    ),
  );
}

describe('search index build', () => {
  it('indexes the post title and body only, with language and tag filters', async () => {
    const site = exportedSite();
    const { pages, outputPath } = await buildSearchIndex({ siteDir: site, language: 'en', expectedPages: 1 });
    assert.equal(pages, 1);
    assert.equal(outputPath, path.join(site, 'pagefind'));
    const entry = JSON.parse(fs.readFileSync(path.join(outputPath, 'pagefind-entry.json'), 'utf8'));
    assert.deepEqual(Object.keys(entry.languages), ['en'], 'one index for every language, so readers on any page search every post');

    const [record, ...others] = indexedRecords(outputPath);
    assert.equal(others.length, 0, 'the home page has no data-pagefind-body and is not indexed');
    assert.equal(record.url, '/a-post/');
    assert.equal(record.meta.title, 'Titleword in the heading');
    assert.deepEqual(record.filters, { lang: ['ja'], tag: ['machine-learning', 'nerf'] });
    for (const word of ['Titleword', 'Bodyword']) assert.ok(record.content.includes(word), `${word} is indexed`);
    // Site header, meta line, tag list, author footer, screen-reader labels, the paper card (title, authors, venue, BibTeX): not indexed.
    for (const noise of [
      'Headerword',
      '3 min read',
      'machine-learning',
      'Footerword',
      'opens in a new tab',
      'Papertitleword',
      'E. Five',
      'CVPR',
      'show all',
      '@article',
      'arXiv:2202.05263',
    ]) {
      assert.ok(!record.content.includes(noise), `"${noise}" is not indexed: ${record.content}`);
    }
  });

  it('fails when the indexed pages are not the published posts', async () => {
    const site = exportedSite();
    await assert.rejects(
      buildSearchIndex({ siteDir: site, language: 'en', expectedPages: 2 }),
      /indexed 1 page\(s\) in .* but 2 post\(s\) are published: .*data-pagefind-body/,
    );
    assert.equal(fs.existsSync(path.join(site, 'pagefind')), false, 'no partial index is left behind');
  });
});
