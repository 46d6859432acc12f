import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, it } from 'node:test';
import { cachedImage, imageKey } from '../lib/og/cache';
import { imageSize } from 'image-size';
import sharp from 'sharp';
import { ogPictureFile } from '../lib/images/encode';
import { prepareShareCardPictures } from '../lib/images/post-images';
import { featuredImageDataUri, MARK_SIZE, shareCard, titleFontSize } from '../lib/og/card';
import { markPngDataUri } from '../lib/og/icons';
import { renderPng } from '../lib/og/render';
import { OG_SIZE } from '../lib/og/size';
import { writeShareCardsInParallel } from '../lib/og/parallel';
import { postImagePath, SITE_IMAGE_PATH } from '../lib/urls/paths';
import { fakePost } from './helpers';
import { pngSize } from './png-size';

const MARK = await markPngDataUri(MARK_SIZE);
const dataUri = (type: string, bytes: Buffer) => `data:${type};base64,${bytes.toString('base64')}`;
const solid = async (width: number, height: number, background: string) =>
  dataUri(
    'image/jpeg',
    await sharp({ create: { width, height, channels: 3, background } })
      .jpeg({ quality: 100 })
      .toBuffer(),
  );
const card = (title: string, image?: string) => shareCard({ title, lang: 'ja', subtitle: '2024年1月27日', footer: 'Site', image, mark: MARK });

describe('image cache keys', () => {
  const size = { width: 1200, height: 630 };
  it('are stable for the same picture', () => {
    assert.equal(imageKey(card('A'), size), imageKey(card('A'), size));
  });

  it('change with the text, an embedded image, the size or the renderer', () => {
    const base = imageKey(card('A'), size);
    assert.notEqual(imageKey(card('B'), size), base);
    assert.notEqual(imageKey(card('A', 'data:image/png;base64,AAAA'), size), imageKey(card('A', 'data:image/png;base64,AAAB'), size));
    assert.notEqual(imageKey(card('A'), { ...size, height: 600 }), base);
    assert.notEqual(imageKey(card('A'), { ...size, engine: 'satori@0' }), base);
  });

  it('refuse components, whose code the key could not see', () => {
    const Component = () => null;
    assert.throws(
      () => imageKey({ type: Component, props: {}, key: null, $$typeof: Symbol.for('react.transitional.element') } as never, size),
      /plain elements/,
    );
  });
});

describe('image cache', () => {
  it('renders once, then reads the stored image', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'og-cache-'));
    let renders = 0;
    const render = async () => {
      renders += 1;
      return Buffer.from('png bytes');
    };
    assert.equal(String(await cachedImage('k1', render, dir)), 'png bytes');
    assert.equal(String(await cachedImage('k1', render, dir)), 'png bytes');
    assert.equal(renders, 1);
    await cachedImage('k2', render, dir);
    assert.equal(renders, 2);
    assert.deepEqual(fs.readdirSync(dir).sort(), ['k1.png', 'k2.png']);
  });
});

