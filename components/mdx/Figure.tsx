import type { ReactNode } from 'react';
import type { StaticImageData } from 'next/image';

interface FigureProps {
  /** Imported by the remark plugin from the file beside the post, so its size is known. */
  src: StaticImageData;
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
