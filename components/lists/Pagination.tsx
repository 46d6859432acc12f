import { href, listPagePath } from '@/lib/urls/site-pages';

/** Numbered page links with rel=prev/next; the current page is marked, not linked. */
export function Pagination({ page, pages }: { page: number; pages: number }) {
  if (pages < 2) return null;
  return (
    <nav className="pagination" aria-label="Pages">
      {page > 1 ? (
        <a href={href(listPagePath(page - 1))} rel="prev" className="pagination__step">
          ← Newer
        </a>
      ) : null}
      <ol className="pagination__list">
        {Array.from({ length: pages }, (_, i) => i + 1).map((n) => (
          <li key={n}>
            {n === page ? (
              <span aria-current="page" className="pagination__current">
                {n}
              </span>
            ) : (
              <a href={href(listPagePath(n))} aria-label={`Page ${n}`} rel={n === page - 1 ? 'prev' : n === page + 1 ? 'next' : undefined}>
                {n}
              </a>
            )}
          </li>
        ))}
      </ol>
      {page < pages ? (
        <a href={href(listPagePath(page + 1))} rel="next" className="pagination__step">
          Older →
        </a>
      ) : null}
    </nav>
  );
}
