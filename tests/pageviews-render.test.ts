// Renders the page-view components against a fixture file, as a production build would: drafts hidden.
import assert from 'node:assert/strict';
import path from 'node:path';
import { describe, it } from 'node:test';
import { createElement as h } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';

Object.assign(process.env, { NODE_ENV: 'production' });
process.env.PAGEVIEWS_FILE = path.join(import.meta.dirname, 'fixtures/pageviews/pageviews.json');
const { getPost } = await import('../lib/content/index');
const { PostMeta } = await import('../components/post/PostMeta');
const { PopularPosts } = await import('../components/lists/PopularPosts');

const text = (html: string) => html.replace(/<[^>]+>/g, '');
// Outside a Next build next/link does not know about trailingSlash, so compare slugs.
const linkedSlugs = (html: string) => [...html.matchAll(/href="\/([^"/]+)\/?"/g)].map((m) => m[1]);

describe('page views from a data file', () => {
  it('shows the view count in the post meta line', () => {
    const html = renderToStaticMarkup(h(PostMeta, { post: getPost('deep_learning_2023')! }));
    assert.match(text(html), /^January 27, 2024 · \d+ min read · 800 views$/);
    assert.match(renderToStaticMarkup(h(PostMeta, { post: getPost('deep_learning_2022')! })), /1,200 views/);
  });

  it('lists trending (last 30 days) and most read (all time) posts, never the draft or non-post pages', () => {
    const html = renderToStaticMarkup(h(PopularPosts));
    const [trending, mostRead] = html.split('<h2').slice(1);
    assert.match(trending, /Trending.*Most read in the last 30 days/);
    assert.deepEqual(linkedSlugs(trending), ['deep_learning_2023', 'deep_learning_2022']);
    assert.match(text(trending), /Deep Learning Papers in 2023 90 views/);
    assert.match(mostRead, /Most read.*All time/);
    assert.deepEqual(linkedSlugs(mostRead), ['deep_learning_2022', 'deep_learning_2023']);
    assert.doesNotMatch(html, /draft|removed_post|9,999/);
  });
});
