import type { PostImage } from '@/lib/content/cover';
import { publishedSrcSet, publishedUrl } from '@/lib/urls/paths';

interface PictureProps {
  image: PostImage;
  alt: string;
  /** How wide the image is laid out (lib/mdx/media.mjs imageSizes), so the browser picks a variant. */
  sizes: string;
  /** Above the fold: fetched at once, ahead of other images, instead of lazily. */
  priority?: boolean;
  className?: string;
}

/**
 * A post image: a <picture> with a modern-format <source> and a fallback in the file's own format
 * when the build made variants, a plain <img> otherwise (SVG, GIF, small images, `next dev`).
 * width/height are the file's own, so the space is reserved before it loads.
 */
export function Picture({ image, alt, sizes, priority, className }: PictureProps) {
  const img = (
    <img
      src={publishedUrl(image.src)}
      srcSet={image.srcSet && publishedSrcSet(image.srcSet)}
      sizes={image.srcSet ? sizes : undefined}
      width={image.width}
      height={image.height}
      alt={alt}
      className={className}
      loading={priority ? undefined : 'lazy'}
      fetchPriority={priority ? 'high' : undefined}
      decoding="async"
    />
  );
  if (!image.sources?.length) return img;
  return (
    <picture>
      {image.sources.map((source) => (
        <source key={source.type} type={source.type} srcSet={publishedSrcSet(source.srcSet)} sizes={sizes} />
      ))}
      {img}
    </picture>
  );
}
