// A site built from a post full of raster images (screenshots and photos made by sharp, see
// synthetic-images.ts), for the image e2e test and `npm run lighthouse`: a throwaway project copy
// in .bench/ with that post, built with `npm run build`.
import fs from 'node:fs';
import path from 'node:path';
import { run } from './processes';
import { makeProjectCopy } from './project-copy';
import { photoJpeg, screenshotPng } from './synthetic-images';

export const IMAGE_POST = 'raster_gallery';

const filler = (n: number) =>
  Array.from(
    { length: n },
    (_, i) =>
      `Paragraph ${i + 1} of text between the pictures, long enough to take a few lines on a phone so that the later images start well below the first screen and load lazily as the reader scrolls.`,
  ).join('\n\n');

/** Writes the raster post (and a plain one, so lists have two cards) into `postsDir`. */
export async function writeImagePosts(postsDir: string): Promise<void> {
  const dir = path.join(postsDir, IMAGE_POST);
  fs.mkdirSync(dir, { recursive: true });
  const files: [string, Promise<Buffer>][] = [
    ['screen-1.png', screenshotPng(2400, 1)],
    ['photo-1.jpg', photoJpeg(3000, 2)],
    ['screen-2.png', screenshotPng(1600, 3)],
    ['photo-2.jpg', photoJpeg(1800, 4)],
    ['cover.jpg', photoJpeg(1600, 5)],
  ];
  for (const [name, data] of files) fs.writeFileSync(path.join(dir, name), await data);
  fs.writeFileSync(
    path.join(dir, 'index.mdx'),
    `---
title: "A gallery of raster images"
date: 2024-05-01
description: "Screenshots and photos, published at the sizes a screen needs."
tags: ["images"]
featuredImage: cover.jpg
---

A short introduction.

![A dashboard with a bar chart and rows of numbers](screen-1.png "A screenshot, 2400 px wide.")

${filler(6)}

## Photos

![A landscape at dusk with a low sun](photo-1.jpg "A photo, 3000 px wide.")

${filler(4)}

![A second dashboard](screen-2.png)

${filler(4)}

<Figure src="photo-2.jpg" alt="Another landscape" caption="A narrower figure." width={360} />
`,
  );
  const plain = path.join(postsDir, 'plain_post');
  fs.mkdirSync(plain, { recursive: true });
  fs.writeFileSync(path.join(plain, 'index.mdx'), `---\ntitle: "A post without images"\ndate: 2024-04-01\ntags: ["images"]\n---\n\nJust text.\n`);
}

/** A project copy holding only the image posts, built: returns the copy's folder (its site is `out/`). */
export async function buildImageFixture(root: string): Promise<string> {
  const dir = makeProjectCopy(root, 'image-fixture');
  await writeImagePosts(path.join(dir, 'posts'));
  await run('npm', ['run', 'build'], dir, { ...process.env, NEXT_TELEMETRY_DISABLED: '1' });
  return dir;
}
