import type { Heading } from '@/lib/content/body';
import { labels } from '@/lib/i18n';
import { TocHighlight } from './TocHighlight';
import type { Lang } from '@/lib/content/schema';

/** Posts with fewer headings are short enough to scroll. */
export const MIN_TOC_HEADINGS = 3;

function HeadingLinks({ headings }: { headings: Heading[] }) {
  return (
    <ol className="toc__list">
      {headings.map((heading) => (
        <li key={heading.id} className={`toc__item toc__item--h${heading.depth}`}>
          <a href={`#${heading.id}`}>{heading.text}</a>
        </li>
      ))}
    </ol>
  );
}

/**
 * Placed twice by the post page, one hidden by CSS: a collapsed block above the text on phones and
 * a sticky sidebar on wide screens (a <details> cannot be open on one and closed on the other without JS).
 */
export function TableOfContents({ headings, lang, variant }: { headings: Heading[]; lang: Lang; variant: 'inline' | 'sidebar' }) {
  if (headings.length < MIN_TOC_HEADINGS) return null;
  const title = labels(lang).contents;
  if (variant === 'inline') {
    return (
      <details className="toc toc--inline">
        <summary>{title}</summary>
        <nav aria-label={title}>
          <HeadingLinks headings={headings} />
        </nav>
      </details>
    );
  }
  // The sidebar, rendered once per page, also brings the island that marks the current section in both.
  return (
    <nav className="toc toc--sidebar" aria-labelledby="toc-sidebar-title">
      <h2 id="toc-sidebar-title" className="toc__title">
        {title}
      </h2>
      <HeadingLinks headings={headings} />
      <TocHighlight />
    </nav>
  );
}
