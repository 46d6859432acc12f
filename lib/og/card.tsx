import fs from 'node:fs';
import path from 'node:path';
import type { Post } from '../content';
import { formatDate } from '../i18n/format';
import { isRaster, ogPictureFile, readCachedPicture } from '../images/encode';
import { siteConfig } from '../../site.config';
import { OG_FONT_FAMILY } from './fonts';
import { markPng } from './icons';
import type { Picture } from './render';
import { OG_SIZE } from './size';

/**
 * The post's featuredImage for its card, as bytes: a raster image is the picture
 * lib/images/encode.ts cropped to the card once, from the image cache (npm run check and
 * publish-media make it; og-images asks for it before drawing); an SVG is drawn as it is.
 */
export function featuredImagePicture(post: Pick<Post, 'file' | 'dir' | 'featuredImage'>): Buffer | undefined {
  if (!post.featuredImage) return undefined;
  const source = fs.readFileSync(path.join(post.dir, post.featuredImage));
  if (!isRaster(post.featuredImage)) return source;
  const picture = readCachedPicture(ogPictureFile(source));
  if (!picture)
    throw new Error(
      `${post.file}: the share card picture of featuredImage "${post.featuredImage}" is not encoded yet (run npm run check or npm run publish-media)`,
    );
  return picture;
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
  /** A picture for the right-hand side (raster or SVG bytes). */
  image?: Buffer;
  /** The site mark beside the footer, a PNG (markPng(MARK_SIZE)). */
  mark: Buffer;
}

/** The site mark's size on the card, in pixels. */
export const MARK_SIZE = 72;
const PADDING = { x: 72, y: 64 };
const PICTURE_WIDTH = 460;

/**
 * The 1200×630 share card: title, a line under it, the site mark, and an optional picture. The mark
 * and the picture are overlays (see Picture) in boxes the layout leaves empty for them: the mark at
 * the bottom of the padded text column, the picture at the right edge, full height.
 */
export function shareCard({ title, lang, subtitle, footer, image, mark }: CardContent): Picture {
  const { width, height } = OG_SIZE;
  const element = (
    <div
      lang={lang}
      style={{
        display: 'flex',
        width,
        height,
        fontFamily: OG_FONT_FAMILY,
        color: '#ffffff',
        // Flat: a gradient made each card ~15 ms slower to draw and 50% larger as a PNG.
        background: '#0a5394',
      }}
    >
      <div style={{ display: 'flex', flex: 1, flexDirection: 'column', justifyContent: 'space-between', padding: `${PADDING.y}px ${PADDING.x}px` }}>
        <div style={{ display: 'flex', flexDirection: 'column' }}>
          <div style={{ fontSize: titleFontSize(title), fontWeight: 700, lineHeight: 1.25, lineClamp: 4 }}>{title}</div>
          <div style={{ marginTop: 28, fontSize: 32, fontWeight: 400, color: '#cfe6fb' }}>{subtitle}</div>
        </div>
        <div style={{ display: 'flex', alignItems: 'center' }}>
          <div style={{ width: MARK_SIZE, height: MARK_SIZE }} />
          <div style={{ marginLeft: 22, fontSize: 34, fontWeight: 700 }}>{footer}</div>
        </div>
      </div>
      {image ? <div style={{ width: PICTURE_WIDTH, height }} /> : null}
    </div>
  );
  const markBox = { left: PADDING.x, top: height - PADDING.y - MARK_SIZE, width: MARK_SIZE, height: MARK_SIZE };
  const pictureBox = { left: width - PICTURE_WIDTH, top: 0, width: PICTURE_WIDTH, height };
  return { element, overlays: [{ input: mark, ...markBox }, ...(image ? [{ input: image, ...pictureBox }] : [])] };
}

export async function postCard(post: Post): Promise<Picture> {
  return shareCard({
    title: post.title,
    lang: post.lang,
    subtitle: formatDate(post.date, post.lang),
    footer: siteConfig.title,
    image: featuredImagePicture(post),
    mark: await markPng(MARK_SIZE),
  });
}

/** The card for every page that is not a post. */
export async function siteCard(): Promise<Picture> {
  return shareCard({
    title: siteConfig.title,
    lang: siteConfig.defaultLang,
    subtitle: siteConfig.tagline,
    footer: new URL(siteConfig.url).host,
    mark: await markPng(MARK_SIZE),
  });
}
