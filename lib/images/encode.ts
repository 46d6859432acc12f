// Encodes the variants of post images (lib/mdx/media.mjs says which) with sharp, into .cache/images/
// under a key of the source's bytes and the encoder settings: a warm build encodes nothing, and an
// edited image is the only one encoded again. Entries are verified ones (lib/cache/disk-cache.mjs):
// a damaged picture is encoded again, never published. The same pass decodes every raster image fully, so a
// corrupt file is found by `npm run check`, and makes the share card's cropped picture.
import fs from 'node:fs';
import path from 'node:path';
import sharp, { type FormatEnum, type OutputInfo, type Sharp } from 'sharp';
import { readEntrySync, writeEntrySync } from '../cache/disk-cache.mjs';
import { displaySize, encodingKey, ENCODING, imageVariants, OG_PICTURE } from '../mdx/media.mjs';
import { mapInProcesses } from '../parallel/shards';

/** Encoded images by key; gitignored, safe to delete at any time. */
export const IMAGE_CACHE_DIR = path.join(process.cwd(), '.cache', 'images');

/** Raster formats sharp decodes (SVG passes through untouched; GIFs are only verified and cropped for cards). */
const RASTER = new Set(['png', 'jpg', 'gif', 'webp', 'avif']);

export interface ImageJob {
  postDir: string;
  /** The image's path inside the post folder. */
  relative: string;
  /** Also the share card's picture (the post's featuredImage). */
  og?: boolean;
  cacheDir?: string;
}

export interface ImageOutcome {
  /** Pictures encoded now (0 when everything came from the cache). */
  encoded: number;
  /** Why the file cannot be used, when it cannot be decoded. */
  error?: string;
  /** CPU time this process spent on the image (ms), for the benchmark. */
  cpuMs: number;
}

interface Output {
  file: string;
  /** A variant: encoded from the pixels resized to this width. */
  width?: number;
  /** Encodes the picture from (resized) pixels; absent for the "decodes fully" marker. */
  encode?: (pixels: Sharp) => Sharp;
}

type Pixels = { data: Buffer; info: OutputInfo };
const fromPixels = ({ data, info }: Pixels) => sharp(data, { raw: { width: info.width, height: info.height, channels: info.channels } });

export function isRaster(relative: string): boolean {
  return RASTER.has(path.extname(relative).slice(1).toLowerCase().replace('jpeg', 'jpg'));
}

const extOf = (format: string) => (format === 'jpeg' ? 'jpg' : format);

/** The cache file of one encoded picture (read it with readCachedPicture). */
export function cachedPicture(key: string, format: string, cacheDir = IMAGE_CACHE_DIR): string {
  return path.join(cacheDir, `${key}.${extOf(format)}`);
}

/** The share card's picture of an image (cropped to the card's slot), in the cache once encoded. */
export function ogPictureFile(data: Buffer, cacheDir = IMAGE_CACHE_DIR): string {
  return cachedPicture(encodingKey(data, OG_PICTURE), OG_PICTURE.format, cacheDir);
}

/** The bytes of an encoded picture, or undefined when the cache lacks it or it is damaged. */
export function readCachedPicture(file: string): Buffer | undefined {
  return readEntrySync(file);
}

/** Everything the cache must hold for one image: its variants, the card picture, and the marker that it decodes. */
function outputsOf(job: ImageJob, data: Buffer): Output[] {
  const cacheDir = job.cacheDir ?? IMAGE_CACHE_DIR;
  const outputs: Output[] = imageVariants(job.postDir, job.relative, data, displaySize(data)).map((variant) => ({
    file: cachedPicture(variant.key, variant.format, cacheDir),
    width: variant.width,
    encode: (pixels) => pixels.toFormat(variant.format as keyof FormatEnum, ENCODING[variant.format as keyof typeof ENCODING]),
  }));
  if (job.og) {
    const { width, height, format, options } = OG_PICTURE;
    outputs.push({
      file: ogPictureFile(data, cacheDir),
      encode: (pixels) => pixels.resize({ width, height, fit: 'cover' }).toFormat(format as 'jpeg', options),
    });
  }
  // Last: written only once everything above is, so its presence means the image is done.
  outputs.push({ file: path.join(cacheDir, `${encodingKey(data, { decodes: true })}.ok`) });
  return outputs;
}

