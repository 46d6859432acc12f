import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { describe, it } from 'node:test';

describe('npm run bench', () => {
  it('builds a few synthetic posts and an imported blog and prints every figure (not timed)', () => {
    const result = spawnSync('npx', ['tsx', 'scripts/bench.ts', '--posts', '3', '--images', '2', '--no-dev', '--import', 'tests/fixtures/import-blog'], {
      encoding: 'utf8',
      timeout: 600_000,
    });
    assert.equal(result.status, 0, result.stderr);
    for (const figure of [
      '## 2 images',
      'images phone 390 px @3x',
      'images desktop 1280 px @1x',
      'images cold CPU',
      'images AVIF vs WebP',
      '## 3 posts',
      'clean next build',
      'clean npm run build',
      'ms/post',
      'warm next build',
      'edited npm run build',
      'next build alone',
      'out/ size',
      'JS on a post page',
    ]) {
      assert.ok(result.stdout.includes(figure), `missing "${figure}" in:\n${result.stdout}`);
    }
    assert.match(result.stdout, /ours [\d.]+ KiB \([\d.]+ KiB gzip\)/);
    assert.match(result.stdout, /images warm rebuild +[\d.]+ s, 0 encodes/);
    // Odd-numbered synthetic posts carry a PNG: raster figures go through the real build too.
    assert.match(result.stdout, /raster figure: width="64" height="32"/);
    assert.match(result.stdout, /## import tests\/fixtures\/import-blog\nimport {16}1 posts in [\d.]+ s \([\d.]+ posts\/s\)/);
    assert.match(result.stdout, /import \+ build {8}[\d.]+ s \([\d.]+ posts\/s\)(, peak RSS \d+ MiB)?: check/);
    assert.match(result.stdout, /warm build {12}[\d.]+ s( \([\d.]+ s of CPU\))?: check [\d.]+ s, .*kept pages/);
  });
});
