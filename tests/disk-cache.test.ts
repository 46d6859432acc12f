// Build caches are disposable: whatever state .cache/ is restored in, a damaged entry is a miss.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, it } from 'node:test';
import { JSON_VALUE, TEXT, diskCache, pruneCaches, unwrapEntry } from '../lib/cache/disk-cache.mjs';

function tempDir(): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), 'disk-cache-'));
}

/** A cache whose compute counts its calls. */
function countingCache(dir: string) {
  const cache = diskCache(dir, { ext: '.js', ...TEXT });
  let computed = 0;
  const get = (key: string) =>
    cache.getOrCompute(key, async () => {
      computed += 1;
      return `value of ${key}`;
    });
  return { cache, get, computed: () => computed };
}

/** Runs `fn` with console.warn captured. */
async function warnings(fn: () => Promise<unknown>): Promise<string[]> {
  const seen: string[] = [];
  const original = console.warn;
  console.warn = (message: string) => seen.push(message);
  try {
    await fn();
  } finally {
    console.warn = original;
  }
  return seen;
}

describe('disk cache', () => {
  it('computes once, then answers from the file', async () => {
    const { get, computed } = countingCache(tempDir());
    assert.equal(await get('a'), 'value of a');
    assert.equal(await get('a'), 'value of a');
    assert.equal(computed(), 1);
  });

  const damages: [string, (file: string) => void][] = [
    ['truncated', (file) => fs.truncateSync(file, Math.floor(fs.statSync(file).size / 2))],
    ['garbage', (file) => fs.writeFileSync(file, Buffer.from([0xff, 0x00, 0x13, 0x37, 0x0a, 0x42]))],
    ['empty', (file) => fs.writeFileSync(file, '')],
    ['written by another version', (file) => fs.writeFileSync(file, `hg-cache-0 12 abc\nvalue of a!!`)],
    ['payload changed, header kept', (file) => fs.writeFileSync(file, fs.readFileSync(file, 'utf8').replace('value', 'VALUE'))],
    ['the bare payload of an older format', (file) => fs.writeFileSync(file, 'value of a')],
  ];
  for (const [what, damage] of damages) {
    it(`treats a ${what} entry as a miss: recomputed, replaced, one notice`, async () => {
      const dir = tempDir();
      const { cache, get, computed } = countingCache(dir);
      await get('a');
      damage(cache.fileOf('a'));
      const notices = await warnings(async () => assert.equal(await get('a'), 'value of a'));
      assert.equal(computed(), 2);
      assert.equal(notices.length, 1);
      assert.match(notices[0], /^cache: ignored a damaged or foreign entry .*a\.js; recomputing/);
      // Replaced by a whole entry: the next read is a hit.
      assert.equal(unwrapEntry(fs.readFileSync(cache.fileOf('a')))?.toString(), 'value of a');
      await get('a');
      assert.equal(computed(), 2);
    });
  }

  it('treats a value its decoder refuses as a miss (a whole entry of bad JSON)', async () => {
    const dir = tempDir();
    const text = diskCache(dir, { ext: '.json', ...TEXT });
    await text.write('k', '{"cut":');
    const json = diskCache(dir, { ext: '.json', ...JSON_VALUE });
    await warnings(async () => assert.equal(await json.read('k'), undefined));
    assert.equal(fs.existsSync(json.fileOf('k')), false);
  });

  it('prunes entries no build has used for a while, and abandoned partial writes', async () => {
    const root = tempDir();
    const { cache, get } = countingCache(path.join(root, 'mdx'));
    await get('old');
    await get('used');
    const partial = path.join(root, 'mdx', 'x.js.123.tmp');
    fs.writeFileSync(partial, 'half');
    const now = Date.now();
    const daysAgo = (days: number) => new Date(now - days * 86_400_000);
    for (const file of [cache.fileOf('old'), cache.fileOf('used'), partial]) fs.utimesSync(file, daysAgo(40), daysAgo(40));
    // A hit refreshes the entry's time.
    await get('used');
    // A folder that keeps itself to the last build's files is left alone (.cache/rendered/).
    fs.mkdirSync(path.join(root, 'rendered', 'key'), { recursive: true });
    fs.writeFileSync(path.join(root, 'rendered', 'key', 'index.html'), 'kept');
    fs.utimesSync(path.join(root, 'rendered', 'key', 'index.html'), daysAgo(40), daysAgo(40));
    assert.equal(pruneCaches({ root, days: 30, now, skip: ['rendered'] }), 2);
    assert.deepEqual(fs.readdirSync(path.join(root, 'mdx')), ['used.js']);
    assert.deepEqual(fs.readdirSync(path.join(root, 'rendered', 'key')), ['index.html']);
    assert.equal(pruneCaches({ root, days: 30, now }), 1);
  });
});
