import assert from 'node:assert/strict';
import path from 'node:path';
import { describe, it } from 'node:test';
import { checkPosts } from '../lib/check/check-pool';
import { makePostsDir, post } from './helpers';

describe('checking many posts', () => {
  it('splits a large site over processes and returns each post its own result, in order', async () => {
    const count = 250;
    const sources = Object.fromEntries(
      Array.from({ length: count }, (_, i) => [
        `p${i}`,
        post(`title: P${i}\ndate: 2024-01-01`, i === 137 ? '<Papr title="T" />\n' : `See [the next](/p${i + 1}/).\n`),
      ]),
    );
    const dir = makePostsDir(sources);
    const results = await checkPosts(
      Object.keys(sources).map((slug) => ({ source: sources[slug], path: path.join(dir, slug, 'index.mdx'), file: `posts/${slug}/index.mdx` })),
    );
    assert.equal(results.length, count);
    results.forEach((result, i) => {
      if (i === 137) assert.match(result.problems[0]?.message ?? '', /unknown component <Papr>/);
      else
        assert.deepEqual(
          result.links.map((link) => link.href),
          [`/p${i + 1}/`],
        );
    });
    assert.equal(results.filter((result) => result.problems.length > 0).length, 1);
  });
});
