import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { derived, type Post } from '../content';
import { href } from '../urls/paths';
import { postPath } from '../urls/site-pages';

/**
 * data/pageviews.json, written by `npm run pageviews` from Google Analytics. Optional: without it
 * the site shows no view counts. PAGEVIEWS_FILE points elsewhere (tests use a fixture).
 */
export function pageviewsFile(): string {
  return path.resolve(process.env.PAGEVIEWS_FILE ?? path.join(process.cwd(), 'data', 'pageviews.json'));
}

const count = z.number().int().nonnegative();

export const pageviewsSchema = z.strictObject({
  /** When the counts were fetched (ISO date-time). */
  generatedAt: z.iso.datetime(),
  /** Length of the window that `recent` counts cover, in days. */
  recentDays: z.number().int().positive(),
  /** URL path as the browser shows it ("/deep_learning_2023/") → views all-time and in the window. */
  pages: z.record(
    z.string().regex(/^\/(?:.*\/)?$/, 'must be a URL path starting and ending with "/"'),
    z.strictObject({ total: count, recent: count }).refine((views) => views.recent <= views.total, 'recent must not exceed total'),
  ),
});

export type Pageviews = z.infer<typeof pageviewsSchema>;

export class PageviewsError extends Error {
  constructor(file: string, problems: string[]) {
    super(`Invalid page views file ${path.relative(process.cwd(), file) || file}:\n${problems.map((p) => `  ${p}`).join('\n')}`);
    this.name = 'PageviewsError';
  }
}

function describePath(issuePath: PropertyKey[]): string {
  return (
    issuePath.reduce<string>(
      (out, key) =>
        typeof key === 'number'
          ? `${out}[${key}]`
          : out === ''
            ? String(key)
            : /^\w+$/.test(String(key))
              ? `${out}.${String(key)}`
              : `${out}[${JSON.stringify(key)}]`,
      '',
    ) || '(file)'
  );
}

/** Parses and validates the file's text; throws PageviewsError naming the file and each bad field. */
export function parsePageviews(text: string, file: string): Pageviews {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new PageviewsError(file, [`not valid JSON: ${(error as Error).message}`]);
  }
  const result = pageviewsSchema.safeParse(data);
  if (!result.success) {
    throw new PageviewsError(
      file,
      // A bad record key is reported as "Invalid key in record"; its own issue says what is wrong.
      result.error.issues.map(
        (issue) => `${describePath(issue.path)}: ${issue.code === 'invalid_key' ? issue.issues.map((inner) => inner.message).join('; ') : issue.message}`,
      ),
    );
  }
  return result.data;
}

/** The page views file, or undefined when there is none (the default). */
export function readPageviews(file = pageviewsFile()): Pageviews | undefined {
  if (!fs.existsSync(file)) return undefined;
  return parsePageviews(fs.readFileSync(file, 'utf8'), file);
}

export interface PostViews {
  total: number;
  recent: number;
}

export interface RankedPost {
  post: Post;
  views: number;
}

export interface PopularPosts {
  /** Most views within the last `recentDays` days. */
  trending: RankedPost[];
  /** Most views of all time. */
  mostRead: RankedPost[];
  recentDays: number;
}

export interface PageviewStats extends PopularPosts {
  bySlug: Map<string, PostViews>;
}

/** How many posts each popular list shows. */
export const POPULAR_LIMIT = 5;

/**
 * Matches counts to published posts by URL (basePath included, as the browser and so Analytics
 * see it) and ranks them. Paths that are not a post (home, tag pages, removed posts, drafts) are
 * not shown. Ties go to the newer post.
 */
export function pageviewStats(posts: Post[], pageviews: Pageviews, basePath?: string, limit = POPULAR_LIMIT): PageviewStats {
  const bySlug = new Map<string, PostViews>();
  for (const post of posts) {
    const views = pageviews.pages[href(postPath(post), basePath)];
    if (views && views.total > 0) bySlug.set(post.slug, views);
  }
  const rank = (pick: (views: PostViews) => number): RankedPost[] =>
    posts
      .map((post) => ({ post, views: pick(bySlug.get(post.slug) ?? { total: 0, recent: 0 }) }))
      .filter((ranked) => ranked.views > 0)
      .sort((a, b) => b.views - a.views || b.post.date.localeCompare(a.post.date))
      .slice(0, limit);
  return { bySlug, trending: rank((views) => views.recent), mostRead: rank((views) => views.total), recentDays: pageviews.recentDays };
}

/** Page view data for the site, read once per post list; undefined without a page views file. */
export const getPageviewStats = derived((posts) => {
  const pageviews = readPageviews();
  return pageviews ? pageviewStats(posts, pageviews) : undefined;
});
