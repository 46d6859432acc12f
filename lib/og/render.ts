import { Children, cloneElement, createElement, isValidElement, type CSSProperties, type ReactElement, type ReactNode } from 'react';
import satori from 'satori';
import sharp, { type OverlayOptions } from 'sharp';
import { cachedImage, imageKey, storedImage } from './cache';
import { OG_FONT_FAMILY, ogEngineVersion, ogFonts } from './fonts';
import type { ImageSize } from './size';

export interface PngOptions {
  /** The picture covers its whole frame: the PNG is written without an alpha channel (smaller, quicker). */
  opaque?: boolean;
}

/** Cache keys cover the fonts by name and size, the engine by version. */
function rendererSignature(size: ImageSize, { opaque = false }: PngOptions): Record<string, string | number> {
  const fonts = ogFonts()
    .map((font) => `${font.name}/${font.weight}/${font.data.length}`)
    .join(',');
  return { ...size, alpha: opaque ? 0 : 1, fonts, engine: ogEngineVersion() };
}

/** The PNG renderPng gave `element` before, from the cache, else undefined. */
export function storedPng(element: ReactElement, size: ImageSize, options: PngOptions = {}): Buffer | undefined {
  return storedImage(imageKey(element, rendererSignature(size, options)));
}

/**
 * A PNG of `element`: satori lays it out into an SVG with the bundled font, sharp (librsvg)
 * rasterises it (next/og does the same, plus a resize and a response stream). Its `<img>`s (data
 * URIs) are not drawn by satori but laid over the raster by sharp, into the boxes satori laid out for
 * them: librsvg draws satori's images through a mask the size of the whole image, ~10 ms of a share
 * card's ~27. From the cache when the same picture was rendered before. Text the font has no glyphs
 * for (emoji, scripts other than Latin and Japanese) would be drawn as empty boxes: it is left out
 * instead, with a warning naming `what` (e.g. the post file) and the characters.
 */
export async function renderPng(element: ReactElement, size: ImageSize, what: string, options: PngOptions = {}): Promise<Buffer> {
  return cachedImage(imageKey(element, rendererSignature(size, options)), async () => {
    try {
      let drawn = await layOut(element, size);
      if (drawn.missing.size > 0) {
        const characters = [...drawn.missing].map((text) => `"${text}"`).join(', ');
        console.warn(`${what}: the ${size.width}×${size.height} image leaves out ${characters}: ${OG_FONT_FAMILY} has no glyphs for them`);
        drawn = await layOut(element, size, (text) => [...drawn.missing].reduce((rest, missing) => rest.replaceAll(missing, ''), text));
        if (drawn.missing.size > 0) throw new Error(`${OG_FONT_FAMILY} has no glyphs for ${[...drawn.missing].join(', ')}`);
      }
      const image = sharp(Buffer.from(drawn.svg)).composite(await Promise.all(drawn.images.filter((image) => image.box).map(fitToBox)));
      return await (options.opaque ? image.removeAlpha() : image).png().toBuffer();
    } catch (error) {
      throw new Error(`${what}: could not render the ${size.width}×${size.height} image: ${(error as Error).message}`, { cause: error });
    }
  });
}

/** An `<img>` taken out of the element: its bytes, how it fills its box, and the box satori laid out (none if not drawn). */
interface LiftedImage {
  bytes: Buffer;
  cover: boolean;
  box?: { left: number; top: number; width: number; height: number };
}

/**
 * satori's SVG of `element` with its strings passed through `text`, each `<img>` left out (an empty
 * box of its size in its place), and the runs of text no font can draw.
 */
async function layOut(element: ReactElement, size: ImageSize, text = (value: string) => value) {
  const images: LiftedImage[] = [];
  const missing = new Set<string>();
  const svg = await satori(rewrite(element, text, images) as ReactElement, {
    ...size,
    fonts: ogFonts(),
    // Asked for each run of text the fonts lack (no network: next/og would download a font here).
    loadAdditionalAsset: async (_code, run) => {
      missing.add(run);
      return [];
    },
    onNodeDetected: (node) => {
      const index = node.props[LIFTED];
      if (index !== undefined) images[index].box = { left: node.left, top: node.top, width: node.width, height: node.height };
    },
  });
  return { svg, images, missing };
}

/** Marks the box an `<img>` left, with the image's index. */
const LIFTED = 'data-lifted-image';

/** `node` with its strings passed through `text` and each `<img>` moved to `images`, an empty box in its place. */
function rewrite(node: ReactNode, text: (value: string) => string, images: LiftedImage[]): ReactNode {
  if (typeof node === 'string') return text(node);
  if (!isValidElement<{ children?: ReactNode }>(node)) return node;
  if (node.type === 'img') {
    const { src, width, height, style = {} } = node.props as { src: string; width?: number; height?: number; style?: CSSProperties };
    const { objectFit, ...boxStyle } = style;
    images.push({ bytes: dataUriBytes(src), cover: objectFit === 'cover' });
    return createElement('div', { [LIFTED]: images.length - 1, style: { width, height, ...boxStyle } });
  }
  if (node.props.children === undefined) return node;
  return cloneElement(node, undefined, ...Children.toArray(node.props.children).map((child) => rewrite(child, text, images)));
}

function dataUriBytes(src: string): Buffer {
  const match = /^data:[^,]*?(;base64)?,(.*)$/s.exec(src);
  if (!match) throw new Error(`an image must be a data URI, not ${src.slice(0, 60)}`);
  return match[1] ? Buffer.from(match[2], 'base64') : Buffer.from(decodeURIComponent(match[2]));
}

/** A lifted image as a layer for sharp: scaled to its box (cropped to cover it with objectFit: cover), an SVG drawn at that size. */
async function fitToBox({ bytes, cover, box }: LiftedImage): Promise<OverlayOptions> {
  const left = Math.round(box!.left);
  const top = Math.round(box!.top);
  const width = Math.round(box!.width);
  const height = Math.round(box!.height);
  const source = await sharp(bytes).metadata();
  const svg = source.format === 'svg';
  if (!svg && source.width === width && source.height === height) return { input: bytes, left, top };
  const density = svg ? 72 * Math.max(width / source.width, height / source.height) : undefined;
  const input = await sharp(bytes, { density })
    .resize(width, height, { fit: cover ? 'cover' : 'fill' })
    .toBuffer();
  return { input, left, top };
}

export function pngResponse(png: Buffer): Response {
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
}
