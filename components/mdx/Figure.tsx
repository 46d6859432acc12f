import type { ReactNode } from 'react';
import type { PostImage } from '@/lib/content/cover';

interface FigureProps {
  /** The file beside the post, described (address and size) by the remark plugin. */
  src: PostImage;
  alt: string;
  caption?: ReactNode;
  credit?: ReactNode;
  /** Largest display width in CSS pixels (the image still shrinks on narrow screens). */
  width?: number;
  children?: ReactNode;
}

export function Figure({ src, alt, caption, credit, width, children }: FigureProps) {
  const text = caption ?? children;
  return (
    <figure className="figure" style={width ? { maxWidth: width } : undefined}>
      <img
        src={src.src}
        width={src.width}
        height={src.height}
        alt={alt}
        loading="lazy"
        decoding="async"
      />
      {text || credit ? (
        <figcaption>
          {text}
          {credit ? <span className="figure__credit"> {credit}</span> : null}
        </figcaption>
      ) : null}
    </figure>
  );
}
