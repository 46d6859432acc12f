import fs from 'node:fs/promises';
import path from 'node:path';
import type { ReactElement } from 'react';
import type { Post } from '../content';
import { postImagePath, SITE_IMAGE_PATH } from '../urls/paths';
import { postCard, siteCard } from './card';
import { renderPng, storedPng } from './render';
import { OG_SIZE } from './size';

// Cards have a solid background: their PNGs need no alpha channel.
const CARD_PNG = { opaque: true };

export interface ShareCard {
  /** Where the page metadata says the card is: `/og.png`, `/<slug>/og.png`. */
  path: string;
  /** Names the source in errors. */
  what: string;
  card: () => Promise<ReactElement>;
}

/** The card of every page that is not a post. */
export const SITE_SHARE_CARD: ShareCard = { path: SITE_IMAGE_PATH, what: 'the site share card', card: siteCard };

export function postShareCard(post: Post): ShareCard {
  return { path: postImagePath(post), what: post.file, card: () => postCard(post) };
}

/** The PNG of a share card (from the cache when unchanged): what the build publishes and `next dev` serves. */
export async function renderShareCard({ what, card }: ShareCard): Promise<Buffer> {
  return renderPng(await card(), OG_SIZE, what, CARD_PNG);
}

/** The PNG of a share card drawn before (from the cache), else undefined. */
export async function storedShareCard({ card }: ShareCard): Promise<Buffer | undefined> {
  return storedPng(await card(), OG_SIZE, CARD_PNG);
}

/** Writes a share card's PNG where its pages say it is in an exported site. */
export async function writeShareCard(siteDir: string, shareCard: ShareCard, png: Buffer): Promise<void> {
  const file = path.join(siteDir, decodeURIComponent(shareCard.path));
  await fs.mkdir(path.dirname(file), { recursive: true });
  await fs.writeFile(file, png);
}
