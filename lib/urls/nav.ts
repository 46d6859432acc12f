import { HOME_PATH, isListPagePath } from './paths';

/**
 * How a header link relates to the current page, as its aria-current value: 'page' on the page
 * itself, 'true' on the pages under it (the home link on `/page/N/`, the Tags link on `/tags/x/`),
 * undefined elsewhere. Posts belong to none.
 */
export function currentNav(href: string, pathname: string): 'page' | 'true' | undefined {
  if (!pathname) return undefined;
  const path = pathname.endsWith('/') ? pathname : `${pathname}/`;
  if (path === href) return 'page';
  const under = href === HOME_PATH ? isListPagePath(path) : path.startsWith(href);
  return under ? 'true' : undefined;
}
