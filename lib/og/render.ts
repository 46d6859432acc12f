import { ImageResponse } from 'next/og';
import type { ReactElement } from 'react';
import { cachedImage, imageKey, storedImage } from './cache';
import { OG_FONT_FAMILY, ogEngineVersion, ogFonts } from './fonts';
import type { ImageSize } from './size';

/** Cache keys cover the fonts by name and size, the engine by version. */
function rendererSignature(size: ImageSize): Record<string, string | number> {
  const fonts = ogFonts()
    .map((font) => `${font.name}/${font.weight}/${font.data.length}`)
    .join(',');
  return { ...size, fonts, engine: ogEngineVersion() };
}

/** The PNG renderPng gave `element` before, from the cache, else undefined. */
export function storedPng(element: ReactElement, size: ImageSize): Buffer | undefined {
  return storedImage(imageKey(element, rendererSignature(size)));
}

/**
 * A PNG of `element` rendered by next/og (satori + resvg), from the cache when the same picture was
 * rendered before. `what` names the source (e.g. the post file) in errors.
 */
export async function renderPng(element: ReactElement, size: ImageSize, what: string): Promise<Buffer> {
  return cachedImage(imageKey(element, rendererSignature(size)), async () => {
    try {
      const response = new ImageResponse(element, { ...size, fonts: ogFonts() });
      return Buffer.from(await response.arrayBuffer());
    } catch (error) {
      throw new Error(
        `${what}: could not render the ${size.width}×${size.height} image: ${(error as Error).message} ` +
          `(next/og downloads glyphs that ${OG_FONT_FAMILY} lacks, such as emoji, so these need the network)`,
        { cause: error },
      );
    }
  });
}

export function pngResponse(png: Buffer): Response {
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
}
