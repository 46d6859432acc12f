'use client';

import { useEffect, useId, useRef, useState, type FormEvent, type KeyboardEvent, type RefObject } from 'react';
import type { SearchLabels } from '@/lib/i18n';
import { excerptParts } from '@/lib/search/excerpt';
import { searchPosts, type SearchFilters, type SearchOutcome } from '@/lib/search/pagefind';
import { href, SEARCH_PATH } from '@/lib/urls/paths';
import { parseSearchParams, searchQueryString } from '@/lib/search/query';
import { fillIn } from '@/lib/i18n/template';

type SearchState =
  { status: 'idle' } | { status: 'loading'; query: string } | { status: 'done'; query: string; outcome: SearchOutcome } | { status: 'failed'; query: string };

/** Typing pauses this long before a search runs, so each keystroke does not fetch index chunks. */
const TYPING_PAUSE_MS = 150;

function filterNote({ tag, lang }: SearchFilters, t: SearchLabels): string {
  const notes = [tag ? fillIn(t.tagFilter, { tag }) : '', lang ? fillIn(t.langFilter, { lang }) : ''].filter(Boolean);
  return notes.length > 0 ? fillIn(t.filters, { list: notes.join(t.filterJoin) }) : '';
}

function statusText(state: SearchState, filters: SearchFilters, t: SearchLabels): string {
  switch (state.status) {
    case 'idle':
      return '';
    case 'loading':
      return t.searching;
    case 'failed':
      return t.failed;
    case 'done': {
      const { total, shown } = state.outcome;
      const values = { query: state.query, filters: filterNote(filters, t), count: total };
      if (total === 0) return fillIn(t.none, values);
      const count = fillIn(total === 1 ? t.one : t.many, values);
      return shown < total ? `${count} ${fillIn(t.showingFirst, { count: shown })}` : count;
    }
  }
}

/**
 * The search form and its results, shared by the /search/ page and the search dialog. Without JS
 * the form is a plain GET form to /search/?q=. With JS, results render in place as the reader types,
 * and ↑/↓ move between the field and the result links.
 */
export function SearchPanel({
  labels: t,
  syncUrl = false,
  typedEarly,
}: {
  labels: SearchLabels;
  /** The search page: read ?q= on load and keep the URL in step. */
  syncUrl?: boolean;
  /** The dialog: words typed into the field that stood in while this code loaded; they are taken over and searched, and focus moves here. */
  typedEarly?: RefObject<string>;
}) {
  const inputId = useId();
  const [query, setQuery] = useState('');
  const [filters, setFilters] = useState<SearchFilters>({});
  const [state, setState] = useState<SearchState>({ status: 'idle' });
  const latestRun = useRef(0);
  const typingTimer = useRef<ReturnType<typeof setTimeout>>(undefined);
  const panelRef = useRef<HTMLDivElement>(null);
  const inputRef = useRef<HTMLInputElement>(null);

  async function run(text: string, activeFilters: SearchFilters) {
    clearTimeout(typingTimer.current);
    const ticket = ++latestRun.current;
    const term = text.trim();
    if (syncUrl) history.replaceState(null, '', `${location.pathname}${searchQueryString({ q: term, filters: activeFilters })}`);
    if (!term) return setState({ status: 'idle' });
    setState({ status: 'loading', query: term });
    try {
      const outcome = await searchPosts(term, activeFilters);
      if (ticket === latestRun.current) setState({ status: 'done', query: term, outcome });
    } catch {
      if (ticket === latestRun.current) setState({ status: 'failed', query: term });
    }
  }

  // Runs once after hydration to take over the page as the reader left it (the field, ?q=, the
  // words the dialog caught): state set from outside React, on purpose, with no dependencies.
  /* eslint-disable react-hooks/immutability, react-hooks/set-state-in-effect, react-hooks/exhaustive-deps */
  useEffect(() => {
    if (!syncUrl) {
      const input = inputRef.current;
      if (typedEarly && input) {
        const text = typedEarly.current;
        typedEarly.current = '';
        input.value = text; // before focus, so the caret lands after the words
        input.focus();
        setQuery(text);
        if (text) void run(text, filters);
      }
      return;
    }
    const request = parseSearchParams(location.search);
    // The field is on screen before the page hydrates (lib/post-build/defer-hydration.ts): words typed
    // by then win over ?q= rather than being wiped.
    const text = inputRef.current?.value || request.q;
    setQuery(text);
    setFilters(request.filters);
    if (text) void run(text, request.filters);
    // Once, on load: later searches come from the form.
  }, []);
  /* eslint-enable react-hooks/immutability, react-hooks/set-state-in-effect, react-hooks/exhaustive-deps */

  useEffect(() => () => clearTimeout(typingTimer.current), []);

  function onInput(text: string) {
    setQuery(text);
    clearTimeout(typingTimer.current);
    typingTimer.current = setTimeout(() => void run(text, filters), TYPING_PAUSE_MS);
  }

  function onSubmit(event: FormEvent) {
    event.preventDefault();
    void run(query, filters);
  }

  function onKeyDown(event: KeyboardEvent) {
    if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
    const stops = Array.from(panelRef.current?.querySelectorAll<HTMLElement>('input[type=search], .search-result__link') ?? []);
    const next = stops[stops.indexOf(document.activeElement as HTMLElement) + (event.key === 'ArrowDown' ? 1 : -1)];
    if (next) {
      event.preventDefault();
      next.focus();
    }
  }

  const hits = state.status === 'done' ? state.outcome.hits : [];
  return (
    <div className="search-panel" ref={panelRef} onKeyDown={onKeyDown}>
      <form role="search" action={href(SEARCH_PATH)} method="get" onSubmit={onSubmit} className="search-form">
        <label htmlFor={inputId} className="visually-hidden">
          {t.title}
        </label>
        <input
          id={inputId}
          ref={inputRef}
          type="search"
          name="q"
          value={query}
          onChange={(event) => onInput(event.target.value)}
          placeholder={t.placeholder}
          autoComplete="off"
          enterKeyHint="search"
          className="search-form__input"
        />
        {filters.tag ? <input type="hidden" name="tag" value={filters.tag} /> : null}
        {filters.lang ? <input type="hidden" name="lang" value={filters.lang} /> : null}
        <button type="submit" className="search-form__submit">
          {t.submit}
        </button>
      </form>
      <p role="status" className="search-status">
        {statusText(state, filters, t)}
      </p>
      {hits.length > 0 ? (
        <ol className="search-results" aria-label={t.results}>
          {hits.map((hit) => (
            <li key={hit.url} className="search-result">
              <a href={hit.url} className="search-result__link">
                <span className="search-result__post">{hit.post}</span>
                {hit.section ? (
                  <>
                    <span aria-hidden="true" className="search-result__sep">
                      {' › '}
                    </span>
                    <span className="search-result__section">{hit.section}</span>
                  </>
                ) : null}
              </a>
              <p className="search-result__excerpt">
                {excerptParts(hit.excerpt).map((part, i) => (part.marked ? <mark key={i}>{part.text}</mark> : part.text))}
              </p>
            </li>
          ))}
        </ol>
      ) : null}
    </div>
  );
}
