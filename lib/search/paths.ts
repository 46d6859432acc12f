/**
 * The site's basePath (next.config `basePath`, e.g. "/blog"), or "" at the domain root. Next inlines
 * this variable into every bundle at build time; outside Next (unit tests, scripts) it is unset.
 */
export const BASE_PATH = process.env.__NEXT_ROUTER_BASEPATH ?? '';

/** Prefixes a root-relative path ("/search/") with the basePath, for plain <a>, <form> and import() URLs. */
export function withBasePath(path: string, basePath = BASE_PATH): string {
  if (!path.startsWith('/')) throw new Error(`expected a root-relative path, got "${path}"`);
  return `${basePath.replace(/\/+$/, '')}${path}`;
}

/** Where `npm run build` writes pagefind's bundle inside out/. */
export const PAGEFIND_DIR = 'pagefind';

/** URL of pagefind's browser module, loaded only when a search starts. */
export function pagefindModuleUrl(basePath = BASE_PATH): string {
  return withBasePath(`/${PAGEFIND_DIR}/pagefind.js`, basePath);
}

/**
 * The prefix pagefind puts before every result URL. The index stores URLs relative to out/
 * ("/deep_learning_2023/"), so under a basePath they need it in front.
 */
export function pagefindResultBaseUrl(basePath = BASE_PATH): string {
  return withBasePath('/', basePath);
}
