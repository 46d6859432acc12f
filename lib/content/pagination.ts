/** Posts per list page: the home page is page 1, then /page/2/, /page/3/ … */
export const POSTS_PER_PAGE = 10;

export function pageCount(total: number, perPage = POSTS_PER_PAGE): number {
  return Math.max(1, Math.ceil(total / perPage));
}

/** The items on 1-based page `page`. */
export function pageItems<T>(items: T[], page: number, perPage = POSTS_PER_PAGE): T[] {
  return items.slice((page - 1) * perPage, page * perPage);
}
