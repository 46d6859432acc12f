// Post images: the address pages give them, the copy `npm run build` makes there, and list covers.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, it } from 'node:test';
import { publishPostMedia } from '../lib/post-build/post-media';
import { postCover } from '../lib/content/cover';
import { compileSource, makePostsDir, post } from './helpers';
import { postMedia, publishedMediaPath } from '../lib/mdx/media.mjs';

const FIXTURE_MEDIA = path.join(import.meta.dirname, 'fixtures/mdx-post');

function postWithImages(body: string): { dir: string; file: string } {
  const postsDir = makePostsDir({ 'my-post': post('title: A\ndate: 2024-01-01', body) });
  const dir = path.join(postsDir, 'my-post');
  fs.mkdirSync(path.join(dir, 'figures'));
  fs.copyFileSync(path.join(FIXTURE_MEDIA, 'diagram.svg'), path.join(dir, 'figures', 'diagram.svg'));
  fs.copyFileSync(path.join(FIXTURE_MEDIA, 'photo.png'), path.join(dir, 'photo.png'));
  fs.writeFileSync(path.join(dir, 'notes.txt'), 'not published');
  return { dir, file: path.join(dir, 'index.mdx') };
}

describe('post images', () => {
  it('are published beside the post under a name that changes with their bytes', () => {
    const a = publishedMediaPath('/x/posts/my-post', 'figures/Some chart.PNG', Buffer.from('one'));
    assert.match(a, /^\/my-post\/figures\/Some%20chart\.[0-9a-f]{10}\.png$/);
    assert.notEqual(publishedMediaPath('/x/posts/my-post', 'figures/Some chart.PNG', Buffer.from('two')), a);
  });

  it('are described with their size, published in a build and served by the dev route in next dev', () => {
    const { dir } = postWithImages('Text.\n');
    const published = postMedia(dir, 'photo.png', 'publish');
    assert.match(published.src, /^\/my-post\/photo\.[0-9a-f]{10}\.png$/);
    assert.deepEqual([published.width, published.height], [64, 32]);
    const dev = postMedia(dir, 'figures/diagram.svg', 'dev');
    assert.equal(dev.src, '/dev-media/my-post/figures/diagram.svg');
    assert.deepEqual([dev.width, dev.height], [40, 20]);
  });

  it('are copied by the build to the very address the compiled post points at, and nothing else is', async () => {
    const { dir, file } = postWithImages('![A bar](figures/diagram.svg)\n\n<Figure src="photo.png" alt="A block" />\n');
    const code = (await compileSource(fs.readFileSync(file, 'utf8'), file)).code;
    const sources = [...code.matchAll(/src: "([^"]+)"/g)].map((m) => m[1]);
    assert.equal(sources.length, 2);
    const site = fs.mkdtempSync(path.join(os.tmpdir(), 'site-'));
    assert.equal((await publishPostMedia(site, [{ dir }])).files, 2);
    for (const src of sources) assert.ok(fs.existsSync(path.join(site, decodeURIComponent(src))), `${src} was not published`);
    assert.equal(fs.existsSync(path.join(site, 'my-post', 'notes.txt')), false);
  });

  it('give list cards the cover with its size, and nothing for a post without one', () => {
    const { dir } = postWithImages('Text.\n');
    const cover = postCover({ dir, featuredImage: 'photo.png' });
    // Unit tests run outside a build, as next dev does: the cover comes from the dev route.
    assert.equal(cover?.src, '/dev-media/my-post/photo.png');
    assert.deepEqual([cover?.width, cover?.height], [64, 32]);
    assert.equal(postCover({ dir }), undefined);
  });
});
