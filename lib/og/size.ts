export interface ImageSize {
  width: number;
  height: number;
}

/** Share cards (Open Graph, X summary_large_image): 1200×630. */
export const OG_SIZE: ImageSize = { width: 1200, height: 630 };
