// Responsive post images: which widths and formats a build publishes, their cache, the markup, and
// what `npm run check` says about bad files (corrupt, huge, links out of posts/).
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, it } from 'node:test';
import { renderToStaticMarkup } from 'react-dom/server';
import sharp from 'sharp';
import { Figure } from '../components/mdx/Figure';
import { publishPostMedia } from '../lib/post-build/post-media';
import { checkContent } from '../lib/check/check-content';
import { cachedPicture, encodeImages, readCachedPicture, type ImageJob } from '../lib/images/encode';
import { compileSource, makePostsDir, post } from './helpers';
import { encodingKey, imageSizes, imageVariants, postMedia, variantWidths } from '../lib/mdx/media.mjs';

const solid = (width: number, height: number) => sharp({ create: { width, height, channels: 3, background: '#3366aa' } });
const png = (width: number, height: number) => solid(width, height).png().toBuffer();

/** A post folder `my-post` with these files; returns its folder, its posts/ and the post file. */
function postWith(files: Record<string, Buffer | string>, body = 'Text.\n'): { dir: string; postsDir: string; file: string } {
  const postsDir = makePostsDir({ 'my-post': post('title: A\ndate: 2024-01-01\ntags: [a]', body) });
  const dir = path.join(postsDir, 'my-post');
  for (const [name, data] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    fs.writeFileSync(path.join(dir, name), data);
  }
  return { dir, postsDir, file: path.join(dir, 'index.mdx') };
}

const tempCache = () => fs.mkdtempSync(path.join(os.tmpdir(), 'image-cache-'));

describe('image widths', () => {
  it('are the standard widths below the image plus its own up to 2400 px, never upscaled', () => {
    assert.deepEqual(variantWidths(2000), [480, 768, 1200, 1600, 2000]);
    assert.deepEqual(variantWidths(3000), [480, 768, 1200, 1600, 2400]);
    assert.deepEqual(variantWidths(2400), [480, 768, 1200, 1600, 2400]);
    assert.deepEqual(variantWidths(768), [480, 768]);
    assert.deepEqual(variantWidths(300), [300]);
  });

  it('give a wide raster image a WebP srcset and a fallback srcset in its own format, ending with the original', async () => {
    const { dir } = postWith({ 'shot.png': await png(1000, 500) });
    const image = postMedia(dir, 'shot.png', 'publish');
    assert.match(image.src, /^\/my-post\/shot\.[0-9a-f]{10}\.png$/);
    assert.deepEqual([image.width, image.height], [1000, 500]);
    assert.match(
      image.srcSet ?? '',
      /^\/my-post\/shot\.480\.[0-9a-f]{10}\.png 480w, \/my-post\/shot\.768\.[0-9a-f]{10}\.png 768w, \/my-post\/shot\.[0-9a-f]{10}\.png 1000w$/,
    );
    assert.equal(image.sources?.length, 1);
    assert.equal(image.sources?.[0].type, 'image/webp');
    assert.match(
      image.sources?.[0].srcSet ?? '',
      /^\S+\.480\.[0-9a-f]{10}\.webp 480w, \S+\.768\.[0-9a-f]{10}\.webp 768w, \S+\.1000\.[0-9a-f]{10}\.webp 1000w$/,
    );
  });

  it('publish small images, GIFs (animated ones stay animated) and SVG once, as they are', async () => {
    const gif = await sharp(
      [
        await png(900, 300),
        await sharp({ create: { width: 900, height: 300, channels: 3, background: '#aa3333' } })
          .png()
          .toBuffer(),
      ],
      { join: { animated: true } },
    )
      .gif()
      .toBuffer();
    const svg = '<svg xmlns="http://www.w3.org/2000/svg" width="900" height="300"><rect width="900" height="300"/></svg>';
    const { dir } = postWith({ 'small.png': await png(400, 200), 'anim.gif': gif, 'chart.svg': svg });
    for (const name of ['small.png', 'anim.gif', 'chart.svg']) {
      const image = postMedia(dir, name, 'publish');
      assert.equal(image.srcSet, undefined, name);
      assert.equal(image.sources, undefined, name);
    }
    const site = fs.mkdtempSync(path.join(os.tmpdir(), 'site-'));
    const published = await publishPostMedia(site, [{ dir }]);
    assert.deepEqual([published.files, published.variants], [3, 0]);
    const copied = fs.readFileSync(path.join(site, decodeURIComponent(postMedia(dir, 'anim.gif', 'publish').src)));
    assert.deepEqual(copied, gif);
    assert.equal((await sharp(copied).metadata()).pages, 2);
  });
});