/** True when the cache lacks something of `job` (cheap: hashes and file lookups, no decoding). */
export function needsEncoding(job: ImageJob): boolean {
  if (!isRaster(job.relative)) return false;
  const data = fs.readFileSync(path.join(job.postDir, job.relative));
  return outputsOf(job, data).some((output) => readEntrySync(output.file) === undefined);
}

/** Whether every alpha byte of RGBA pixels is opaque (screenshots often carry an unused alpha channel). */
function opaque({ data, info }: Pixels): boolean {
  if (info.channels !== 4) return false;
  for (let i = 3; i < data.length; i += 4) if (data[i] !== 255) return false;
  return true;
}

/** Decodes the image once and encodes what the cache lacks of it. */
async function encodeMissing(data: Buffer, gif: boolean, missing: Output[]): Promise<number> {
  // Every frame of a GIF is decoded, to find damage anywhere; the pictures use the first.
  if (gif) await sharp(data, { animated: true, failOn: 'warning' }).raw().toBuffer();
  // rotate() applies the EXIF orientation, as browsers do for the original.
  let pixels: Pixels = await sharp(data, { failOn: 'warning' }).rotate().raw().toBuffer({ resolveWithObject: true });
  // An alpha channel that is opaque everywhere only makes every encode slower.
  if (opaque(pixels)) pixels = await fromPixels(pixels).removeAlpha().raw().toBuffer({ resolveWithObject: true });
  const write = async (output: Output, from: Pixels) => writeEntrySync(output.file, await output.encode!(fromPixels(from)).toBuffer());
  let encoded = 0;
  // Widest first, each width resized once (for all its formats) from the last, smaller and
  // cheaper to resize than the original.
  const widths = [...new Set(missing.flatMap((output) => (output.width ? [output.width] : [])))].sort((a, b) => b - a);
  let source = pixels;
  for (const width of widths) {
    source = await fromPixels(source).resize({ width }).raw().toBuffer({ resolveWithObject: true });
    for (const output of missing.filter((o) => o.width === width)) {
      await write(output, source);
      encoded++;
    }
  }
  for (const output of missing.filter((o) => !o.width)) {
    if (output.encode) {
      await write(output, pixels);
      encoded++;
    } else writeEntrySync(output.file, '');
  }
  return encoded;
}

async function encodeOne(job: ImageJob): Promise<ImageOutcome> {
  const started = process.cpuUsage();
  const cpuMs = () => {
    const { user, system } = process.cpuUsage(started);
    return (user + system) / 1000;
  };
  if (!isRaster(job.relative)) return { encoded: 0, cpuMs: 0 };
  const data = fs.readFileSync(path.join(job.postDir, job.relative));
  const missing = outputsOf(job, data).filter((output) => readEntrySync(output.file) === undefined);
  try {
    return { encoded: await encodeMissing(data, path.extname(job.relative).toLowerCase() === '.gif', missing), cpuMs: cpuMs() };
  } catch (error) {
    return { encoded: 0, error: `cannot be decoded as an image (${(error as Error).message})`, cpuMs: cpuMs() };
  }
}

/** Encodes what the cache lacks of each job, one after the other, in this process. */
export async function encodeImages(jobs: ImageJob[]): Promise<ImageOutcome[]> {
  const outcomes: ImageOutcome[] = [];
  for (const job of jobs) outcomes.push(await encodeOne(job));
  return outcomes;
}

/**
 * encodeImages for every job, results in order. Only jobs the cache lacks something of are
 * encoded, on one process per core from two such images each (a warm build starts no process):
 * an image is ~100–300 ms of CPU, a process ~0.5 s to start.
 */
export async function prepareImages(jobs: ImageJob[]): Promise<ImageOutcome[]> {
  const todo = jobs.map((job, index) => ({ job, index })).filter(({ job }) => needsEncoding(job));
  const done = await mapInProcesses(
    todo.map(({ job }) => job),
    encodeImages,
    { worker: path.join(import.meta.dirname, 'encode-worker.ts'), perProcess: 2 },
  );
  const outcomes: ImageOutcome[] = jobs.map(() => ({ encoded: 0, cpuMs: 0 }));
  todo.forEach(({ index }, i) => (outcomes[index] = done[i]));
  return outcomes;
}
