import fs from 'node:fs';
import path from 'node:path';
import matter from 'gray-matter';
import { ContentError, type ContentProblem } from './errors';
import { describeIssues, frontmatterSchema, type Frontmatter } from './schema';
import { readerTags } from './tags';
import { excerpt, readingMinutes } from './text';
import { bodyTexts } from './body';
import { postsAfterCheck, postsKey, readPostsSnapshot, writePostsSnapshot } from './snapshot';
import { siteConfig } from '../../site.config';

export interface Post extends Omit<Frontmatter, 'authors'> {
  slug: string;
  /** Path of the post's source file (index.mdx or index.md) relative to the project root, for error messages. */
  file: string;
  /** Absolute path of the post's source file: the one place that knows whether it is index.mdx or index.md. */
  sourceFile: string;
  /** Absolute folder of the post (images and other files live beside its source file). */
  dir: string;
  authors: string[];
  readingMinutes: number;
  excerpt: string;
  /** Prose of the body as rendered (from its compile: no code, formulas or props), for similarity and search features. */
  text: string;
  /** 1-based line where the MDX body starts (frontmatter lines come before it). */
  bodyLine: number;
}

/** A post as its source file gives it, before its body's text (from the compile) is known. */
export type ParsedPost = Omit<Post, 'readingMinutes' | 'excerpt' | 'text'>;

export interface LoadOptions {
  /** Folder holding `<slug>/index.mdx` (or `<slug>/index.md`) folders. */
  postsDir: string;
  /** Project root, to print file names relative to it. */
  root?: string;
}

/** The names a post's source file may have: MDX, or plain Markdown (CommonMark + GFM, raw HTML sanitised). */
export const POST_SOURCE_NAMES = ['index.mdx', 'index.md'] as const;

/**
 * The source file of the post in `dir`: its name, or the problem when there is none or both
 * (a folder with index.md and index.mdx would be two posts at one URL).
 */
export function postSourceFile(dir: string): { name: (typeof POST_SOURCE_NAMES)[number]; stat: fs.Stats } | { problem: string } {
  const found = POST_SOURCE_NAMES.flatMap((name) => {
    const stat = fs.statSync(path.join(dir, name), { throwIfNoEntry: false });
    return stat?.isFile() ? [{ name, stat }] : [];
  });
  if (found.length === 1) return found[0];
  return { problem: found.length === 0 ? 'post folder has no index.mdx or index.md' : 'post folder has both index.mdx and index.md: keep one' };
}

/** Folder names that make valid URLs. */
export const SLUG = /^[A-Za-z0-9][A-Za-z0-9_-]*$/;

/**
 * Reads, validates and sorts (newest first) every post, drafts included. Throws ContentError
 * listing every problem. What `npm run check` loaded is reused while no post folder changed
 * (lib/content/snapshot.ts), so `next build`'s workers and post-build do not load posts again.
 */
export function loadAllPosts(options: LoadOptions): Post[] {
  // Taken before reading, so a file saved meanwhile is not stored under its new stamp.
  const key = postsKey(options.postsDir, options.root);
  const kept = readPostsSnapshot(key) ?? postsAfterCheck(key);
  if (kept) return kept;
  const { posts, problems } = collectPosts(options);
  if (problems.length > 0) throw new ContentError(problems);
  writePostsSnapshot(key, posts);
  return posts;
}

/** Like loadAllPosts, but returns the valid posts and the problems side by side, and never reuses a snapshot. */
export function collectPosts(options: LoadOptions): { posts: Post[]; problems: ContentProblem[] } {
  const { parsed, problems } = scanPosts(options, parseFile);
  return { posts: completePosts(parsed), problems };
}

/** Every valid post's frontmatter, newest first, without its body's text: for `npm run check`, which compiles every post itself. */
export function parsePosts(options: LoadOptions): { posts: ParsedPost[]; problems: ContentProblem[] } {
  const { parsed, problems } = scanPosts(options, parseFile);
  return { posts: parsed.flatMap((result) => (result.post ? [result.post] : [])).sort(byNewest), problems };
}

