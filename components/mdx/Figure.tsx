import type { ReactNode } from 'react';
import type { PostImage } from '@/lib/content/cover';
import { imageSizes } from '@/lib/mdx/media.mjs';
import { Picture } from './Picture';

interface FigureProps {
  /** The file beside the post, described (address, size, variants) by the remark plugin. */
  src: PostImage;
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

export function Figure({ src, alt, caption, credit, width, inline, priority, children }: FigureProps) {
  // An inline image is shown at most at its own width; a figure fills the column up to `width`.
  if (inline) return <Picture image={src} alt={alt} sizes={imageSizes('prose', src.width)} priority={priority} />;
  const text = caption ?? children;
  return (
    <figure className="figure" style={width ? { maxWidth: width } : undefined}>
      <Picture image={src} alt={alt} sizes={imageSizes('prose', width)} priority={priority} />
      {text || credit ? (
        <figcaption>
          {text}
          {credit ? <span className="figure__credit"> {credit}</span> : null}
        </figcaption>
      ) : null}
    </figure>
  );
}
