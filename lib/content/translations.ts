import type { Post } from './load';

/**
 * Each post's translations: the posts its `translations` field names and the posts that name it
 * (so declaring it on one side is enough). Only posts in `posts` count: a draft translation is not
 * linked from a public page. One per language other than the post's own.
 */
export function buildTranslationIndex(posts: Post[]): Map<string, Post[]> {
  const bySlug = new Map(posts.map((post) => [post.slug, post]));
  const index = new Map<string, Post[]>();
  const link = (a: Post, b: Post) => {
    const list = index.get(a.slug) ?? [];
    if (b.lang !== a.lang && !list.some((other) => other.lang === b.lang)) list.push(b);
    index.set(a.slug, list);
  };
  for (const post of posts) {
    for (const slug of post.translations ?? []) {
      const other = bySlug.get(slug);
      if (!other) continue;
      link(post, other);
      link(other, post);
    }
  }
  return index;
}

/** Why a post's `translations` field is wrong, one message per slug (for npm run check). */
export function translationProblems(post: Post, bySlug: Map<string, Post>): string[] {
  return (post.translations ?? []).flatMap((slug) => {
    const other = bySlug.get(slug);
    if (!other) return [`translations: there is no post "${slug}"`];
    if (other.lang === post.lang) return [`translations: "${slug}" is in the same language (${post.lang}) as this post`];
    if (other.draft && !post.draft) return [`translations: "${slug}" is a draft and will not be published`];
    return [];
  });
}
