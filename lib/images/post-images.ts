// The images of each post folder as the build sees them: which files are published, which are
// encoded (and for the share card), and what `npm run check` says about them.
import fs from 'node:fs';
import path from 'node:path';
import type { ContentProblem } from '../content/errors';
import { displaySize, MEDIA_EXTENSIONS, outsideReason } from '../mdx/media.mjs';
import { isRaster, prepareImages, type ImageJob } from './encode';

/** Over this an original is a warning: it slows every build and says the author meant a smaller one. */
export const IMAGE_LIMITS = { bytes: 20 * 1024 * 1024, pixels: 8000 };

interface PostFolder {
  dir: string;
  featuredImage?: string;
}

/** Every image file in a post folder and its subfolders, as paths inside it, sorted. */
export function postMediaFiles(dir: string): string[] {
  return fs
    .readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((relative) => MEDIA_EXTENSIONS.includes(path.extname(relative).toLowerCase()))
    .sort();
}

/** What the encoder makes for a post: every raster image in its folder; the cover also for the share card. */
export function postImageJobs(post: PostFolder): ImageJob[] {
  return postMediaFiles(post.dir)
    .filter((relative) => isRaster(relative) && !outsideReason(post.dir, relative))
    .map((relative) => ({ postDir: post.dir, relative, og: relative === post.featuredImage }));
}

/** Makes sure the share card pictures of these posts are in the image cache (nothing to do when warm). */
export async function prepareShareCardPictures(posts: PostFolder[]): Promise<void> {
  const jobs = posts
    .filter((post) => post.featuredImage && isRaster(post.featuredImage))
    .map((post) => ({ postDir: post.dir, relative: post.featuredImage!, og: true }));
  const failed = (await prepareImages(jobs)).flatMap((outcome, i) => (outcome.error ? [`${jobs[i].postDir}/${jobs[i].relative}: ${outcome.error}`] : []));
  if (failed.length > 0) throw new Error(failed.join('\n'));
}

/** Line and column of the first mention of `relative` in the post's source, if it has one. */
function mention(source: string, relative: string): Pick<ContentProblem, 'line' | 'column'> {
  const at = source.indexOf(relative.split(path.sep).join('/'));
  if (at < 0) return {};
  const before = source.slice(0, at).split('\n');
  return { line: before.length, column: before[before.length - 1].length + 1 };
}

/**
 * The images of each post, checked by decoding them fully (which also fills the image cache for
 * the build): a file that cannot be decoded is an error, a file larger than IMAGE_LIMITS a warning,
 * and a file that links outside posts/ an error. Problems name the post file and the image, with
 * the line where the post mentions it.
 */
export async function checkPostImages(posts: (PostFolder & { file: string })[], sources: string[]): Promise<ContentProblem[]> {
  const problems: ContentProblem[] = [];
  const jobs: { job: ImageJob; file: string; source: string }[] = [];
  posts.forEach((post, i) => {
    const source = sources[i];
    for (const relative of postMediaFiles(post.dir)) {
      const where = { file: post.file, ...mention(source, relative) };
      const outside = outsideReason(post.dir, relative);
      if (outside) {
        // A mentioned file is reported by the compile already (remark-post-components.mjs), with its line.
        if (where.line === undefined)
          problems.push({ ...where, message: `"${relative}" ${outside}: the build does not publish it (replace the link with the file itself)` });
        continue;
      }
      const data = fs.readFileSync(path.join(post.dir, relative));
      let size: { width?: number; height?: number };
      try {
        size = displaySize(data);
      } catch (error) {
        if (where.line === undefined) problems.push({ ...where, message: `image "${relative}" cannot be read as an image: ${(error as Error).message}` });
        continue;
      }
      const side = Math.max(size.width ?? 0, size.height ?? 0);
      if (data.length > IMAGE_LIMITS.bytes || side > IMAGE_LIMITS.pixels) {
        problems.push({
          ...where,
          severity: 'warning',
          message: `image "${relative}" is ${(data.length / 1024 / 1024).toFixed(1)} MB, ${size.width}×${size.height} px (limits ${IMAGE_LIMITS.bytes / 1024 / 1024} MB, ${IMAGE_LIMITS.pixels} px): resize it to at most 2400 px wide, the largest width published`,
        });
      }
      if (isRaster(relative)) jobs.push({ job: { postDir: post.dir, relative, og: relative === post.featuredImage }, file: post.file, source });
    }
  });
  const outcomes = await prepareImages(jobs.map(({ job }) => job));
  outcomes.forEach((outcome, i) => {
    const { job, file, source } = jobs[i];
    if (outcome.error) problems.push({ file, ...mention(source, job.relative), message: `image "${job.relative}" ${outcome.error}` });
  });
  return problems;
}
