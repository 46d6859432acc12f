// Images that live beside a post. Posts are compiled outside the bundler, so an image becomes
// the `{ src, width, height }` object a bundled image import would give, plus, for a raster image
// wider than the smallest variant, `srcSet` (fallback in its own format) and `sources` (modern
// formats) for a <picture>. In a build, src and the variants are the addresses `npm run build`
// publishes them at (lib/post-build/post-media.ts copies the original, lib/images/encode.ts makes the
// variants); in `next dev` src is the dev-only route that serves the file itself (no variants).
// This module is plain Node and synchronous: it only reads the file and its header, never encodes.
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { imageSize } from 'image-size';
import { EXTERNAL_URL } from '../content/patterns.mjs';

/** File types published with a post (and accepted as its images). */
export const MEDIA_EXTENSIONS = ['.png', '.jpg', '.jpeg', '.gif', '.svg', '.webp', '.avif'];

const MIME = { '.svg': 'image/svg+xml', '.jpg': 'image/jpeg', '.jpeg': 'image/jpeg' };

/** The Content-Type of a post image, by its extension. */
export function mediaType(file) {
  const ext = path.extname(file).toLowerCase();
  return MIME[ext] ?? `image/${ext.slice(1)}`;
}

/** Where `next dev` serves post images from (app/dev-media/[...path]/route.dev.ts); no build has it. */
export const DEV_MEDIA_PREFIX = '/dev-media';

/** Variant widths in device pixels; an image gets those below its own width, plus its own up to the last. */
export const IMAGE_WIDTHS = [480, 768, 1200, 1600, 2400];

/**
 * Encoder settings by output format (sharp options). They are part of every variant's cache key and
 * file name, so changing one re-encodes and renames exactly the variants it affects.
 */
export const ENCODING = {
  webp: { quality: 80, effort: 2 },
  jpeg: { quality: 80 },
  png: { compressionLevel: 6 },
  avif: { quality: 55, effort: 2 },
};

/** What image-size calls the formats sharp resizes, by output format. GIFs (maybe animated) and SVG pass through. */
const RESIZED = { png: 'png', jpg: 'jpeg', webp: 'webp', avif: 'avif' };

/** Modern formats offered before the fallback: WebP only (AVIF measured, see docs/images.md). */
export const MODERN_FORMATS = ['webp'];

/** The share card's picture: the right-hand 460×630 of the 1200×630 card, cropped to fill it. */
export const OG_PICTURE = { width: 460, height: 630, format: 'jpeg', options: { quality: 85 } };

/**
 * Widths to publish for an image `width` px wide: never upscaled, and none wider than the largest
 * standard width (the 44rem column at DPR 3 needs 2112 px); a small image only at its own width.
 */
export function variantWidths(width) {
  const widest = IMAGE_WIDTHS[IMAGE_WIDTHS.length - 1];
  return [...IMAGE_WIDTHS.filter((w) => w < width), ...(width <= widest ? [width] : [])];
}

const hex = (...parts) => {
  const hash = createHash('sha256');
  for (const part of parts) hash.update(part);
  return hash.digest('hex');
};

/** `/<slug>/<path without extension>` for a file of a post. */
function publishedBase(postDir, relative) {
  const ext = path.extname(relative);
  const base = relative
    .slice(0, relative.length - ext.length)
    .split(path.sep)
    .map(encodeURIComponent)
    .join('/');
  return `/${encodeURIComponent(path.basename(postDir))}/${base}`;
}

/**
 * Where an image of a post is published: `/<slug>/<path>.<hash>.<ext>`, next to the post's page.
 * The hash of the bytes makes a changed image a new address, so hosts may cache them for good.
 * @param {string} postDir the post's folder (its name is the slug)
 * @param {string} relative the image's path inside that folder
 * @param {Buffer} data the image's bytes
 */
export function publishedMediaPath(postDir, relative, data) {
  return `${publishedBase(postDir, relative)}.${hex(data).slice(0, 10)}${path.extname(relative).toLowerCase()}`;
}

/**
 * The cache key of one encoded picture: the source's bytes and everything the encoder is told.
 * @param {Buffer} data
 * @param {object} settings
 */
export function encodingKey(data, settings) {
  return hex(data, JSON.stringify(settings));
}

/**
 * @typedef {{ width: number, format: string, key: string, path: string }} Variant
 * One resized copy of an image: its width and output format (sharp's name), its cache key (bytes
 * + settings) and the address it is published at, `/<slug>/<path>.<width>.<key>.<ext>`.
 */

/**
 * The variants a build publishes of an image beside a post (none for SVG, GIF, or an image no
 * wider than the smallest width). At the image's own width the fallback is the original file
 * itself, so it is not among them.
 * @param {string} postDir
 * @param {string} relative
 * @param {Buffer} data
 * @param {{ width: number, type?: string }} size what image-size read (its display width)
 * @returns {Variant[]}
 */
export function imageVariants(postDir, relative, data, { width, type }) {
  const fallback = RESIZED[type ?? ''];
  if (!fallback || width <= IMAGE_WIDTHS[0]) return [];
  const formats = [...MODERN_FORMATS.filter((f) => f !== fallback), fallback];
  const base = publishedBase(postDir, relative);
  return formats.flatMap((format) =>
    variantWidths(width)
      .filter((w) => format !== fallback || w < width)
      .map((w) => {
        const key = encodingKey(data, { width: w, format, options: ENCODING[format] });
        return { width: w, format, key, path: `${base}.${w}.${key.slice(0, 10)}.${format === 'jpeg' ? 'jpg' : format}` };
      }),
  );
}

