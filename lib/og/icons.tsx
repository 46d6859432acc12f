import fs from 'node:fs';
import path from 'node:path';
import type { MetadataRoute } from 'next';
import type { ReactElement } from 'react';
import sharp from 'sharp';
import { siteConfig } from '../../site.config';
import { HOME_PATH, href, ICON_SVG_PATH, ICONS_DIR_PATH } from '../urls/paths';

/** The site mark, drawn by hand as SVG; every raster icon is rendered from it at build time. */
export const ICON_SVG = path.join(process.cwd(), 'app', 'icon.svg');

/** Raster icons, served under /icons/ (apple-touch-icon for iOS, the others for the web manifest and feeds). */
export const ICONS = {
  apple: { file: 'apple-touch-icon.png', size: 180, path: `${ICONS_DIR_PATH}apple-touch-icon.png` },
  small: { file: 'icon-192.png', size: 192, path: `${ICONS_DIR_PATH}icon-192.png` },
  large: { file: 'icon-512.png', size: 512, path: `${ICONS_DIR_PATH}icon-512.png` },
} as const;

export type IconName = keyof typeof ICONS;

export function iconDataUri(): string {
  return `data:image/svg+xml;base64,${fs.readFileSync(ICON_SVG).toString('base64')}`;
}

const marks = new Map<number, Promise<string>>();

/**
 * The mark as a PNG data URI of `size` pixels, rendered once per process. Share cards embed this
 * raster rather than the SVG: drawing a nested SVG image cost each card ~2 ms of its ~27.
 */
export function markPngDataUri(size: number): Promise<string> {
  if (!marks.has(size)) {
    const png = sharp(fs.readFileSync(ICON_SVG), { density: 300 }).resize(size, size).png().toBuffer();
    marks.set(
      size,
      png.then((bytes) => `data:image/png;base64,${bytes.toString('base64')}`),
    );
  }
  return marks.get(size)!;
}

/**
 * The mark at `size` pixels. iOS masks home-screen icons itself and shows transparent corners as
 * black, so the Apple icon gets the mark's sea colour behind its rounded corners.
 */
export function iconElement(name: IconName): ReactElement {
  const { size } = ICONS[name];
  return (
    <div style={{ display: 'flex', width: size, height: size, background: name === 'apple' ? 'linear-gradient(#1a7fd6, #0a4f91)' : 'transparent' }}>
      <img src={iconDataUri()} width={size} height={size} alt="" />
    </div>
  );
}

/** The web app manifest: names, colours and the icons above. */
export function webManifest(): MetadataRoute.Manifest {
  return {
    name: siteConfig.title,
    short_name: siteConfig.title,
    description: siteConfig.description,
    start_url: href(HOME_PATH),
    scope: href(HOME_PATH),
    display: 'minimal-ui',
    lang: siteConfig.defaultLang,
    background_color: '#ffffff',
    theme_color: '#0b63b6',
    icons: [
      { src: href(ICON_SVG_PATH), sizes: 'any', type: 'image/svg+xml', purpose: 'any' },
      ...[ICONS.small, ICONS.large].map((icon) => ({ src: href(icon.path), sizes: `${icon.size}x${icon.size}`, type: 'image/png', purpose: 'any' as const })),
    ],
  };
}
