import type { Post } from './load';
import { buildRelatedIndex, memoBySlug, type BySlug } from './related';

/** The blocks at the end of a post that link other posts. */
export interface PostNavigation {
  /** The whole series, oldest first, the post itself included; empty unless it has 2 or more posts. */
  series: Post[];
  older?: Post;
  newer?: Post;
  related: Post[];
}

/**
 * What the end of every post links to, from one pass over the post list (related posts are
 * scored per post when its page asks, see buildRelatedIndex). Each block leaves out what an
 * earlier one already lists (series, then older/newer, then related posts), so a reader never
 * meets the same post twice; related posts are scored without them, so the next best fill in.
 */
export function buildPostNavigation(posts: Post[]): BySlug<PostNavigation> {
  const seriesByName = new Map<string, Post[]>();
  for (const post of [...posts].reverse()) {
    if (!post.series) continue;
    const members = seriesByName.get(post.series);
    if (members) members.push(post);
    else seriesByName.set(post.series, [post]);
  }
  const shown = new Map<string, Set<string>>();
  const navigation = new Map<string, Omit<PostNavigation, 'related'>>();
  posts.forEach((post, i) => {
    const members = post.series ? seriesByName.get(post.series)! : [];
    const series = members.length >= 2 ? members : [];
    const seen = new Set([post.slug, ...series.map((p) => p.slug)]);
    // posts is newest first: the newer neighbour comes before, the older after.
    const [newer, older] = [posts[i - 1], posts[i + 1]].map((p) => (p && !seen.has(p.slug) ? p : undefined));
    for (const p of [newer, older]) if (p) seen.add(p.slug);
    shown.set(post.slug, seen);
    navigation.set(post.slug, { series, older, newer });
  });
  const related = buildRelatedIndex(posts, { exclude: (post) => shown.get(post.slug) });
  return memoBySlug((slug) => {
    const nav = navigation.get(slug);
    return nav && { ...nav, related: related.get(slug) ?? [] };
  });
}