/** Width and height as displayed: JPEG EXIF orientations 5–8 turn the picture a quarter. */
export function displaySize(data) {
  const size = imageSize(data);
  return size.orientation >= 5 ? { ...size, width: size.height, height: size.width } : size;
}

/**
 * @typedef {{ src: string, width: number, height: number, srcSet?: string, sources?: { type: string, srcSet: string }[] }} PostImage
 */

/**
 * An image beside a post. Throws when the file is not an image.
 * @param {string} postDir
 * @param {string} relative
 * @param {'publish' | 'dev' | 'inline'} mode publish: the build's addresses and variants; dev: the
 *   dev route; inline: a data URI (share cards embed SVG covers)
 * @returns {PostImage}
 */
export function postMedia(postDir, relative, mode) {
  const data = fs.readFileSync(path.join(postDir, relative));
  const size = displaySize(data);
  const { width, height } = size;
  if (mode === 'inline') return { src: `data:${mediaType(relative)};base64,${data.toString('base64')}`, width, height };
  if (mode === 'dev') {
    const url = relative.split(path.sep).map(encodeURIComponent).join('/');
    return { src: `${DEV_MEDIA_PREFIX}/${encodeURIComponent(path.basename(postDir))}/${url}`, width, height };
  }
  const src = publishedMediaPath(postDir, relative, data);
  const variants = imageVariants(postDir, relative, data, size);
  if (variants.length === 0) return { src, width, height };
  const srcSetOf = (format) =>
    variants
      .filter((v) => v.format === format)
      .map((v) => `${v.path} ${v.width}w`)
      .join(', ');
  const fallback = RESIZED[size.type];
  const sources = MODERN_FORMATS.filter((f) => f !== fallback).map((format) => ({ type: `image/${format}`, srcSet: srcSetOf(format) }));
  return { src, width, height, srcSet: `${srcSetOf(fallback)}, ${src} ${width}w`, sources };
}

/**
 * Where a post's file really is, or why it may not be used: a path that climbs out of the post
 * folder, or a symlink that resolves outside `posts/`, would publish a file from elsewhere on the
 * machine.
 * @param {string} postDir
 * @param {string} relative
 * @returns {string | undefined} the reason it is refused
 */
export function outsideReason(postDir, relative) {
  const resolved = path.resolve(postDir, relative);
  const inside = (root, file) => !path.relative(root, file).startsWith('..') && !path.isAbsolute(path.relative(root, file));
  if (!inside(postDir, resolved)) return 'climbs out of the post folder';
  let real;
  try {
    real = fs.realpathSync(resolved);
  } catch {
    return undefined; // missing: reported as not found
  }
  const postsRoot = fs.realpathSync(path.dirname(postDir));
  if (!inside(postsRoot, real)) return `is a link to ${real}, outside ${path.relative(process.cwd(), path.dirname(postDir)) || '.'}/`;
  return undefined;
}

/**
 * `sizes` for an image by where it is laid out: the post's prose column (44rem, the page padding
 * 1.25rem a side below that), at most `maxWidth` CSS px when the figure or image is narrower, a
 * list card's 8rem thumbnail, or the home page's featured cover (two thirds of --wide beside the
 * aside, the full width less the card's padding on narrower screens). Keep in step with
 * app/globals.css (.main, --measure, .post-card__cover) and app/styles/reader-chrome.css (.featured).
 * @param {'prose' | 'card' | 'featured'} layout
 * @param {number} [maxWidth]
 */
export function imageSizes(layout, maxWidth) {
  if (layout === 'card') return '8rem';
  if (layout === 'featured') return '(min-width: 60rem) 36rem, calc(100vw - 5.5rem)';
  if (maxWidth === undefined || maxWidth >= 704) return '(min-width: 46.5rem) 44rem, calc(100vw - 2.5rem)';
  return `(min-width: 46.5rem) ${maxWidth}px, min(${maxWidth}px, calc(100vw - 2.5rem))`;
}

/**
 * An image a post refers to by `src` (Markdown, <Figure>, raw <img>): `{ decoded, image }`, or
 * `{ reason }` it cannot be one, worded for `what` (e.g. 'image').
 * @param {string} postDir
 * @param {string} src as written
 * @param {'publish' | 'dev' | 'inline'} mode
 * @param {string} what
 * @returns {{ decoded: string, image: { src: string, width: number, height: number } } | { reason: string }}
 */
export function resolvePostImage(postDir, src, mode, what) {
  if (EXTERNAL_URL.test(src) || src.startsWith('/')) {
    return {
      reason: `${what} "${src}" must be a file beside the post (remote and absolute URLs are not allowed: they leak readers to third parties and cannot be sized)`,
    };
  }
  const decoded = decodeURI(src);
  const outside = outsideReason(postDir, decoded);
  if (outside) return { reason: `${what} "${src}" ${outside}: only files inside the post folder are published` };
  if (!fs.existsSync(path.join(postDir, decoded)))
    return { reason: `${what} not found: "${src}" (looked in ${path.relative(process.cwd(), postDir) || '.'}/)` };
  try {
    return { decoded, image: postMedia(postDir, decoded, mode) };
  } catch (error) {
    return { reason: `${what} "${src}" cannot be read as an image: ${error.message}` };
  }
}
