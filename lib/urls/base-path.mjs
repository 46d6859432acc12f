// The one definition of the base path, in plain JavaScript because next.config.mjs imports it too
// (next.config hands it to Next's `basePath`; lib/urls/paths.ts builds every URL with it).

/**
 * "/blog/" → "/blog", "" stays "" (the domain root); refuses what Next's basePath would refuse,
 * naming the variable.
 * @param {string} value
 * @returns {string}
 */
export function normaliseBasePath(value) {
  const trimmed = value.replace(/\/+$/, '');
  if (trimmed !== '' && !/^\/[\w.~-]+(\/[\w.~-]+)*$/.test(trimmed)) {
    throw new Error(`BASE_PATH must look like "/blog" (a leading slash, no spaces or query), got "${value}"`);
  }
  return trimmed;
}

/**
 * The sub-path the site is deployed under ("/blog"), or "" at the domain root: `BASE_PATH` at build
 * time. Inside Next's bundles, client ones included, `BASE_PATH` is not defined but Next inlines
 * `__NEXT_ROUTER_BASEPATH` (the basePath next.config gave it); scripts outside Next read `BASE_PATH`.
 */
export const BASE_PATH = normaliseBasePath(process.env.__NEXT_ROUTER_BASEPATH || process.env.BASE_PATH || '');
