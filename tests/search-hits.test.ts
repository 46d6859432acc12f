import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { pageHits, withEllipsis } from '../lib/search/hits';
import { fillIn } from '../lib/i18n/template';

const page = {
  url: '/deep_learning_2023/',
  excerpt: 'page excerpt',
  meta: { title: 'Year in Review 2023' },
  sub_results: [
    { title: 'Year in Review 2023', url: '/deep_learning_2023/', excerpt: 'As we step into 2024, the <mark>splatting</mark> year.', locations: [3] },
    {
      title: '3D Gaussian Splatting',
      url: '/deep_learning_2023/#3d-gaussian-splatting',
      excerpt: 'represent a scene with 3D <mark>Gaussians</mark> and find',
      locations: [10, 12, 20],
    },
    { title: 'Segment Anything', url: '/deep_learning_2023/#segment-anything', excerpt: 'one <mark>splat</mark>', locations: [40, 41] },
    { title: 'Concluding Remarks', url: '/deep_learning_2023/#concluding-remarks', excerpt: 'bye.', locations: [90] },
  ],
};

describe('search hits', () => {
  it('gives one hit per matching section, best first, linking to the section anchor', () => {
    const hits = pageHits(page, 3);
    assert.deepEqual(
      hits.map((hit) => [hit.url, hit.post, hit.section]),
      [
        ['/deep_learning_2023/#3d-gaussian-splatting', 'Year in Review 2023', '3D Gaussian Splatting'],
        ['/deep_learning_2023/#segment-anything', 'Year in Review 2023', 'Segment Anything'],
        ['/deep_learning_2023/', 'Year in Review 2023', undefined],
      ],
    );
  });

  it('falls back to the post when pagefind found no section', () => {
    assert.deepEqual(pageHits({ url: '/a/', excerpt: 'text', meta: { title: 'A' } }), [{ url: '/a/', post: 'A', excerpt: 'text…' }]);
  });

  it('ends an excerpt that was cut mid-sentence with an ellipsis, after a closing mark', () => {
    assert.equal(withEllipsis('represent a scene with 3D <mark>Gaussians</mark>'), 'represent a scene with 3D <mark>Gaussians</mark>…');
    assert.equal(withEllipsis('and find its parameters '), 'and find its parameters…');
    assert.equal(withEllipsis('It allows real-time rendering.'), 'It allows real-time rendering.');
    assert.equal(withEllipsis('推論を速くします。'), '推論を速くします。');
    assert.equal(withEllipsis('the “<mark>quoted</mark> words&quot;'), 'the “<mark>quoted</mark> words&quot;');
  });
});

describe('UI string templates', () => {
  it('fills {marks} and leaves unknown ones', () => {
    assert.equal(fillIn('{count} posts match “{query}”{filters}.', { count: 2, query: 'nerf', filters: '' }), '2 posts match “nerf”.');
    assert.equal(fillIn('{nope}', {}), '{nope}');
  });
});
