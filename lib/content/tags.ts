import { slug as githubSlug } from 'github-slugger';
import type { Post } from './load';
import { LANGS } from './schema';
import { siteConfig } from '../../site.config';

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
  const slug = githubSlug(tag.normalize('NFKC').trim()).replace(/_/g, '-').replace(/-{2,}/g, '-').replace(/^-|-$/g, '');
  if (!slug) throw new Error(`tag "${tag}" has no letters or digits to make a URL from`);
  return slug;
}

/**
 * The tags readers see for a post's frontmatter tags: aliases (site.config.ts `tagAliases`)
 * replaced by their tag, language codes (`en`, `ja`: the language is the post's `lang`, not a
 * topic) left out, and spellings that slug alike kept once.
 */
export function readerTags(tags: string[], aliases: Record<string, string> = siteConfig.tagAliases): string[] {
  const aliasBySlug = new Map(Object.entries(aliases).map(([alias, tag]) => [tagSlug(alias), tag]));
  const bySlug = new Map<string, string>();
  for (const written of tags) {
    const tag = aliasBySlug.get(tagSlug(written)) ?? written;
    const slug = tagSlug(tag);
    if (!(LANGS as readonly string[]).includes(slug) && !bySlug.has(slug)) bySlug.set(slug, tag);
  }
  return [...bySlug.values()];
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