describe('image cache keys', () => {
  it('follow the bytes and every encoder setting, not the post or file name', async () => {
    const data = await png(1000, 500);
    const settings = { width: 480, format: 'webp', options: { quality: 80 } };
    assert.equal(encodingKey(data, settings), encodingKey(Buffer.from(data), { ...settings }));
    assert.notEqual(encodingKey(data, { ...settings, options: { quality: 81 } }), encodingKey(data, settings));
    assert.notEqual(encodingKey(data, { ...settings, width: 768 }), encodingKey(data, settings));
    assert.notEqual(encodingKey(await png(1000, 501), settings), encodingKey(data, settings));
    const keys = (dir: string, name: string) => imageVariants(dir, name, data, { width: 1000, type: 'png' }).map((v) => v.key);
    assert.deepEqual(keys('/posts/a', 'x.png'), keys('/posts/b', 'y.png'));
  });

  it('make a warm build encode nothing, and an edited image the only one encoded again', async () => {
    const { dir } = postWith({ 'a.png': await png(1000, 500), 'b.jpg': await solid(900, 600).jpeg().toBuffer() });
    const cacheDir = tempCache();
    const jobs: ImageJob[] = ['a.png', 'b.jpg'].map((relative) => ({ postDir: dir, relative, cacheDir }));
    const cold = await encodeImages(jobs);
    // a.png: WebP at 480, 768, 1000 and PNG at 480, 768; b.jpg: WebP at 480, 768, 900 and JPEG at 480, 768.
    assert.deepEqual(
      cold.map((o) => o.encoded),
      [5, 5],
    );
    const webp = imageVariants(dir, 'a.png', fs.readFileSync(path.join(dir, 'a.png')), { width: 1000, type: 'png' }).find(
      (v) => v.format === 'webp' && v.width === 768,
    )!;
    const encoded = await sharp(readCachedPicture(cachedPicture(webp.key, 'webp', cacheDir))).metadata();
    assert.deepEqual([encoded.format, encoded.width, encoded.height], ['webp', 768, 384]);
    assert.deepEqual(
      (await encodeImages(jobs)).map((o) => o.encoded),
      [0, 0],
    );
    fs.writeFileSync(path.join(dir, 'a.png'), await png(1000, 400));
    assert.deepEqual(
      (await encodeImages(jobs)).map((o) => o.encoded),
      [5, 0],
    );
  });

  it('encode a damaged cache entry again and never publish it', async () => {
    const data = await png(1000, 500);
    const { dir } = postWith({ 'a.png': data });
    const cacheDir = tempCache();
    const jobs: ImageJob[] = [{ postDir: dir, relative: 'a.png', cacheDir }];
    await encodeImages(jobs);
    const webp = imageVariants(dir, 'a.png', data, { width: 1000, type: 'png' }).find((v) => v.format === 'webp' && v.width === 768)!;
    const entry = cachedPicture(webp.key, 'webp', cacheDir);
    // A cut copy, as a restored CI cache or a full disk leaves it.
    fs.writeFileSync(entry, fs.readFileSync(entry).subarray(0, 200));
    const site = fs.mkdtempSync(path.join(os.tmpdir(), 'image-site-'));
    const published = await publishPostMedia(site, [{ dir }], cacheDir);
    assert.equal(published.encoded, 1);
    const shipped = await sharp(path.join(site, decodeURIComponent(webp.path))).metadata();
    assert.deepEqual([shipped.format, shipped.width], ['webp', 768]);
  });
});

describe('image markup', () => {
  it('sizes images by layout: the prose column, a narrower figure, a list card', () => {
    assert.equal(imageSizes('prose'), '(min-width: 46.5rem) 44rem, calc(100vw - 2.5rem)');
    assert.equal(imageSizes('prose', 300), '(min-width: 46.5rem) 300px, min(300px, calc(100vw - 2.5rem))');
    assert.equal(imageSizes('prose', 2000), imageSizes('prose'));
    assert.equal(imageSizes('card'), '8rem');
    assert.equal(imageSizes('featured'), '(min-width: 60rem) 36rem, calc(100vw - 5.5rem)');
  });

  it('is a <picture> with the WebP source first, the fallback <img> sized, lazy unless it is the priority image', async () => {
    const { dir } = postWith({ 'shot.png': await png(1000, 500) });
    const image = postMedia(dir, 'shot.png', 'publish');
    const lazy = renderToStaticMarkup(Figure({ src: image, alt: 'A chart' }));
    assert.match(
      lazy,
      /^<figure class="figure"><picture><source type="image\/webp" srcSet="[^"]+\.webp 480w[^"]*" sizes="\(min-width: 46\.5rem\) 44rem, calc\(100vw - 2\.5rem\)"\/><img src="\/my-post\/shot\.[0-9a-f]{10}\.png" srcSet="[^"]+ 480w[^"]*" sizes="[^"]+" width="1000" height="500" alt="A chart" loading="lazy" decoding="async"\/><\/picture><\/figure>$/,
    );
    const first = renderToStaticMarkup(Figure({ src: image, alt: 'A chart', priority: true }));
    assert.match(first, /fetchPriority="high"/);
    assert.doesNotMatch(first, /loading=/);
  });

  it('marks only a first image that comes before the first heading as the priority image', async () => {
    const files = { 'a.png': await png(1000, 500), 'b.png': await png(1000, 500) };
    const early = postWith(files, 'Intro.\n\n![First](a.png)\n\nText ![inline](b.png) here.\n\n## Later\n\n<Figure src="a.png" alt="Again" />\n');
    const code = (await compileSource(fs.readFileSync(early.file, 'utf8'), early.file)).code;
    assert.equal(code.match(/priority: true/g)?.length, 1);
    assert.match(code, /Figure, \{\s*src: __postMedia0,\s*alt: "First",\s*priority: true/);
    assert.match(code, /Figure, \{\s*src: __postMedia1,\s*alt: "inline",\s*inline: true\s*\}/);
    const late = postWith(files, '## First heading\n\n![First](a.png)\n');
    assert.doesNotMatch((await compileSource(fs.readFileSync(late.file, 'utf8'), late.file)).code, /priority/);
  });
});

