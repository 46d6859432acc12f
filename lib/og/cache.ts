import { createHash } from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';
import { isValidElement, type ReactElement } from 'react';

/** Rendered images by content hash; gitignored, safe to delete at any time. */
export const OG_CACHE_DIR = path.join(process.cwd(), '.cache', 'og');

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

/** The cached image for `key`, else `render()`'s result, stored for the next build. */
export async function cachedImage(key: string, render: () => Promise<Buffer>, dir = OG_CACHE_DIR): Promise<Buffer> {
  const file = path.join(dir, `${key}.png`);
  try {
    return await fs.readFile(file);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
  const image = await render();
  await fs.mkdir(dir, { recursive: true });
  // Build workers run in parallel: write aside, then rename, so no reader sees half a file.
  const partial = `${file}.${process.pid}.tmp`;
  await fs.writeFile(partial, image);
  await fs.rename(partial, file);
  return image;
}
