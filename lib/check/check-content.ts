import fs from 'node:fs';
import path from 'node:path';
import { checkPostImages } from '../images/post-images';
import { checkPosts, type PostCheck } from './check-pool';
import { pipelineFrontmatter } from '../content/body';
import { checkReport, type ContentProblem } from '../content/errors';
import { fieldLocation, parsePosts, withText, type Post } from '../content/load';
import { EXTERNAL_URL } from '../content/patterns.mjs';
import { postsKey, writePostsSnapshot } from '../content/snapshot';
import { translationProblems } from '../content/translations';

export interface CheckOptions {
  postsDir: string;
  root?: string;
  /** Folder of the app routes: links to its top-level sections (e.g. /about/) are not posts. */
  appDir?: string;
  now?: Date;
}

/**
 * Everything `next build` would reject, found without building: frontmatter, MDX compile errors,
 * component props (including <Paper> props the papers index must read as text), images, and links
 * between posts (slug and #anchor); every image is decoded (lib/images/post-images.ts). Also warns about posts dated in the future. Returns every
 * problem, sorted by file and line. When there is no error, the loaded post list (with each body's
 * text from these compiles) is stored for the rest of the build (lib/content/snapshot.ts).
 */
export async function checkContent({
  postsDir,
  root = process.cwd(),
  appDir = path.join(root, 'app'),
  now = new Date(),
}: CheckOptions): Promise<ContentProblem[]> {
  const key = postsKey(postsDir, root);
  const parsed = parsePosts({ postsDir, root });
  const problems = parsed.problems;
  const checks = new Map<string, PostCheck>();
  const sources = new Map<string, string>();
  for (const post of parsed.posts) sources.set(post.slug, fs.readFileSync(post.sourceFile, 'utf8'));
  const results = await checkPosts(
    parsed.posts.map((post) => ({ source: sources.get(post.slug)!, path: post.sourceFile, file: post.file, frontmatter: pipelineFrontmatter(post) })),
  );
  const posts = parsed.posts.map((post, i) => withText(post, results[i].text));
  for (const [i, post] of posts.entries()) {
    problems.push(...results[i].problems);
    checks.set(post.slug, results[i]);
  }
  problems.push(
    ...(await checkPostImages(
      posts,
      posts.map((post) => sources.get(post.slug)!),
    )),
  );

  const bySlug = new Map(posts.map((post) => [post.slug, post]));
  const sections = appSections(appDir);
  problems.push(...siteProblems(posts, sections, path.relative(root, postsDir) || '.'));
  for (const post of posts) {
    for (const link of checks.get(post.slug)!.links) {
      const message = checkLink(link.href, post, bySlug, checks, sections);
      if (message) problems.push({ file: post.file, line: link.line, column: link.column, message });
    }
    for (const message of translationProblems(post, bySlug))
      problems.push({ file: post.file, ...fieldLocation(sources.get(post.slug)!, 'translations'), message });
    if (new Date(post.date) > now) {
      problems.push({
        file: post.file,
        ...fieldLocation(sources.get(post.slug)!, 'date'),
        severity: 'warning',
        message: `date ${post.date.slice(0, 10)} is in the future: the post is published with that date`,
      });
    }
  }
  if (!problems.some((problem) => problem.severity !== 'warning')) writePostsSnapshot(key, posts);
  return problems.sort((a, b) => a.file.localeCompare(b.file) || (a.line ?? 0) - (b.line ?? 0));
}

/**
 * `npm run check` (also the first step of `npm run build`): the report it prints, with its time,
 * and whether it fails (errors do; warnings too when `strict`).
 */
export async function runContentCheck(options: CheckOptions & { strict?: boolean }): Promise<{ report: string; failed: boolean }> {
  const started = Date.now();
  const { lines, failed } = checkReport(await checkContent(options), { strict: options.strict });
  lines[lines.length - 1] += ` (checked in ${((Date.now() - started) / 1000).toFixed(1)} s)`;
  return { report: lines.join('\n'), failed };
}

/**
 * Problems of the site as a whole. A static export cannot have a dynamic route with no pages, so
 * a site with nothing public must be refused here, with a reason, rather than by Next with a
 * message about generateStaticParams. (A site without tags is fine: see app/(site)/tags/[tag].)
 */
function siteProblems(posts: Post[], sections: Set<string>, postsDir: string): ContentProblem[] {
  const problems: ContentProblem[] = [];
  for (const post of posts) {
    if (sections.has(post.slug))
      problems.push({ file: post.file, message: `folder name "${post.slug}" clashes with the site page /${post.slug}/: rename the folder` });
  }
  const published = posts.filter((post) => !post.draft);
  if (published.length === 0) {
    problems.push({ file: postsDir, message: 'nothing to publish: there is no post, or every post is a draft (set draft: false on at least one)' });
  }
  return problems;
}

/** Returns what is wrong with an internal link (`/slug/`, `/slug/#anchor`, `#anchor`), or undefined. */
function checkLink(href: string, from: Post, bySlug: Map<string, Post>, checks: Map<string, PostCheck>, sections: Set<string>): string | undefined {
  if (EXTERNAL_URL.test(href)) return undefined;
  const [pathname, anchor] = href.split('#') as [string, string | undefined];
  let target = from;
  if (pathname !== '') {
    const match = pathname.match(/^\/([^/]+)\/?$/);
    if (!match || sections.has(match[1])) return undefined; // a site page, checked in out/ after the build
    const post = bySlug.get(match[1]);
    if (!post) return `link to ${href}: there is no post "${match[1]}"`;
    if (post.draft && !from.draft) return `link to ${href}: "${match[1]}" is a draft and will not be published`;
    if (!pathname.endsWith('/')) return `link to ${href}: write /${match[1]}/ (post URLs end with a slash)`;
    target = post;
  }
  if (anchor && !checks.get(target.slug)?.ids.includes(decodeURIComponent(anchor))) {
    return `link to ${href}: ${target.file} has no heading or element with id "${anchor}"`;
  }
  return undefined;
}

function appSections(appDir: string): Set<string> {
  const names = new Set<string>();
  if (!fs.existsSync(appDir)) return names;
  for (const entry of fs.readdirSync(appDir, { withFileTypes: true })) {
    if (!entry.isDirectory()) continue;
    if (/^\(.*\)$/.test(entry.name)) {
      for (const inner of fs.readdirSync(path.join(appDir, entry.name), { withFileTypes: true })) if (inner.isDirectory()) names.add(inner.name);
    } else if (!entry.name.startsWith('[')) names.add(entry.name);
  }
  return names;
}
