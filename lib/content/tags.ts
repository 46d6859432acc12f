import { slug as githubSlug } from 'github-slugger';
import type { Post } from './load';

export interface Tag {
  /** The spelling shown to readers (the first one met, newest post first). */
  name: string;
  /** URL segment under /tags/. */
  slug: string;
  /** Public posts carrying the tag, newest first. */
  posts: Post[];
}

/**
 * Kebab-case URL segment for a tag. Letters of any script survive (機械学習 stays 機械学習), so
 * Japanese tags get readable URLs; case, spaces and punctuation do not ("Deep Learning" → deep-learning).
 */
export function tagSlug(tag: string): string {
  const slug = githubSlug(tag.normalize('NFKC').trim())
    .replace(/_/g, '-')
    .replace(/-{2,}/g, '-')
    .replace(/^-|-$/g, '');
  if (!slug) throw new Error(`tag "${tag}" has no letters or digits to make a URL from`);
  return slug;
}

/** Every tag with its posts, most used first (ties by name). Tags that slug alike are one tag. */
export function buildTagIndex(posts: Post[]): Tag[] {
  const bySlug = new Map<string, Tag>();
  for (const post of posts) {
    for (const name of post.tags) {
      const slug = tagSlug(name);
      const tag = bySlug.get(slug) ?? { name, slug, posts: [] };
      if (!tag.posts.includes(post)) tag.posts.push(post);
      bySlug.set(slug, tag);
    }
  }
  return [...bySlug.values()].sort((a, b) => b.posts.length - a.posts.length || a.name.localeCompare(b.name));
}
