import Link from 'next/link';
import { pageHref } from '@/lib/content/pagination';

/** Numbered page links with rel=prev/next; the current page is marked, not linked. */
export function Pagination({ page, pages }: { page: number; pages: number }) {
  if (pages < 2) return null;
  return (
    <nav className="pagination" aria-label="Pages">
      {page > 1 ? (
        <Link href={pageHref(page - 1)} rel="prev" className="pagination__step">
          ← Newer
        </Link>
      ) : null}
      <ol className="pagination__list">
        {Array.from({ length: pages }, (_, i) => i + 1).map((n) => (
          <li key={n}>
            {n === page ? (
              <span aria-current="page" className="pagination__current">
                {n}
              </span>
            ) : (
              <Link href={pageHref(n)} aria-label={`Page ${n}`} rel={n === page - 1 ? 'prev' : n === page + 1 ? 'next' : undefined}>
                {n}
              </Link>
            )}
          </li>
        ))}
      </ol>
      {page < pages ? (
        <Link href={pageHref(page + 1)} rel="next" className="pagination__step">
          Older →
        </Link>
      ) : null}
    </nav>
  );
}
