// Images that live beside a post. Posts are compiled outside the bundler, so an image becomes
// the `{ src, width, height }` object a bundled image import would give: in a build its src is
// the address `npm run build` publishes it at (lib/build/post-media.ts copies it there); in
// `next dev`, which has no out/ to serve from, the image's own bytes as a data URI.
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { imageSize } from 'image-size';

/** File types published with a post (and accepted as its images). */
export const MEDIA_EXTENSIONS = ['.png', '.jpg', '.jpeg', '.gif', '.svg', '.webp', '.avif'];

const REMOTE = /^(?:[a-z][a-z0-9+.-]*:|\/\/)/i;

const MIME = { '.svg': 'image/svg+xml', '.jpg': 'image/jpeg', '.jpeg': 'image/jpeg' };

/**
 * Where an image of a post is published: `/<slug>/<path>.<hash>.<ext>`, next to the post's page.
 * The hash of the bytes makes a changed image a new address, so hosts may cache them for good.
 * @param {string} postDir the post's folder (its name is the slug)
 * @param {string} relative the image's path inside that folder
 * @param {Buffer} data the image's bytes
 */
export function publishedMediaPath(postDir, relative, data) {
  const hash = createHash('sha256').update(data).digest('hex').slice(0, 10);
  const ext = path.extname(relative);
  const base = relative.slice(0, relative.length - ext.length).split(path.sep).map(encodeURIComponent).join('/');
  return `/${encodeURIComponent(path.basename(postDir))}/${base}.${hash}${ext.toLowerCase()}`;
}

/**
 * An image beside a post as `{ src, width, height }`. Throws when the file is not an image.
 * @param {string} postDir
 * @param {string} relative
 * @param {'publish' | 'inline'} mode
 * @returns {{ src: string, width: number, height: number }}
 */
export function postMedia(postDir, relative, mode) {
  const data = fs.readFileSync(path.join(postDir, relative));
  const { width, height, type } = imageSize(data);
  const ext = `.${type}`;
  const src = mode === 'inline' ? `data:${MIME[ext] ?? `image/${type}`};base64,${data.toString('base64')}` : publishedMediaPath(postDir, relative, data);
  return { src, width, height };
}

/**
 * An image a post refers to by `src` (Markdown, <Figure>, raw <img>): `{ decoded, image }`, or
 * `{ reason }` it cannot be one, worded for `what` (e.g. 'image').
 * @param {string} postDir
 * @param {string} src as written
 * @param {'publish' | 'inline'} mode
 * @param {string} what
 * @returns {{ decoded: string, image: { src: string, width: number, height: number } } | { reason: string }}
 */
export function resolvePostImage(postDir, src, mode, what) {
  if (REMOTE.test(src) || src.startsWith('/')) {
    return { reason: `${what} "${src}" must be a file beside the post (remote and absolute URLs are not allowed: they leak readers to third parties and cannot be sized)` };
  }
  const decoded = decodeURI(src);
  if (!fs.existsSync(path.join(postDir, decoded))) return { reason: `${what} not found: "${src}" (looked in ${path.relative(process.cwd(), postDir) || '.'}/)` };
  try {
    return { decoded, image: postMedia(postDir, decoded, mode) };
  } catch (error) {
    return { reason: `${what} "${src}" cannot be read as an image: ${error.message}` };
  }
}
