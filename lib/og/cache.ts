import { createHash } from 'node:crypto';
import path from 'node:path';
import { isValidElement, type ReactElement } from 'react';
import { BYTES, CACHE_ROOT, diskCache } from '../cache/disk-cache.mjs';

/** Rendered images by content hash; gitignored, safe to delete at any time. */
export const OG_CACHE_DIR = path.join(CACHE_ROOT, 'og');

/**
 * A key for an image: the hash of its element tree (text, styles, embedded images as data URIs,
 * and so the template itself), its size, and what renders it (fonts, engine version). Anything
 * that changes the picture changes the key; nothing else does.
 */
export function imageKey(element: ReactElement, parts: Record<string, string | number>): string {
  const tree = JSON.stringify(element, (_key, value: unknown) => {
    if (!isValidElement(value)) return value;
    if (typeof value.type !== 'string') {
      throw new Error('image templates must be built from plain elements (call template functions) so the cache key covers them');
    }
    return { type: value.type, props: value.props };
  });
  return createHash('sha256').update(JSON.stringify(parts)).update(tree).digest('hex');
}

const images = (dir: string) => diskCache(dir, { ext: '.png', ...BYTES });

/** The cached image for `key`, else undefined. */
export function storedImage(key: string, dir = OG_CACHE_DIR): Buffer | undefined {
  return images(dir).read(key);
}

/** The cached image for `key`, else `render()`'s result, stored for the next build. */
export function cachedImage(key: string, render: () => Promise<Buffer>, dir = OG_CACHE_DIR): Promise<Buffer> {
  return images(dir).getOrCompute(key, render);
}