/**
 * The valid posts of `parsed`, newest first, each with its body's text from its compile
 * (bodyTexts: read from the compile cache, compiled for the ones not there). The text is kept on
 * the parse result, so `next dev` asks again only for the files that changed.
 */
function completePosts(parsed: ParsedFile[]): Post[] {
  const missing = parsed.filter((result) => result.post && !result.complete);
  const texts = bodyTexts(missing.map((result) => result.post!));
  for (const [i, result] of missing.entries()) result.complete = withText(result.post!, texts[i]);
  return parsed.flatMap((result) => (result.complete ? [result.complete] : [])).sort(byNewest);
}

/** A parsed post completed with its body's text and what derives from it (reading time, excerpt). */
export function withText(post: ParsedPost, text: string): Post {
  return { ...post, readingMinutes: readingMinutes(text), excerpt: post.description || excerpt(text, post.lang), text };
}

/** What posts/ holds right now: the valid posts, and the problems of the others. */
export interface PostsSnapshot {
  posts: Post[];
  problems: ContentProblem[];
}

/**
 * For `next dev`, where every request must see the current posts/: each call lists the folder
 * again (cheap) but re-parses only the files whose modification time or size changed, and returns
 * the very same snapshot (and posts array) while nothing changed, so data memoised per post list
 * (see `derived`) stays valid. A broken post does not throw: it is left out of `posts` and its
 * problems are returned, so the other posts keep working while it is being fixed.
 */
export function postsReloader(options: LoadOptions): () => PostsSnapshot {
  let parsed = new Map<string, ParsedFile>();
  let last: (PostsSnapshot & { listing: string }) | undefined;
  return () => {
    const current = new Map<string, ParsedFile>();
    const scan = scanPosts(options, (file, stamp, where) => {
      const cached = parsed.get(file);
      const result = cached?.stamp === stamp ? cached : parseFile(file, stamp, where);
      current.set(file, result);
      return result;
    });
    parsed = current; // forgets deleted files
    // Folder-level problems (a folder without its post file yet) have no stamp: compare them too.
    const key = `${scan.listing}\n${scan.problems.map((problem) => problem.file).join('\n')}`;
    if (last?.listing !== key) last = { listing: key, posts: completePosts(scan.parsed), problems: scan.problems };
    return last;
  };
}

/** One post file's parse result, valid while the file's stamp (mtime and size) is unchanged. */
interface ParsedFile {
  stamp: string;
  post?: ParsedPost;
  /** The post with its body's text, once completePosts got it. */
  complete?: Post;
  problems: ContentProblem[];
}

type Where = { slug: string; file: string; sourceFile: string; dir: string };

function parseFile(file: string, stamp: string, where: Where): ParsedFile {
  const problems: ContentProblem[] = [];
  const post = parsePost(fs.readFileSync(file, 'utf8'), where, problems);
  return { stamp, post, problems };
}

