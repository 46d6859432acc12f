// The papers index (/papers/): every <Paper> of the given posts, with a link to the section that
// discusses it. Read from the MDX source at build time, so it never needs maintaining by hand.
import fs from 'node:fs';
import { createProcessor } from '@mdx-js/mdx';
import GithubSlugger from 'github-slugger';
import type { Nodes, Root } from 'mdast';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import remarkMath from 'remark-math';
import { visit } from 'unist-util-visit';
import { attributeValue } from '../mdx/estree.mjs';
import { arxivId, parseAuthors, paperYear, venueName } from '../papers';
import { postPath } from '../urls/paths';
import { ContentError, type ContentProblem } from './errors';
import type { Post } from './load';

/** One <Paper> as written in a post. */
export interface PaperMention {
  title: string;
  authors: string[];
  venue?: string;
  /** Where the title links: the paper, else its project page, code or blog post. */
  url?: string;
  /** The h2/h3 the card sits under; undefined when it comes before the first one. */
  section?: { id: string; heading: string };
}

export interface IndexedPaper extends PaperMention {
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

// Only the syntax extensions of lib/mdx/options.mjs matter here: they decide what is a heading
// and where a JSX element is. Transforms (images, KaTeX, Shiki) do not move either.
const parser = createProcessor({ remarkPlugins: [remarkFrontmatter, remarkGfm, remarkMath] });

const PAPER_PROPS = ['title', 'authors', 'venue', 'paper', 'project', 'code', 'blog'] as const;

/**
 * Every <Paper> of one MDX source, in reading order. Heading ids are computed the way rehype-slug
 * does in the build (github-slugger over every heading of the body, so a repeated heading gets
 * -1, -2…), hence links land on the same ids the post page has.
 */
export function extractPapers(source: string, file: string): { papers: PaperMention[]; problems: ContentProblem[] } {
  // Components are MDX: in a Markdown post `<Paper>` is raw HTML, which the sanitiser removes.
  if (file.endsWith('.md')) return { papers: [], problems: [] };
  const tree = parser.parse(source) as Root;
  const slugger = new GithubSlugger();
  const papers: PaperMention[] = [];
  const problems: ContentProblem[] = [];
  let section: PaperMention['section'];

  visit(tree, (node) => {
    if (node.type === 'heading') {
      const heading = textOf(node);
      const id = slugger.slug(heading);
      if (node.depth === 2 || node.depth === 3) section = { id, heading };
      return;
    }
    if ((node.type !== 'mdxJsxFlowElement' && node.type !== 'mdxJsxTextElement') || node.name !== 'Paper') return;
    const where = { file, line: node.position?.start.line, column: node.position?.start.column };
    const props: Partial<Record<(typeof PAPER_PROPS)[number], string>> = {};
    for (const name of PAPER_PROPS) {
      const value = attributeValue(node, name);
      if (value === null) problems.push({ ...where, message: `<Paper ${name}={…}>: write ${name}="..." as plain text so the papers index can read it` });
      else if (value) props[name] = value;
    }
    if (!props.title) {
      // A title written as an expression was reported just above.
      if (attributeValue(node, 'title') !== null) problems.push({ ...where, message: '<Paper> needs title="..."' });
      return;
    }
    papers.push({
      title: props.title,
      authors: parseAuthors(props.authors),
      venue: props.venue,
      url: props.paper ?? props.project ?? props.code ?? props.blog,
      section,
    });
  });
  return { papers, problems };
}

/**
 * The text rehype-slug would slug: what the heading's HTML shows as text. Alt text of images is
 * not part of it; inline code and link text are.
 */
function textOf(node: Nodes): string {
  if (node.type === 'text' || node.type === 'inlineCode') return node.value;
  if (node.type === 'image' || node.type === 'imageReference') return '';
  return 'children' in node ? node.children.map(textOf).join('') : '';
}

/**
 * The year a post reviews, which its papers are listed under: the year in its title ("Deep Learning
 * in 2022" was published in January 2023 but reviews 2022), else the year it was published.
 */
export function reviewYear(post: Pick<Post, 'title' | 'date'>): number {
  const inTitle = post.title.match(/(?<!\d)(?:19|20)\d{2}(?!\d)/)?.[0];
  return inTitle ? Number(inTitle) : new Date(post.date).getUTCFullYear();
}

/** Builds the index from posts (already without drafts in production). Throws ContentError on unreadable props. */
export function buildPapersIndex(posts: Post[], readSource: (post: Post) => string = (post) => fs.readFileSync(post.sourceFile, 'utf8')): PapersIndex {
  const byYear = new Map<number, IndexedPaper[]>();
  const venues = new Map<string, number>();
  const problems: ContentProblem[] = [];

  for (const post of posts) {
    const extracted = extractPapers(readSource(post), post.file);
    problems.push(...extracted.problems);
    const year = reviewYear(post);
    for (const mention of extracted.papers) {
      const id = arxivId(mention.url);
      const venueGroup = venueName(mention.venue) ?? (id ? 'arXiv' : 'Preprint');
      const venueLabel = mention.venue ?? (id ? `arXiv ${paperYear({ paper: mention.url })}` : 'Preprint');
      const entry: IndexedPaper = {
        ...mention,
        venueLabel,
        venueGroup,
        post: { slug: post.slug, title: post.title, lang: post.lang },
        href: `${postPath(post)}${mention.section ? `#${mention.section.id}` : ''}`,
      };
      byYear.set(year, [...(byYear.get(year) ?? []), entry]);
      venues.set(venueGroup, (venues.get(venueGroup) ?? 0) + 1);
    }
  }
  if (problems.length > 0) throw new ContentError(problems);

  return {
    years: [...byYear].sort(([a], [b]) => b - a).map(([year, papers]) => ({ year, papers })),
    venues: [...venues].map(([name, count]) => ({ name, count })).sort((a, b) => a.name.localeCompare(b.name, 'en', { sensitivity: 'base' })),
    total: [...byYear.values()].reduce((sum, papers) => sum + papers.length, 0),
  };
}
