import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, it } from 'node:test';
import { checkContent } from '../lib/check/check-content';
import { collectPosts } from '../lib/content/load';
import { createPost, slugify } from '../lib/content/scaffold';

describe('npm run new', () => {
  it('slugs titles like the existing posts', () => {
    assert.equal(slugify('Year in Review: Deep Learning in 2024!'), 'year_in_review_deep_learning_in_2024');
    assert.equal(slugify('Café Ñoño'), 'cafe_nono');
  });

  it('creates a valid draft post that passes the content check', async () => {
    const postsDir = fs.mkdtempSync(path.join(os.tmpdir(), 'new-post-'));
    const { slug, file } = createPost({ postsDir, title: 'My First Review', tags: ['deep-learning'], lang: 'ja', date: '2025-01-20' });
    assert.equal(slug, 'my_first_review');
    assert.equal(file, path.join(postsDir, 'my_first_review', 'index.mdx'));
    const { posts, problems } = collectPosts({ postsDir });
    assert.deepEqual(problems, []);
    assert.equal(posts[0].title, 'My First Review');
    assert.equal(posts[0].draft, true);
    assert.equal(posts[0].lang, 'ja');
    assert.equal(posts[0].date, '2025-01-20T00:00:00.000Z');
    assert.deepEqual(posts[0].tags, ['deep-learning']);
    // A draft alone publishes nothing (the site-level check refuses that), so give it a published neighbour.
    fs.mkdirSync(path.join(postsDir, 'published'));
    fs.writeFileSync(path.join(postsDir, 'published', 'index.mdx'), '---\ntitle: Published\ndate: 2025-01-01\ntags: [x]\n---\n\nText.\n');
    assert.deepEqual(await checkContent({ postsDir, now: new Date('2025-02-01') }), []);
  });

  it('refuses to overwrite an existing post', () => {
    const postsDir = fs.mkdtempSync(path.join(os.tmpdir(), 'new-post-'));
    createPost({ postsDir, title: 'Twice' });
    const before = fs.readFileSync(path.join(postsDir, 'twice', 'index.mdx'), 'utf8');
    assert.throws(() => createPost({ postsDir, title: 'Twice' }), /twice\/ already exists/);
    assert.equal(fs.readFileSync(path.join(postsDir, 'twice', 'index.mdx'), 'utf8'), before);
  });

  it('asks for a slug when the title has no Latin letters', () => {
    const postsDir = fs.mkdtempSync(path.join(os.tmpdir(), 'new-post-'));
    assert.throws(() => createPost({ postsDir, title: '深層学習の一年' }), /pass one with --slug/);
    assert.equal(createPost({ postsDir, title: '深層学習の一年', slug: 'shinsou_2024' }).slug, 'shinsou_2024');
  });
});
