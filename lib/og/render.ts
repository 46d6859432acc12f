import { createHash } from 'node:crypto';
import { Children, cloneElement, isValidElement, type ReactElement, type ReactNode } from 'react';
import satori from 'satori';
import sharp from 'sharp';
import { cachedImage, imageKey, storedImage } from './cache';
import { OG_FONT_FAMILY, ogEngineVersion, ogFonts } from './fonts';
import type { ImageSize } from './size';

/** A picture (PNG, JPEG or SVG bytes) laid over the image, scaled to cover its box. */
export interface Overlay {
  input: Buffer;
  left: number;
  top: number;
  width: number;
  height: number;
}

/**
 * What renderPng draws: `element`, laid out by satori, and `overlays` on top. Pictures go in
 * overlays rather than as `<img>` in the element: librsvg draws satori's images through a mask the
 * size of the whole image, which cost a share card ~10 ms of its ~27 to rasterise. The element
 * keeps an empty box where each overlay goes, so the layout around it is the same.
 */
export interface Picture {
  element: ReactElement;
  overlays?: Overlay[];
}

export interface PngOptions {
  /** The picture covers its whole frame: the PNG is written without an alpha channel (smaller, quicker). */
  opaque?: boolean;
}

/** Cache key of a picture: the element's tree, the overlays' bytes and boxes, the size, fonts and engine. */
function pictureKey({ element, overlays = [] }: Picture, size: ImageSize, { opaque = false }: PngOptions): string {
  const fonts = ogFonts()
    .map((font) => `${font.name}/${font.weight}/${font.data.length}`)
    .join(',');
  const layers = createHash('sha256');
  for (const { input, ...box } of overlays) layers.update(JSON.stringify(box)).update(input);
  return imageKey(element, { ...size, alpha: opaque ? 0 : 1, fonts, engine: ogEngineVersion(), overlays: layers.digest('hex') });
}

/** The PNG renderPng gave `picture` before, from the cache, else undefined. */
export function storedPng(picture: Picture, size: ImageSize, options: PngOptions = {}): Buffer | undefined {
  return storedImage(pictureKey(picture, size, options));
}

/**
 * A PNG of `picture`: satori lays the element out into an SVG with the bundled font, sharp
 * (librsvg) rasterises it and lays the overlays over it (next/og does the same but for the
 * overlays, plus a resize and a response stream). From the cache when the same picture was
 * rendered before. Text the font has no glyphs for (emoji, scripts other than Latin and Japanese)
 * would be drawn as empty boxes: it is left out instead, with a warning naming `what` (e.g. the
 * post file) and the characters.
 */
export async function renderPng(picture: Picture, size: ImageSize, what: string, options: PngOptions = {}): Promise<Buffer> {
  return cachedImage(pictureKey(picture, size, options), async () => {
    try {
      const missing = new Set<string>();
      let svg = await layOut(picture.element, size, missing);
      if (missing.size > 0) {
        const characters = [...missing].map((text) => `"${text}"`).join(', ');
        console.warn(`${what}: the ${size.width}×${size.height} image leaves out ${characters}: ${OG_FONT_FAMILY} has no glyphs for them`);
        const left = new Set<string>();
        svg = await layOut(withoutText(picture.element, missing) as ReactElement, size, left);
        if (left.size > 0) throw new Error(`${OG_FONT_FAMILY} has no glyphs for ${[...left].join(', ')}`);
      }
      const layers = await Promise.all((picture.overlays ?? []).map(async (overlay) => ({ ...overlay, input: await coverBox(overlay) })));
      const image = sharp(Buffer.from(svg)).composite(layers);
      return await (options.opaque ? image.removeAlpha() : image).png().toBuffer();
    } catch (error) {
      throw new Error(`${what}: could not render the ${size.width}×${size.height} image: ${(error as Error).message}`, { cause: error });
    }
  });
}

/** satori's SVG of `element`; the runs of text no font can draw are added to `missing`. */
function layOut(element: ReactElement, size: ImageSize, missing: Set<string>): Promise<string> {
  return satori(element, {
    ...size,
    fonts: ogFonts(),
    // Asked for each run of text the fonts lack (no network: next/og would download a font here).
    loadAdditionalAsset: async (_code, text) => (missing.add(text), []),
  });
}

/** `node` with every occurrence of `texts` removed from its strings. */
function withoutText(node: ReactNode, texts: Set<string>): ReactNode {
  if (typeof node === 'string') return [...texts].reduce((rest, text) => rest.replaceAll(text, ''), node);
  if (!isValidElement<{ children?: ReactNode }>(node) || node.props.children === undefined) return node;
  return cloneElement(node, undefined, ...Children.toArray(node.props.children).map((child) => withoutText(child, texts)));
}

/** The overlay's picture at its box's size, cropped to cover it; an SVG is drawn at that size, not scaled up. */
async function coverBox({ input, width, height }: Overlay): Promise<Buffer> {
  const source = await sharp(input).metadata();
  if (source.format !== 'svg' && source.width === width && source.height === height) return input;
  const density = source.format === 'svg' ? 72 * Math.max(width / source.width, height / source.height) : undefined;
  return sharp(input, { density }).resize(width, height, { fit: 'cover' }).toBuffer();
}

export function pngResponse(png: Buffer): Response {
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
}
