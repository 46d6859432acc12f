import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { loadAllPosts } from '../lib/content/load';
import { buildTagIndex, readerTags } from '../lib/content/tags';
import { makePostsDir, post } from './helpers';

describe('reader-facing tags', () => {
  const aliases = { 機械学習: 'machine-learning', 'Deep Nets': 'deep-learning' };

  it('replaces an alias by its tag, comparing spellings as slugs', () => {
    assert.deepEqual(readerTags(['機械学習', 'NLP'], aliases), ['machine-learning', 'NLP']);
    assert.deepEqual(readerTags(['deep nets'], aliases), ['deep-learning']);
  });

  it('keeps a tag once when a post carries it and its alias', () => {
    assert.deepEqual(readerTags(['machine-learning', '機械学習', 'Machine Learning'], aliases), ['machine-learning']);
  });

  it('never shows a language code as a tag', () => {
    assert.deepEqual(readerTags(['en', 'deep-learning', 'JA'], aliases), ['deep-learning']);
  });

  it('is applied when posts load, so one tag page counts both spellings', () => {
    const dir = makePostsDir({
      a: post('title: A\ndate: 2023-01-02\ntags: ["en", "machine-learning"]'),
      b: post('title: B\ndate: 2023-01-01\nlang: ja\ntags: ["機械学習", "ja"]'),
    });
    const posts = loadAllPosts({ postsDir: dir, root: dir });
    assert.deepEqual(
      posts.map((p) => p.tags),
      [['machine-learning'], ['machine-learning']],
    );
    assert.deepEqual(
      buildTagIndex(posts).map((tag) => [tag.slug, tag.posts.length]),
      [['machine-learning', 2]],
    );
  });
});
