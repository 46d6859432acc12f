import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { pageCount, pageItems } from '../lib/content/pagination';
import { listPagePath as pageHref } from '../lib/urls/paths';
import { buildRelatedIndex, terms } from '../lib/content/related';
import { buildTagIndex, tagSlug } from '../lib/content/tags';
import { shareLinks } from '../lib/seo/share-links';
import { fakePost } from './helpers';

describe('tag slugs', () => {
  it('kebab-cases ASCII tags', () => {
    assert.equal(tagSlug('Deep Learning'), 'deep-learning');
    assert.equal(tagSlug('machine_learning'), 'machine-learning');
    assert.equal(tagSlug('Vision & Language'), 'vision-language');
    assert.equal(tagSlug('  NeRF  '), 'nerf');
  });

  it('keeps non-ASCII letters, so Japanese tags stay readable', () => {
    assert.equal(tagSlug('機械学習'), '機械学習');
    assert.equal(tagSlug('深層 学習'), '深層-学習');
    assert.equal(tagSlug('Ｄｅｅｐ'), 'deep'); // full-width letters fold to ASCII
  });

  it('refuses a tag with nothing to make a URL from', () => {
    assert.throws(() => tagSlug('!!!'), /tag "!!!" has no letters or digits/);
  });

  it('counts posts per tag, merging spellings with the same slug, most used first', () => {
    const posts = [fakePost('a', { tags: ['Deep Learning', 'NLP'] }), fakePost('b', { tags: ['deep-learning'] }), fakePost('c', { tags: ['Vision'] })];
    const index = buildTagIndex(posts);
    assert.deepEqual(
      index.map((t) => [t.slug, t.name, t.posts.map((p) => p.slug)]),
      [
        ['deep-learning', 'Deep Learning', ['a', 'b']],
        ['nlp', 'NLP', ['a']],
        ['vision', 'Vision', ['c']],
      ],
    );
  });
});

describe('pagination', () => {
  it('has one page even with no posts, then one more every 10 posts', () => {
    assert.equal(pageCount(0), 1);
    assert.equal(pageCount(10), 1);
    assert.equal(pageCount(11), 2);
    assert.equal(pageCount(25), 3);
  });

  it('slices the items of a 1-based page', () => {
    const items = Array.from({ length: 25 }, (_, i) => i);
    assert.deepEqual(pageItems(items, 1), [0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
    assert.deepEqual(pageItems(items, 3), [20, 21, 22, 23, 24]);
    assert.deepEqual(pageItems(items, 4), []);
  });

  it('links page 1 to the home page and the others to /page/N/', () => {
    assert.equal(pageHref(1), '/');
    assert.equal(pageHref(2), '/page/2/');
  });
});

describe('related posts', () => {
  const nerf = 'neural radiance fields render novel views of a scene from posed photographs using volume rendering';
  const llm = 'large language models generate text token by token with transformer decoders and attention';
  const posts = [
    fakePost('nerf-2022', { text: `${nerf} city scale blocks`, tags: ['nerf', 'vision'] }),
    fakePost('nerf-2023', { text: `${nerf} gaussian splatting real time`, tags: ['nerf'] }),
    fakePost('llm-2023', { text: `${llm} speculative decoding`, tags: ['nlp'] }),
    fakePost('llm-2024', { text: `${llm} preference optimisation`, tags: ['nlp'] }),
    fakePost('nerf-ja', { lang: 'ja', text: `${nerf} 日本語の解説`, tags: ['nerf'] }),
    fakePost('llm-ja', { lang: 'ja', text: `${llm} 日本語の解説`, tags: ['nlp'] }),
    fakePost('unrelated', { text: 'sourdough bread baking hydration starter', tags: ['cooking'] }),
  ];
  const related = buildRelatedIndex(posts);
  const slugs = (slug: string) => related.get(slug)!.map((p) => p.slug);

  it('ranks posts with shared text and tags first and never lists the post itself', () => {
    assert.deepEqual(slugs('llm-2023').slice(0, 1), ['llm-2024']);
    assert.equal(slugs('nerf-2022')[0], 'nerf-2023');
    for (const post of posts) assert.ok(!slugs(post.slug).includes(post.slug));
  });

  it('puts posts in the same language before other languages, even when they match less', () => {
    // nerf-ja's only Japanese neighbour shares just a phrase with it; the English NeRF posts share much more.
    assert.equal(slugs('nerf-ja')[0], 'llm-ja');
    const langs = slugs('nerf-2022').map((slug) => posts.find((p) => p.slug === slug)!.lang);
    assert.deepEqual(langs, [...langs].sort(), 'English posts first, then Japanese ones');
  });

  it('lists at most three and leaves out posts with nothing in common', () => {
    for (const post of posts) assert.ok(related.get(post.slug)!.length <= 3);
    assert.deepEqual(slugs('unrelated'), []);
  });

  it('splits Japanese into character bigrams and drops English stopwords', () => {
    assert.deepEqual(terms('深層学習 and the Transformer'), ['深層', '層学', '学習', 'transformer']);
  });

  it('scores 1000 posts, each once, fast enough to run once per build', () => {
    const many = Array.from({ length: 1000 }, (_, i) =>
      fakePost(`p${i}`, { text: `${i % 2 ? nerf : llm} topic${i % 37} extra${i % 11}`, tags: [`t${i % 13}`] }),
    );
    const started = performance.now();
    const index = buildRelatedIndex(many);
    for (const post of many) assert.ok(index.get(post.slug)!.length > 0);
    // Not a timing assertion: printed so a regression to per-page scoring is visible in the log.
    console.log(`related index for 1000 posts: ${Math.round(performance.now() - started)} ms`);
  });

  it('scores a post only when its list is asked for, once (a dev save rescores the open post, not the site)', () => {
    const scored: string[] = [];
    const index = buildRelatedIndex(posts, { exclude: (post) => (scored.push(post.slug), undefined) });
    assert.deepEqual(scored, []);
    index.get('nerf-2022');
    index.get('nerf-2022');
    assert.deepEqual(scored, ['nerf-2022']);
    assert.equal(index.get('no-such-post'), undefined);
  });
});

describe('share links', () => {
  it('carry the encoded URL and title to each service, as plain links', () => {
    const links = shareLinks('https://example.com/a-post/', 'Q&A: "Why?" <2023>');
    assert.deepEqual(
      links.map((l) => l.service),
      ['X', 'Hatena Bookmark', 'LinkedIn', 'Reddit', 'Facebook', 'LINE'],
    );
    for (const { href } of links) {
      const url = new URL(href);
      assert.equal(url.protocol, 'https:');
      assert.ok([...url.searchParams.values()].includes('https://example.com/a-post/'), href);
    }
    const x = new URL(links[0].href);
    assert.equal(x.searchParams.get('text'), 'Q&A: "Why?" <2023>');
  });
});
