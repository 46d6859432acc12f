import type { Post } from './load';
import { tagSlug } from './tags';

export const RELATED_COUNT = 3;
/** Terms kept per post: enough to characterise it, few enough that scoring 1000 posts stays fast. */
const TERMS_PER_POST = 60;
const TAG_WEIGHT = 0.5;

const STOPWORDS = new Set(
  'a an and are as at be but by can do does for from has have how in into is it its more most not of on or our so than that the their them then there these they this to was we were what when which while who will with would you your also such very via using used use'.split(
    ' ',
  ),
);
const CJK_RUN = /[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]+/gu;

/** Lower-case words (Latin) and character bigrams (Japanese, which has no spaces). */
export function terms(text: string): string[] {
  const out: string[] = [];
  for (const run of text.match(CJK_RUN) ?? []) {
    for (let i = 0; i < run.length - 1; i++) out.push(run.slice(i, i + 2));
  }
  for (const word of text
    .replace(CJK_RUN, ' ')
    .toLowerCase()
    .match(/[\p{L}\p{N}][\p{L}\p{N}'-]*/gu) ?? []) {
    if (word.length > 2 && !STOPWORDS.has(word)) out.push(word);
  }
  return out;
}

type Vector = Map<string, number>;

// A post's term counts depend on its title and text only. Unchanged posts keep their object across
// `next dev` reloads (lib/content/load.ts), so a save counts the terms of the saved post alone.
const termCountsOf = new WeakMap<Post, Map<string, number>>();

function termCounts(post: Post): Map<string, number> {
  let tf = termCountsOf.get(post);
  if (!tf) {
    tf = new Map<string, number>();
    for (const term of terms(`${post.title} ${post.title} ${post.text}`)) tf.set(term, (tf.get(term) ?? 0) + 1);
    termCountsOf.set(post, tf);
  }
  return tf;
}

/** TF-IDF vectors (unit length, top terms only) for every post. */
function tfidfVectors(posts: Post[]): Vector[] {
  const counts = posts.map(termCounts);
  const documentFrequency = new Map<string, number>();
  for (const tf of counts) for (const term of tf.keys()) documentFrequency.set(term, (documentFrequency.get(term) ?? 0) + 1);

  return counts.map((tf) => {
    const weighted = [...tf].map(([term, n]) => [term, (1 + Math.log(n)) * Math.log((1 + posts.length) / (1 + documentFrequency.get(term)!))] as const);
    const top = weighted
      .filter(([, w]) => w > 0)
      .sort((a, b) => b[1] - a[1])
      .slice(0, TERMS_PER_POST);
    const norm = Math.hypot(...top.map(([, w]) => w)) || 1;
    return new Map(top.map(([term, w]) => [term, w / norm]));
  });
}

function cosine(a: Vector, b: Vector): number {
  const [small, large] = a.size < b.size ? [a, b] : [b, a];
  let sum = 0;
  for (const [term, w] of small) sum += w * (large.get(term) ?? 0);
  return sum;
}

function tagOverlap(a: Set<string>, b: Set<string>): number {
  if (a.size === 0 || b.size === 0) return 0;
  let shared = 0;
  for (const tag of a) if (b.has(tag)) shared++;
  return shared / (a.size + b.size - shared);
}

export interface RelatedOptions {
  count?: number;
  /** Slugs a post's list must leave out (posts its page already links elsewhere), so the next best fill in. */
  exclude?: (post: Post) => ReadonlySet<string> | undefined;
}

/** Values looked up by post slug, each computed the first time it is asked for. */
export interface BySlug<T> {
  get(slug: string): T | undefined;
}

/**
 * The most related posts of each post: score = text similarity (cosine of TF-IDF vectors) +
 * TAG_WEIGHT × tag overlap (Jaccard); posts in the same language come first. The vectors are
 * built once per post list; a post's list is scored when first asked for (candidates from an
 * inverted index, so posts sharing no term or tag are never scored). A build asks for every post,
 * once each; `next dev` asks for the open page's post only, so a save does not rescore the site.
 */
export function buildRelatedIndex(posts: Post[], { count = RELATED_COUNT, exclude }: RelatedOptions = {}): BySlug<Post[]> {
  const vectors = tfidfVectors(posts);
  const tagSets = posts.map((post) => new Set(post.tags.map(tagSlug)));
  const postings = new Map<string, number[]>();
  const addPosting = (key: string, i: number) => {
    const list = postings.get(key);
    if (list) list.push(i);
    else postings.set(key, [i]);
  };
  posts.forEach((_, i) => {
    for (const term of vectors[i].keys()) addPosting(`t:${term}`, i);
    for (const tag of tagSets[i]) addPosting(`#${tag}`, i);
  });
  const indexOf = new Map(posts.map((post, i) => [post.slug, i]));

  const score = (i: number): Post[] => {
    const post = posts[i];
    const excluded = exclude?.(post);
    const candidates = new Set<number>();
    for (const key of [...[...vectors[i].keys()].map((t) => `t:${t}`), ...[...tagSets[i]].map((t) => `#${t}`)]) {
      for (const j of postings.get(key) ?? []) if (j !== i && !excluded?.has(posts[j].slug)) candidates.add(j);
    }
    return [...candidates]
      .map((j) => ({ j, score: cosine(vectors[i], vectors[j]) + TAG_WEIGHT * tagOverlap(tagSets[i], tagSets[j]) }))
      .filter(({ score }) => score > 0)
      .sort((a, b) => Number(posts[b.j].lang === post.lang) - Number(posts[a.j].lang === post.lang) || b.score - a.score || a.j - b.j)
      .slice(0, count)
      .map(({ j }) => posts[j]);
  };
  return memoBySlug((slug) => {
    const i = indexOf.get(slug);
    return i === undefined ? undefined : score(i);
  });
}

/** `compute` behind a per-slug memo (undefined results are not kept: unknown slugs are cheap). */
export function memoBySlug<T>(compute: (slug: string) => T | undefined): BySlug<T> {
  const memo = new Map<string, T>();
  return {
    get(slug) {
      if (!memo.has(slug)) {
        const value = compute(slug);
        if (value === undefined) return undefined;
        memo.set(slug, value);
      }
      return memo.get(slug);
    },
  };
}
