// The papers index (/papers/): every <Paper> of the given posts, with a link to the section that
// discusses it. The cards and their sections come from each post's compile (lib/mdx/
// rehype-post-outline.mjs), with the heading ids the post page has, so it never needs maintaining by hand.
import type { PaperMention } from '../mdx/compile-post.mjs';
import { arxivId, parseAuthors, paperYear, venueName } from './papers';
import { postPath } from '../urls/paths';
import type { Post } from './load';

export interface IndexedPaper extends Omit<PaperMention, 'authors'> {
  authors: string[];
  /** "CVPR 2022", "arXiv 2022" (no venue, arXiv id) or "Preprint". */
  venueLabel: string;
  /** The filter key: the venue without its year ("CVPR"), "arXiv" or "Preprint". */
  venueGroup: string;
  post: Pick<Post, 'slug' | 'title' | 'lang'>;
  /** The post, at the section that discusses the paper. */
  href: string;
}

export interface PapersIndex {
  /** Newest year first; papers in post order (newest first), then in reading order. */
  years: { year: number; papers: IndexedPaper[] }[];
  /** Filter options, alphabetical, with how many papers each has. */
  venues: { name: string; count: number }[];
  total: number;
}

/**
 * The year a post reviews, which its papers are listed under: the year in its title ("Deep Learning
 * in 2022" was published in January 2023 but reviews 2022), else the year it was published.
 */
export function reviewYear(post: Pick<Post, 'title' | 'date'>): number {
  const inTitle = post.title.match(/(?<!\d)(?:19|20)\d{2}(?!\d)/)?.[0];
  return inTitle ? Number(inTitle) : new Date(post.date).getUTCFullYear();
}

/**
 * Builds the index from posts (already without drafts in production) and the <Paper> cards of
 * each, in the same order (from their compiles).
 */
export function buildPapersIndex(posts: Post[], mentions: PaperMention[][]): PapersIndex {
  const byYear = new Map<number, IndexedPaper[]>();
  const venues = new Map<string, number>();

  for (const [i, post] of posts.entries()) {
    const year = reviewYear(post);
    for (const mention of mentions[i]) {
      const id = arxivId(mention.url);
      const venueGroup = venueName(mention.venue) ?? (id ? 'arXiv' : 'Preprint');
      const venueLabel = mention.venue ?? (id ? `arXiv ${paperYear({ paper: mention.url })}` : 'Preprint');
      const entry: IndexedPaper = {
        ...mention,
        authors: parseAuthors(mention.authors),
        venueLabel,
        venueGroup,
        post: { slug: post.slug, title: post.title, lang: post.lang },
        href: `${postPath(post)}${mention.section ? `#${mention.section.id}` : ''}`,
      };
      byYear.set(year, [...(byYear.get(year) ?? []), entry]);
      venues.set(venueGroup, (venues.get(venueGroup) ?? 0) + 1);
    }
  }
  return {
    years: [...byYear].sort(([a], [b]) => b - a).map(([year, papers]) => ({ year, papers })),
    venues: [...venues].map(([name, count]) => ({ name, count })).sort((a, b) => a.name.localeCompare(b.name, 'en', { sensitivity: 'base' })),
    total: [...byYear.values()].reduce((sum, papers) => sum + papers.length, 0),
  };
}
