import type { CSSProperties, ReactNode } from 'react';
import type { PostImage } from '@/lib/content/cover';
import { publishedUrl } from '@/lib/urls/paths';
import { imageSizes } from '@/lib/mdx/media.mjs';
import { Picture } from './Picture';

/** The phone column (a 360 px screen less the page's padding): a figure drawn wider than this scrolls there. */
const PHONE_COLUMN_PX = 320;

interface FigureProps {
  /** The file beside the post, described (address, size, variants) by the remark plugin. */
  src: PostImage;
  /** For an SVG file: its checked, themed markup and the narrowest width its text stays legible at (lib/mdx/inline-svg.mjs). */
  svg?: { html: string; minWidth: number };
  alt: string;
  caption?: ReactNode;
  credit?: ReactNode;
  /** Largest display width in CSS pixels (the image still shrinks on narrow screens). */
  width?: number;
  /** Only the image, inside a line of text (what a Markdown image in a sentence becomes). */
  inline?: boolean;
  /** Set by the remark plugin on a post's first image when it is near the top. */
  priority?: boolean;
  children?: ReactNode;
}

export function Figure({ src, svg, alt, caption, credit, width, inline, priority, children }: FigureProps) {
  // An inline image is shown at most at its own width; a figure fills the column up to `width`.
  if (inline) return <Picture image={src} alt={alt} sizes={imageSizes('prose', src.width)} priority={priority} />;
  const text = caption ?? children;
  const scrolls = svg !== undefined && svg.minWidth > PHONE_COLUMN_PX;
  return (
    <figure className="figure" style={width ? { maxWidth: width } : undefined}>
      {svg ? (
        // Inline, so the drawing takes the theme's colours; it scrolls sideways rather than shrink its
        // text below 12 px. Feeds show the published file instead (data-src, lib/feeds/html.ts).
        <div
          className="figure__frame"
          style={{ '--figure-min-width': `${svg.minWidth}px` } as CSSProperties}
          tabIndex={scrolls ? 0 : undefined}
          data-src={publishedUrl(src.src)}
          data-pagefind-ignore=""
          dangerouslySetInnerHTML={{ __html: svg.html }}
        />
      ) : (
        <Picture image={src} alt={alt} sizes={imageSizes('prose', width)} priority={priority} />
      )}
      {scrolls ? <span className="figure__hint" aria-hidden="true" /> : null}
      {text || credit ? (
        <figcaption>
          {text}
          {credit ? <span className="figure__credit">{credit}</span> : null}
        </figcaption>
      ) : null}
    </figure>
  );
}
