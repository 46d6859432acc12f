import fs from 'node:fs';
import path from 'node:path';
import { cachedPicture, IMAGE_CACHE_DIR, prepareImages, readCachedPicture } from '../images/encode';
import { postImageJobs, postMediaFiles } from '../images/post-images';
import { displaySize, imageVariants, outsideReason, publishedMediaPath } from '../mdx/media.mjs';

export interface PublishedMedia {
  /** Originals copied. */
  files: number;
  /** Resized variants copied. */
  variants: number;
  /** Variants that were not in the image cache and were encoded now. */
  encoded: number;
  /** CPU time the encoding took, over all processes (ms). */
  cpuMs: number;
}

/**
 * Publishes every image in each post's folder where its pages point (see lib/mdx/media.mjs): the
 * original at `<site>/<slug>/<name>.<hash>.<ext>` and its variants beside it, from the image cache
 * `cacheDir` (encoding first whatever it lacks). A file that links outside posts/ is never copied: it fails.
 */
export async function publishPostMedia(siteDir: string, posts: { dir: string; featuredImage?: string }[], cacheDir = IMAGE_CACHE_DIR): Promise<PublishedMedia> {
  const jobs = posts.flatMap(postImageJobs).map((job) => ({ ...job, cacheDir }));
  const outcomes = await prepareImages(jobs);
  const failed = outcomes.flatMap((outcome, i) => (outcome.error ? [`${path.join(jobs[i].postDir, jobs[i].relative)} ${outcome.error}`] : []));
  if (failed.length > 0) throw new Error(failed.join('\n'));
  const sum = (key: 'encoded' | 'cpuMs') => outcomes.reduce((total, outcome) => total + outcome[key], 0);
  const published: PublishedMedia = { files: 0, variants: 0, encoded: sum('encoded'), cpuMs: sum('cpuMs') };
  const copy = (data: Buffer, urlPath: string) => {
    const target = path.join(siteDir, decodeURIComponent(urlPath));
    fs.mkdirSync(path.dirname(target), { recursive: true });
    fs.writeFileSync(target, data);
  };
  for (const post of posts) {
    for (const relative of postMediaFiles(post.dir)) {
      const outside = outsideReason(post.dir, relative);
      if (outside) throw new Error(`${path.join(post.dir, relative)} ${outside}: refusing to publish it (npm run check reports it)`);
      const data = fs.readFileSync(path.join(post.dir, relative));
      copy(data, publishedMediaPath(post.dir, relative, data));
      published.files++;
      let size;
      try {
        size = displaySize(data);
      } catch {
        continue; // not readable as an image: published as it is, and npm run check reports it
      }
      for (const variant of imageVariants(post.dir, relative, data, size)) {
        const picture = readCachedPicture(cachedPicture(variant.key, variant.format, cacheDir));
        // prepareImages has just made every variant: only a disk failure since then gets here.
        if (!picture)
          throw new Error(`${path.join(post.dir, relative)}: its ${variant.width} px ${variant.format} variant vanished from ${cacheDir} during the build`);
        copy(picture, variant.path);
        published.variants++;
      }
    }
  }
  return published;
}
