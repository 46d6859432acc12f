import fs from 'node:fs';
import path from 'node:path';
import { MEDIA_EXTENSIONS, mediaType, outsideReason, postMedia } from '../mdx/media.mjs';
import { MEDIA_MODE, POSTS_DIR, type Post } from './index';

/**
 * An image beside a post, sized: what lib/mdx/media.mjs gives for a file (and <Figure> receives).
 * A raster image a build resizes also has `srcSet` (its own format) and `sources` (modern formats).
 */
export interface PostImage {
  src: string;
  width: number;
  height: number;
  srcSet?: string;
  sources?: { type: string; srcSet: string }[];
}

/** The post's featuredImage with its size, for list cards (read from the file, no compile needed). */
export function postCover(post: Pick<Post, 'dir' | 'featuredImage'>): PostImage | undefined {
  return post.featuredImage ? postMedia(post.dir, post.featuredImage, MEDIA_MODE) : undefined;
}

/**
 * An image file of a post for `next dev`'s media route (`/dev-media/<slug>/<path>`), or undefined
 * when there is none: only image files inside the post's own folder, never a link out of posts/.
 */
export function devMediaFile(slug: string, parts: string[]): { data: Buffer; type: string } | undefined {
  const relative = parts.join(path.sep);
  const postDir = path.join(POSTS_DIR, slug);
  if (outsideReason(POSTS_DIR, slug) || outsideReason(postDir, relative) || !MEDIA_EXTENSIONS.includes(path.extname(relative).toLowerCase())) return undefined;
  const file = path.join(postDir, relative);
  if (!fs.existsSync(file) || !fs.statSync(file).isFile()) return undefined;
  return { data: fs.readFileSync(file), type: mediaType(file) };
}
