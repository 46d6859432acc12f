// The image section of `npm run bench`: a generated post of realistic raster images published as
// the build does (lib/post-build/post-media.ts) with an empty image cache, then again warm; what a phone
// and a desktop download for the whole post, before (the originals) and after.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import sharp from 'sharp';
import { publishPostMedia } from '../../lib/post-build/post-media';
import { postMediaFiles } from '../../lib/images/post-images';
import { displaySize, ENCODING, imageVariants, postMedia } from '../../lib/mdx/media.mjs';
import { photoJpeg, screenshotPng } from './synthetic-images';
import { makeBenchDir } from './project-copy';

/** Screens the figures are measured on: the prose column's CSS width there (imageSizes('prose')) and the DPR. */
const SCREENS = [
  { name: 'phone 390 px @3x', slot: 390 - 40, dpr: 3 },
  { name: 'desktop 1280 px @1x', slot: 704, dpr: 1 },
];

/**
 * The candidate of a `w`-descriptor srcset Chromium picks for an image `slot` CSS px wide at `dpr`:
 * the smallest at least as dense as the screen, except that below the screen's density it may keep
 * the next smaller one when the screen is nearer to it (geometric mean; HTMLSrcsetParser).
 */
export function chosenCandidate(srcSet: string, slot: number, dpr: number): string {
  const candidates = srcSet
    .split(', ')
    .map((entry) => entry.split(' '))
    .map(([url, w]) => ({ url, density: Number.parseInt(w, 10) / slot }))
    .sort((a, b) => a.density - b.density);
  for (let i = 0; i < candidates.length - 1; i++) {
    const [current, next] = [candidates[i], candidates[i + 1]];
    if (next.density < dpr) continue;
    if (current.density >= dpr) return current.url;
    return (dpr <= 1 && dpr > current.density) || dpr >= Math.sqrt(current.density * next.density) ? next.url : current.url;
  }
  return candidates[candidates.length - 1].url;
}

const mib = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(2)} MiB`;

export async function imageBench(root: string, count: number): Promise<void> {
  const work = makeBenchDir(root, 'images');
  try {
    const dir = path.join(work, 'posts', 'image_bench');
    fs.mkdirSync(dir, { recursive: true });
    for (let i = 0; i < count; i++) {
      const width = 1200 + ((i * 397) % 1801);
      fs.writeFileSync(path.join(dir, i % 2 ? `photo-${i}.jpg` : `screen-${i}.png`), await (i % 2 ? photoJpeg(width, i) : screenshotPng(width, i)));
    }
    const files = postMediaFiles(dir);
    const original = new Map(files.map((name) => [name, fs.readFileSync(path.join(dir, name))]));
    const cacheDir = path.join(work, 'cache');
    const site = path.join(work, 'out');
    let started = performance.now();
    const cold = await publishPostMedia(site, [{ dir }], cacheDir);
    const coldMs = performance.now() - started;
    started = performance.now();
    const warm = await publishPostMedia(site, [{ dir }], cacheDir);
    const warmMs = performance.now() - started;

    const total = [...original.values()].reduce((sum, data) => sum + data.length, 0);
    console.log(`images                ${count} (PNG screenshots and JPEG photos, 1200–3000 px wide), ${mib(total)} of originals`);
    for (const screen of SCREENS) {
      let bytes = 0;
      for (const name of files) {
        const image = postMedia(dir, name, 'publish');
        const chosen = chosenCandidate(image.sources?.[0]?.srcSet ?? image.srcSet ?? `${image.src} ${image.width}w`, screen.slot, screen.dpr);
        bytes += fs.statSync(path.join(site, decodeURIComponent(chosen))).size;
      }
      console.log(`images ${screen.name.padEnd(20)} ${mib(total)} before, ${mib(bytes)} after (${((bytes / total) * 100).toFixed(0)}% of the originals)`);
    }
    console.log(
      `images cold encode    ${(coldMs / 1000).toFixed(1)} s wall on ${os.availableParallelism()} cores: ${(coldMs / count).toFixed(0)} ms/image, ${cold.encoded} variants (${(coldMs / cold.encoded).toFixed(0)} ms each)`,
    );
    console.log(
      `images cold CPU       ${(cold.cpuMs / count).toFixed(0)} ms/image, ${(cold.cpuMs / cold.encoded).toFixed(0)} ms/variant (decode included; wall time on idle cores is this over the core count)`,
    );
    console.log(`images warm rebuild   ${(warmMs / 1000).toFixed(1)} s, ${warm.encoded} encodes (${warm.variants} variants copied from the cache)`);

    // AVIF against WebP, measured on the variant the phone picks: bytes and encode time, one process.
    const webp = { bytes: 0, ms: 0 };
    const avif = { bytes: 0, ms: 0 };
    for (const name of files) {
      const data = original.get(name)!;
      const phone = chosenCandidate(postMedia(dir, name, 'publish').sources?.[0]?.srcSet ?? '', SCREENS[0].slot, SCREENS[0].dpr);
      const width = imageVariants(dir, name, data, displaySize(data)).find((v) => v.path === phone)?.width;
      if (!width) continue;
      for (const [format, into] of [
        ['webp', webp],
        ['avif', avif],
      ] as const) {
        const t = performance.now();
        const out = await sharp(data).resize({ width }).toFormat(format, ENCODING[format]).toBuffer();
        into.ms += performance.now() - t;
        into.bytes += out.length;
      }
    }
    console.log(
      `images AVIF vs WebP   phone bytes ${mib(avif.bytes)} vs ${mib(webp.bytes)} (${((avif.bytes / webp.bytes - 1) * 100).toFixed(0)}%), encode ${(avif.ms / count).toFixed(0)} vs ${(webp.ms / count).toFixed(0)} ms/image (${(avif.ms / webp.ms).toFixed(1)}× slower)`,
    );
  } finally {
    fs.rmSync(work, { recursive: true, force: true, maxRetries: 5 });
  }
}
