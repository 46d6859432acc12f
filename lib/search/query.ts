import type { SearchFilters } from './pagefind';

export interface SearchRequest {
  q: string;
  filters: SearchFilters;
}

/** Reads `?q=…&tag=…&lang=…` (the search page's GET form and shareable URLs). */
export function parseSearchParams(search: string): SearchRequest {
  const params = new URLSearchParams(search);
  const filters: SearchFilters = {};
  const tag = params.get('tag')?.trim();
  const lang = params.get('lang')?.trim();
  if (tag) filters.tag = tag;
  if (lang) filters.lang = lang;
  return { q: params.get('q')?.trim() ?? '', filters };
}

/** The query string for a search, e.g. "?q=block-nerf&tag=en"; "" for no search. */
export function searchQueryString({ q, filters }: SearchRequest): string {
  const params = new URLSearchParams();
  if (q.trim()) params.set('q', q.trim());
  if (filters.tag) params.set('tag', filters.tag);
  if (filters.lang) params.set('lang', filters.lang);
  const query = params.toString();
  return query ? `?${query}` : '';
}
