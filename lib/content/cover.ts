import { postMedia } from '../mdx/media.mjs';
import { MEDIA_MODE, type Post } from './index';

/** An image beside a post, sized: what lib/mdx/media.mjs gives for a file (and <Figure> receives). */
export interface PostImage {
  src: string;
  width: number;
  height: number;
}

/** The post's featuredImage with its size, for list cards (read from the file, no compile needed). */
export function postCover(post: Pick<Post, 'dir' | 'featuredImage'>): PostImage | undefined {
  return post.featuredImage ? postMedia(post.dir, post.featuredImage, MEDIA_MODE) : undefined;
}
