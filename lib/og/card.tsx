import fs from 'node:fs';
import path from 'node:path';
import type { ReactElement } from 'react';
import type { Post } from '../content';
import { formatDate } from '../i18n/format';
import { isRaster, ogPictureFile, readCachedPicture } from '../images/encode';
import { postMedia } from '../mdx/media.mjs';
import { siteConfig } from '../../site.config';
import { OG_FONT_FAMILY } from './fonts';
import { markPngDataUri } from './icons';
import { OG_SIZE } from './size';

/**
 * The post's featuredImage as a data URI (the card embeds it, so its bytes are part of the cache
 * key). A raster image is the picture lib/images/encode.ts cropped to the card once, from the image
 * cache (npm run check and publish-media make it; og-images asks for it before drawing); an SVG is
 * drawn as it is.
 */
export function featuredImageDataUri(post: Pick<Post, 'file' | 'dir' | 'featuredImage'>): string | undefined {
  if (!post.featuredImage) return undefined;
  if (!isRaster(post.featuredImage)) return postMedia(post.dir, post.featuredImage, 'inline').src;
  const picture = readCachedPicture(ogPictureFile(fs.readFileSync(path.join(post.dir, post.featuredImage))));
  if (!picture)
    throw new Error(
      `${post.file}: the share card picture of featuredImage "${post.featuredImage}" is not encoded yet (run npm run check or npm run publish-media)`,
    );
  return `data:image/jpeg;base64,${picture.toString('base64')}`;
}

/** Title size by visual length (full-width characters count double), so long titles still fit. */
export function titleFontSize(title: string): number {
  const width = [...title].reduce(
    (sum, ch) => sum + (/[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/u.test(ch) ? 2 : 1),
    0,
  );
  return width <= 36 ? 76 : width <= 64 ? 64 : width <= 96 ? 52 : 44;
}

interface CardContent {
  title: string;
  lang: string;
  /** A line under the title (the date, or the tagline). */
  subtitle: string;
  /** Bottom line beside the mark. */
  footer: string;
  /** Data URI of a picture for the right-hand side. */
  image?: string;
  /** Data URI of the site mark beside the footer (markPngDataUri(MARK_SIZE)). */
  mark: string;
}

/** The site mark's size on the card, in pixels. */
export const MARK_SIZE = 72;

/** The 1200×630 share card: title, a line under it, the site mark, and an optional picture. */
export function shareCard({ title, lang, subtitle, footer, image, mark }: CardContent): ReactElement {
  return (
    <div
      lang={lang}
      style={{
        display: 'flex',
        width: OG_SIZE.width,
        height: OG_SIZE.height,
        fontFamily: OG_FONT_FAMILY,
        color: '#ffffff',
        // Flat: a gradient made each card ~15 ms slower to draw and 50% larger as a PNG.
        background: '#0a5394',
      }}
    >
      <div style={{ display: 'flex', flex: 1, flexDirection: 'column', justifyContent: 'space-between', padding: '64px 72px' }}>
        <div style={{ display: 'flex', flexDirection: 'column' }}>
          <div style={{ fontSize: titleFontSize(title), fontWeight: 700, lineHeight: 1.25, lineClamp: 4 }}>{title}</div>
          <div style={{ marginTop: 28, fontSize: 32, fontWeight: 400, color: '#cfe6fb' }}>{subtitle}</div>
        </div>
        <div style={{ display: 'flex', alignItems: 'center' }}>
          <img src={mark} width={MARK_SIZE} height={MARK_SIZE} alt="" />
          <div style={{ marginLeft: 22, fontSize: 34, fontWeight: 700 }}>{footer}</div>
        </div>
      </div>
      {image ? <img src={image} width={460} height={OG_SIZE.height} alt="" style={{ objectFit: 'cover' }} /> : null}
    </div>
  );
}

export async function postCard(post: Post): Promise<ReactElement> {
  return shareCard({
    title: post.title,
    lang: post.lang,
    subtitle: formatDate(post.date, post.lang),
    footer: siteConfig.title,
    image: featuredImageDataUri(post),
    mark: await markPngDataUri(MARK_SIZE),
  });
}

/** The card for every page that is not a post. */
export async function siteCard(): Promise<ReactElement> {
  return shareCard({
    title: siteConfig.title,
    lang: siteConfig.defaultLang,
    subtitle: siteConfig.tagline,
    footer: new URL(siteConfig.url).host,
    mark: await markPngDataUri(MARK_SIZE),
  });
}
