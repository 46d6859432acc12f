import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { buildPostNavigation } from '../lib/content/post-navigation';
import { fakePost } from './helpers';

const review = 'year in review of deep learning papers transformers diffusion radiance fields';

/** Every post linked from the end of a page, block by block. */
function listed(nav: ReturnType<typeof buildPostNavigation>, slug: string): string[] {
  const { series, older, newer, related } = nav.get(slug)!;
  return [...series.filter((p) => p.slug !== slug), older, newer, ...related].filter((p) => p !== undefined).map((p) => p.slug);
}

describe('post navigation (series, older/newer, related)', () => {
  // Newest first, as getPosts() returns them: three reviews in a series, two other posts between.
  const posts = [
    fakePost('review-2024', { date: '2025-01-20T00:00:00Z', series: 'Year in Review', text: `${review} 2024`, tags: ['dl'] }),
    fakePost('ja-post', { date: '2024-06-01T00:00:00Z', lang: 'ja', text: `${review} 日本語`, tags: ['dl'] }),
    fakePost('review-2023', { date: '2024-01-27T00:00:00Z', series: 'Year in Review', text: `${review} 2023`, tags: ['dl'] }),
    fakePost('review-2022', { date: '2023-01-17T00:00:00Z', series: 'Year in Review', text: `${review} 2022`, tags: ['dl'] }),
    fakePost('tools', { date: '2022-05-01T00:00:00Z', text: `${review} tools`, tags: ['dl'] }),
    fakePost('cooking', { date: '2022-01-01T00:00:00Z', text: 'sourdough bread baking', tags: ['food'], series: 'Alone' }),
  ];
  const nav = buildPostNavigation(posts);

  it('never lists the same post twice, nor the post itself, at the end of any post', () => {
    for (const post of posts) {
      const slugs = listed(nav, post.slug);
      assert.deepEqual(slugs, [...new Set(slugs)], `${post.slug}: ${slugs.join(', ')}`);
      assert.ok(!slugs.includes(post.slug));
    }
  });

  it('keeps the series whole, oldest first, and drops an older/newer neighbour it already lists', () => {
    const r2023 = nav.get('review-2023')!;
    assert.deepEqual(
      r2023.series.map((p) => p.slug),
      ['review-2022', 'review-2023', 'review-2024'],
    );
    assert.equal(r2023.older, undefined, 'review-2022 is in the series box');
    assert.equal(r2023.newer?.slug, 'ja-post');
    assert.equal(nav.get('review-2022')!.older?.slug, 'tools');
  });

  it('fills related posts with the next best instead of repeating the blocks above', () => {
    assert.deepEqual(
      nav.get('review-2023')!.related.map((p) => p.slug),
      ['tools'],
    );
    // Without a series, the neighbours are linked as older/newer and related posts come from the rest.
    const tools = nav.get('tools')!;
    assert.deepEqual([tools.newer?.slug, tools.older?.slug], ['review-2022', 'cooking']);
    assert.deepEqual(
      tools.related.map((p) => p.slug),
      ['review-2024', 'review-2023', 'ja-post'],
    );
  });

  it('shows no series box for a series of one post', () => {
    assert.deepEqual(nav.get('cooking')!.series, []);
  });
});