/** Lists post folders, checks their names and parses each post's source file with `parse`. */
function scanPosts(
  { postsDir, root = process.cwd() }: LoadOptions,
  parse: (file: string, stamp: string, where: Where) => ParsedFile,
): { parsed: ParsedFile[]; problems: ContentProblem[]; listing: string } {
  const problems: ContentProblem[] = [];
  const parsed: ParsedFile[] = [];
  const seen = new Map<string, string>();
  const stamps: string[] = [];

  for (const entry of fs.readdirSync(postsDir, { withFileTypes: true })) {
    const rel = path.relative(root, path.join(postsDir, entry.name));
    if (entry.isFile() && /\.mdx?$/.test(entry.name)) {
      problems.push({
        file: rel,
        message: `posts must live in their own folder: move it to ${path.join(path.dirname(rel), entry.name.replace(/\.mdx?$/, ''), `index${path.extname(entry.name)}`)}`,
      });
      continue;
    }
    if (!entry.isDirectory() || entry.name.startsWith('.')) continue;
    const source = postSourceFile(path.join(postsDir, entry.name));
    if ('problem' in source) {
      problems.push({ file: rel, message: source.problem });
      continue;
    }
    const { stat } = source;
    const file = path.join(postsDir, entry.name, source.name);
    const relFile = path.relative(root, file);
    const slug = entry.name;
    if (!SLUG.test(slug)) {
      problems.push({ file: relFile, message: `folder name "${slug}" is not a valid slug (letters, digits, - and _)` });
      continue;
    }
    // URLs are case-insensitive on many hosts, so Foo and foo would collide once deployed.
    const key = slug.toLowerCase();
    const clash = seen.get(key);
    if (clash) {
      problems.push({ file: relFile, message: `duplicate slug "${slug}": ${clash} already uses it` });
      continue;
    }
    seen.set(key, relFile);

    const stamp = `${stat.mtimeMs}:${stat.size}`;
    stamps.push(`${relFile}@${stamp}`);
    const result = parse(file, stamp, { slug, file: relFile, sourceFile: file, dir: path.dirname(file) });
    problems.push(...result.problems);
    parsed.push(result);
  }

  return { parsed, problems, listing: stamps.join('\n') };
}

export function byNewest(a: Pick<Post, 'date' | 'slug'>, b: Pick<Post, 'date' | 'slug'>): number {
  return b.date.localeCompare(a.date) || a.slug.localeCompare(b.slug);
}

/** Parses one post's source; pushes problems and returns undefined when it is invalid. */
export function parsePost(source: string, where: Where, problems: ContentProblem[]): ParsedPost | undefined {
  let parsed: matter.GrayMatterFile<string>;
  try {
    // An empty options object bypasses gray-matter's cache, which would hide edits in `next dev`.
    parsed = matter(source, {});
  } catch (error) {
    const e = error as { reason?: string; message: string; mark?: { line: number; column: number } };
    problems.push({
      file: where.file,
      message: `invalid YAML in frontmatter: ${e.reason ?? e.message.split('\n')[0]}`,
      // js-yaml counts lines from 0 inside the frontmatter block, which starts after the opening ---.
      line: e.mark ? e.mark.line + 2 : undefined,
      column: e.mark ? e.mark.column + 1 : undefined,
    });
    return undefined;
  }
  if (!source.startsWith('---')) {
    problems.push({ file: where.file, line: 1, column: 1, message: 'missing frontmatter: start the file with --- and at least title and date' });
    return undefined;
  }
  const result = frontmatterSchema.safeParse(parsed.data);
  if (!result.success) {
    for (const { field, message } of describeIssues(result.error, parsed.data)) {
      problems.push({ file: where.file, message, ...fieldLocation(source, field) });
    }
    return undefined;
  }
  const fm = result.data;
  if (fm.featuredImage && !fs.existsSync(path.join(where.dir, fm.featuredImage))) {
    problems.push({
      file: where.file,
      message: `frontmatter field "featuredImage": file not found: ${fm.featuredImage} (paths are relative to the post folder)`,
    });
    return undefined;
  }
  const bodyLine = source.slice(0, source.length - parsed.content.length).split('\n').length;
  return {
    ...fm,
    ...where,
    tags: readerTags(fm.tags),
    authors: fm.authors ?? [siteConfig.author.name],
    bodyLine,
  };
}

/** Line and column of a top-level frontmatter field, so messages point at it. */
export function fieldLocation(source: string, field: string | undefined): { line?: number; column?: number } {
  if (!field) return {};
  const lines = source.split('\n');
  const end = lines.indexOf('---', 1);
  const index = lines.slice(0, end === -1 ? undefined : end).findIndex((line) => line.startsWith(`${field}:`));
  return index === -1 ? {} : { line: index + 1, column: 1 };
}
