/**
 * Whether a header link is the current page's: the home link on the home list (`/`, `/page/N/`),
 * a section link on every page under it (`/tags/x/` → `/tags/`). Posts belong to none.
 */
export function isCurrentNav(href: string, pathname: string): boolean {
  const path = `${pathname}/`; // with or without its trailing slash
  return href === '/' ? path === '//' || path.startsWith('/page/') : path.startsWith(href);
}
