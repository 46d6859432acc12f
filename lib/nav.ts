/**
 * Whether a header link is the current page's: the home link on the home list (`/`, `/page/N/`),
 * a section link on every page under it (`/tags/x/` → `/tags/`). Posts belong to none.
 */
import { HOME_PATH, isListPagePath } from './urls/paths';

export function isCurrentNav(href: string, pathname: string): boolean {
  const path = `${pathname}/`; // with or without its trailing slash
  return href === HOME_PATH ? isListPagePath(pathname) : path.startsWith(href);
}
