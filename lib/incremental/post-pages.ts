import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { codeSignature } from '../cache/code-signature.mjs';
import { folderStamp } from '../cache/folder-stamp.mjs';
import { getLanguages, getPostPage, getPosts, MEDIA_MODE, type Post } from '../content';
import { pageviewsFile } from '../pageviews';
import { BASE_PATH } from '../urls/base-path.mjs';
import { keptPagesCache, RENDER_PLAN_ENV, writePlan, type PlannedPage } from './kept-pages';
import { postPageKeys } from './post-page-key';

/**
 * What a post's page shows besides posts, for every post page alike: the code (components, i18n,
 * site config, installed packages) and the Node running it, where the site is served, how images
 * are addressed, the year in the footer, the languages the footer links and the page view counts.
 */
function siteInputs(): string {
  const pageviews = pageviewsFile();
  return JSON.stringify({
    code: codeSignature(),
    // Dates and numbers are formatted by Node's Intl (its ICU data).
    node: process.versions.node,
    basePath: BASE_PATH,
    media: MEDIA_MODE,
    year: new Date().getUTCFullYear(),
    languages: getLanguages().map(({ lang }) => lang),
    pageviews: fs.existsSync(pageviews) ? createHash('sha256').update(fs.readFileSync(pageviews)).digest('hex') : null,
  });
}

/** What a card linking a post reads of its folder: the cover image (its size is written into the page). */
function coverStamp(post: Post): string {
  const stat = post.featuredImage ? fs.statSync(path.join(post.dir, post.featuredImage), { throwIfNoEntry: false }) : undefined;
  return stat ? `${stat.mtimeMs}:${stat.size}` : '';
}

/**
 * The posts whose page `next build` renders (generateStaticParams of the post route). Every post,
 * unless `npm run build` asked for a plan: then only those with no kept copy of their page under
 * its current key, at least one (a static export refuses a route with no params). The plan names
 * the others, for settleRenderedPages.
 */
export function postSlugsToRender(planFile = process.env[RENDER_PLAN_ENV], kept = keptPagesCache()): string[] {
  const posts = getPosts();
  if (!planFile) return posts.map((post) => post.slug);
  const keys = postPageKeys(
    posts.map((post) => getPostPage(post.slug)!),
    siteInputs(),
    (post, shown) => (shown === 'page' ? folderStamp(post.dir) : coverStamp(post)),
  );
  // Verified whole here, so a damaged copy is a miss rather than a page missing after the build.
  const plan: PlannedPage[] = posts.map((post, i) => ({ slug: post.slug, key: keys[i], reuse: kept.has(keys[i]) }));
  if (plan.length > 0 && plan.every((page) => page.reuse)) plan[0].reuse = false;
  writePlan(planFile, plan);
  return plan.filter((page) => !page.reuse).map((page) => page.slug);
}
