import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import sharp from 'sharp';

/**
 * BIZ UDPGothic (Morisawa, SIL OFL) from the @expo-google-fonts package: TrueType files that satori
 * can read (it cannot read woff2), covering Latin, kana and ~9,500 kanji, in two weights (9 MB
 * installed, where Noto Sans JP ships 50 MB). Read once per build process.
 */
export const OG_FONT_FAMILY = 'BIZ UDPGothic';

const FILES = [
  { weight: 400, file: '@expo-google-fonts/biz-udpgothic/400Regular/BIZUDPGothic_400Regular.ttf' },
  { weight: 700, file: '@expo-google-fonts/biz-udpgothic/700Bold/BIZUDPGothic_700Bold.ttf' },
] as const;

export interface OgFont {
  name: string;
  data: Buffer;
  weight: 400 | 700;
  style: 'normal';
}

// Resolved from the project at run time (not by the bundler), the way Node finds any package.
const projectRequire = createRequire(path.join(process.cwd(), 'package.json'));

let fonts: OgFont[] | undefined;

export function ogFonts(): OgFont[] {
  fonts ??= FILES.map(({ weight, file }) => ({ name: OG_FONT_FAMILY, data: fs.readFileSync(projectRequire.resolve(file)), weight, style: 'normal' }));
  return fonts;
}

/** Versions of the image engine (satori lays out, sharp's librsvg rasterises), part of every cache key. */
export function ogEngineVersion(): string {
  const satori = projectRequire('satori/package.json') as { version: string };
  return `satori@${satori.version} sharp@${sharp.versions.sharp} rsvg@${sharp.versions.rsvg}`;
}