describe('share cards', () => {
  it('size titles by visual length: full-width characters count double', () => {
    assert.equal(titleFontSize('Short'), 76);
    assert.equal(titleFontSize('深層学習'.repeat(5)), 64);
    assert.ok(titleFontSize('x'.repeat(200)) < titleFontSize('x'.repeat(50)));
  });

  it('embed the featured image resized once into the card slot from the image cache, and SVG as it is', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'og-post-'));
    const png = fs.readFileSync(path.join(import.meta.dirname, 'fixtures/mdx-post/photo.png'));
    fs.writeFileSync(path.join(dir, 'cover.png'), png);
    fs.copyFileSync(path.join(import.meta.dirname, 'fixtures/mdx-post/diagram.svg'), path.join(dir, 'cover.svg'));
    const post = { file: 'posts/p/index.mdx', dir, featuredImage: 'cover.png' };
    fs.rmSync(ogPictureFile(png), { force: true });
    assert.throws(() => featuredImageDataUri(post), /^Error: posts\/p\/index\.mdx: the share card picture of featuredImage "cover\.png" is not encoded yet/);
    await prepareShareCardPictures([post]);
    const uri = featuredImageDataUri(post) ?? '';
    assert.match(uri, /^data:image\/jpeg;base64,/);
    assert.deepEqual(imageSize(Buffer.from(uri.split(',')[1], 'base64')), { width: 460, height: 630, type: 'jpg' });
    assert.match(featuredImageDataUri({ ...post, featuredImage: 'cover.svg' }) ?? '', /^data:image\/svg\+xml;base64,/);
    assert.equal(featuredImageDataUri({ file: 'posts/p/index.mdx', dir }), undefined);
  });

  it('render as 1200×630 PNGs with Japanese glyphs from the bundled font (no tofu)', async () => {
    // Missing glyphs all draw as the same box: two different titles of equal length would then be one picture.
    const [a, b] = await Promise.all([renderPng(card('深層学習'), OG_SIZE, 'test'), renderPng(card('機械翻訳'), OG_SIZE, 'test')]);
    assert.deepEqual(pngSize(a), OG_SIZE);
    assert.notDeepEqual(a, b);
  });

  it('lay their images over the raster into the boxes satori laid out (the mark bottom left, the picture at the right edge, an SVG drawn to cover its box)', async () => {
    const pixel = async (png: Buffer, x: number, y: number) => [...(await sharp(png).extract({ left: x, top: y, width: 1, height: 1 }).raw().toBuffer())];
    const background = [0x0a, 0x53, 0x94];
    const drawn = await renderPng(card(`Boxes ${randomUUID().slice(0, 8)}`, await solid(460, 630, '#d02020')), OG_SIZE, 'test', { opaque: true });
    const mark = Buffer.from(MARK.split(',')[1], 'base64');
    const markCentre = await pixel(await sharp(mark).removeAlpha().png().toBuffer(), MARK_SIZE / 2, MARK_SIZE / 2);
    assert.deepEqual(await pixel(drawn, 72 + MARK_SIZE / 2, 630 - 64 - MARK_SIZE / 2), markCentre);
    assert.notDeepEqual(markCentre, background);
    assert.deepEqual(await pixel(drawn, 72 + MARK_SIZE / 2, 630 - 64 - MARK_SIZE - 4), background);
    assert.deepEqual(await pixel(drawn, 740 + 2, 2), [0xd0, 0x20, 0x20]);
    assert.deepEqual(await pixel(drawn, 740 - 2, 2), background);
    // A small SVG is drawn at the box's size (a vector, not a stretched raster): the same colours edge to edge.
    const svg = Buffer.from(
      '<svg xmlns="http://www.w3.org/2000/svg" width="46" height="63"><rect width="23" height="63" fill="#d02020"/><rect x="23" width="23" height="63" fill="#2020d0"/></svg>',
    );
    const vector = await renderPng(card(`Vector ${randomUUID().slice(0, 8)}`, dataUri('image/svg+xml', svg)), OG_SIZE, 'test', { opaque: true });
    assert.deepEqual(await pixel(vector, 740 + 228, 300), [0xd0, 0x20, 0x20]);
    assert.deepEqual(await pixel(vector, 740 + 232, 300), [0x20, 0x20, 0xd0]);
  });

  it('leave out text the font cannot draw (emoji, Hangul) with a warning naming the file, instead of empty boxes', async (t) => {
    const warn = t.mock.method(console, 'warn', () => {});
    // A title of its own per run: a picture found in the cache is not drawn again, so would not warn.
    const title = `Launch ${randomUUID().slice(0, 8)}`;
    const [drawn, plain] = await Promise.all([
      renderPng(card(`${title} 🎉 안녕`), OG_SIZE, 'posts/launch/index.mdx', { opaque: true }),
      renderPng(card(`${title}  `), OG_SIZE, 'plain', { opaque: true }),
    ]);
    assert.deepEqual(drawn, plain);
    assert.deepEqual(
      warn.mock.calls.map((call) => call.arguments[0]),
      ['posts/launch/index.mdx: the 1200×630 image leaves out "🎉", "안녕": BIZ UDPGothic has no glyphs for them'],
    );
  });
});

describe('share card files (npm run og-images)', () => {
  it('are one for the site and one per post, where the page metadata points, as 1200×630 PNGs, drawn once and then copied', async () => {
    const posts = [fakePost('a-post', { title: 'A post' }), fakePost('b')];
    const pngs = (site: string) =>
      fs
        .readdirSync(site, { recursive: true, encoding: 'utf8' })
        .filter((name) => name.endsWith('.png'))
        .sort();
    const drawn = fs.mkdtempSync(path.join(os.tmpdir(), 'og-site-'));
    assert.equal(await writeShareCardsInParallel(drawn, posts), 3);
    assert.deepEqual(pngs(drawn), ['a-post/og.png', 'b/og.png', 'og.png']);
    // Where the page metadata says they are.
    assert.deepEqual(pngs(drawn), [SITE_IMAGE_PATH, ...posts.map(postImagePath)].map((url) => url.slice(1)).sort());
    for (const name of pngs(drawn)) assert.deepEqual(pngSize(fs.readFileSync(path.join(drawn, name))), OG_SIZE);
    // From the cache the second time: the same bytes.
    const copied = fs.mkdtempSync(path.join(os.tmpdir(), 'og-site-'));
    await writeShareCardsInParallel(copied, posts);
    for (const name of pngs(drawn)) assert.deepEqual(fs.readFileSync(path.join(copied, name)), fs.readFileSync(path.join(drawn, name)), name);
  });
});

describe('share cards of a large site', () => {
  it('are all written when several processes draw them', async () => {
    const site = fs.mkdtempSync(path.join(os.tmpdir(), 'og-many-'));
    // Same title and date: one picture, drawn once and then read from the cache, so the test stays quick.
    const posts = Array.from({ length: 199 }, (_, i) => fakePost(`post-${i}`, { title: 'One card' }));
    assert.equal(await writeShareCardsInParallel(site, posts), 200);
    assert.deepEqual(pngSize(fs.readFileSync(path.join(site, 'og.png'))), OG_SIZE);
    for (const post of posts) assert.ok(fs.existsSync(path.join(site, post.slug, 'og.png')), `${post.slug}/og.png missing`);
  });
});
