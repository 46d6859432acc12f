import { pageHits, type PagefindPage, type SearchHit } from './hits';
import { pagefindModuleUrl, pagefindResultBaseUrl } from '../urls/paths';

export type { SearchHit } from './hits';

/** The part of pagefind's browser API (pagefind.js) this site uses. */
interface Pagefind {
  options(options: { baseUrl?: string }): Promise<void>;
  search(term: string, options?: { filters?: Record<string, string> }): Promise<{ results: { data(): Promise<PagefindPage> }[] }>;
}

export interface SearchOutcome {
  /** Number of matching posts; `hits` holds the sections of the first ones. */
  total: number;
  /** Posts shown (their sections are in `hits`). */
  shown: number;
  hits: SearchHit[];
}

/** Index filters written by SearchIndexFields: a tag name or a language code. */
export interface SearchFilters {
  tag?: string;
  lang?: string;
}

let pagefind: Promise<Pagefind> | undefined;

/**
 * Loads pagefind's bundle from out/pagefind/ on first use. It is a file of the exported site, not
 * part of the Next build, so the import is left to the browser (bundlers skip it).
 */
export function loadPagefind(): Promise<Pagefind> {
  if (!pagefind) {
    pagefind = import(/* webpackIgnore: true */ /* turbopackIgnore: true */ pagefindModuleUrl()).then(async (module: Pagefind) => {
      await module.options({ baseUrl: pagefindResultBaseUrl() });
      return module;
    });
    // A failed load (offline, deploy in progress) is retried by the next search.
    pagefind.catch(() => (pagefind = undefined));
  }
  return pagefind;
}

export async function searchPosts(query: string, filters: SearchFilters = {}, limit = 10): Promise<SearchOutcome> {
  const index = await loadPagefind();
  const active = Object.fromEntries(Object.entries(filters).filter(([, value]) => value)) as Record<string, string>;
  const { results } = await index.search(query, { filters: active });
  const pages = await Promise.all(results.slice(0, limit).map((result) => result.data()));
  return { total: results.length, shown: pages.length, hits: pages.flatMap((page) => pageHits(page)) };
}
