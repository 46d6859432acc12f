import { createHash } from 'node:crypto';
import type { Post, PostPage } from '../content';

/** How a post is on a page: the page's own post (its body, with every file of its folder) or a link to another (title, cover…). */
export type Shown = 'page' | 'link';

/**
 * The key of each post's page as `next build` would render it: a hash of the site-wide inputs
 * (`site`, see siteInputs) and of every post the page shows, each by its record (title, dates,
 * tags, text…) and the files the page reads of it (`stamp`: for its own post the whole folder,
 * source and images; for a linked post the cover image whose size a card writes). Which post
 * fills which place (older, newer, related…) is part of the key, so a post that moves in or out of
 * a page's links changes it, and an edit to a post's body changes only the pages that show it.
 * Two builds that give a page the same key write it byte for byte the same.
 */
export function postPageKeys(pages: PostPage[], site: string, stamp: (post: Post, shown: Shown) => string): string[] {
  const digests = new Map<string, string>();
  const digest = (post: Post, shown: Shown) => {
    let known = digests.get(`${shown}:${post.slug}`);
    if (!known) {
      known = createHash('sha256').update(JSON.stringify(post)).update('\0').update(stamp(post, shown)).digest('hex');
      digests.set(`${shown}:${post.slug}`, known);
    }
    return known;
  };
  // Posts in a page's data stand for their digests (each post hashed once, not once per page showing it).
  const replacer = (_key: string, value: unknown) => (isPost(value) ? digest(value, 'link') : value);
  return pages.map((page) => {
    const shape = JSON.stringify({ ...page, post: digest(page.post, 'page') }, replacer);
    return createHash('sha256').update(site).update('\0').update(shape).digest('hex');
  });
}

function isPost(value: unknown): value is Post {
  return typeof value === 'object' && value !== null && 'slug' in value && 'sourceFile' in value && 'dir' in value;
}