describe('npm run check on image files', () => {
  it('fails on a corrupt image, naming the post, the file and the line that uses it; the build refuses it too', async () => {
    const whole = await png(1000, 500);
    const { postsDir, dir } = postWith({ 'broken.png': whole.subarray(0, whole.length / 2) }, 'Intro.\n\n![A chart](broken.png)\n');
    const problems = await checkContent({ postsDir, root: path.dirname(postsDir), appDir: path.join(postsDir, 'no-app') });
    const errors = problems.filter((p) => p.severity !== 'warning');
    assert.equal(errors.length, 1, JSON.stringify(problems));
    assert.match(errors[0].file, /my-post\/index\.mdx$/);
    assert.equal(errors[0].line, 9);
    assert.match(errors[0].message, /^image "broken\.png" cannot be decoded as an image \(.+\)$/);
    await assert.rejects(publishPostMedia(fs.mkdtempSync(path.join(os.tmpdir(), 'site-')), [{ dir }]), /broken\.png cannot be decoded/);
  });

  it('warns about an image over 8000 px', async () => {
    const { postsDir } = postWith({ 'strip.png': await png(8100, 10) }, '![A strip](strip.png)\n');
    const problems = await checkContent({ postsDir, root: path.dirname(postsDir), appDir: path.join(postsDir, 'no-app') });
    assert.equal(problems.length, 1, JSON.stringify(problems));
    assert.equal(problems[0].severity, 'warning');
    assert.match(problems[0].message, /^image "strip\.png" is 0\.0 MB, 8100×10 px \(limits 20 MB, 8000 px\)/);
  });
});

describe('files a post uses stay inside posts/', () => {
  it('refuses a path that climbs out and a symlink to a file elsewhere, used or not, and never publishes them', async () => {
    const outside = fs.mkdtempSync(path.join(os.tmpdir(), 'elsewhere-'));
    fs.writeFileSync(path.join(outside, 'secret.svg'), '<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"/>');
    const { postsDir, dir } = postWith({}, '![Secret](../../secret.svg)\n\n![Linked](linked.svg)\n');
    fs.symlinkSync(path.join(outside, 'secret.svg'), path.join(dir, 'linked.svg'));
    fs.symlinkSync(path.join(outside, 'secret.svg'), path.join(dir, 'unused.svg'));
    const problems = await checkContent({ postsDir, root: path.dirname(postsDir), appDir: path.join(postsDir, 'no-app') });
    const lines = problems.map((p) => `${path.basename(p.file)}:${p.line ?? '-'} ${p.message}`);
    assert.equal(lines.length, 3, lines.join('\n'));
    assert.match(lines[0], /^index\.mdx:- "unused\.svg" is a link to .*secret\.svg, outside .*: the build does not publish it/);
    assert.match(lines[1], /^index\.mdx:7 image "\.\.\/\.\.\/secret\.svg" climbs out of the post folder/);
    assert.match(lines[2], /^index\.mdx:9 image "linked\.svg" is a link to .*secret\.svg, outside /);
    const site = fs.mkdtempSync(path.join(os.tmpdir(), 'site-'));
    await assert.rejects(publishPostMedia(site, [{ dir }]), /linked\.svg is a link to .* refusing to publish it/);
    assert.deepEqual(
      fs.readdirSync(site, { recursive: true }).filter((f) => String(f).endsWith('.svg')),
      [],
    );
  });
});
