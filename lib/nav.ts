/**
 * Which header link a page belongs to: the home list (`/`, `/page/N/`) or the section its path
 * starts with (`/tags/x/` → `/tags/`). Posts belong to none.
 */
export function currentNavHref(pathname: string, hrefs: string[]): string | undefined {
  const path = pathname.endsWith('/') ? pathname : `${pathname}/`;
  if (path === '/' || path.startsWith('/page/')) return hrefs.includes('/') ? '/' : undefined;
  return hrefs.find((href) => href !== '/' && path.startsWith(href));
}
