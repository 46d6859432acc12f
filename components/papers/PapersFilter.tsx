'use client';

import { useEffect, useRef, useState } from 'react';

interface Props {
  venues: { name: string; count: number }[];
  total: number;
  /** The element holding the server-rendered entries (`li[data-venue][data-search]`). */
  listId: string;
}

/**
 * Venue and text filter for the papers index. The list itself is server-rendered; this only toggles
 * `hidden` on its entries (and on year sections left empty), so it ships no data of its own.
 */
export function PapersFilter({ venues, total, listId }: Props) {
  const [venue, setVenue] = useState('');
  const [query, setQuery] = useState('');
  const [shown, setShown] = useState(total);
  const venueField = useRef<HTMLSelectElement>(null);
  const queryField = useRef<HTMLInputElement>(null);

  // The form is on screen before the page hydrates (lib/post-build/defer-hydration.ts): take over what
  // the reader chose or typed by then instead of resetting it.
  useEffect(() => {
    setVenue(venueField.current?.value ?? '');
    setQuery(queryField.current?.value ?? '');
  }, []);

  useEffect(() => {
    const list = document.getElementById(listId);
    if (!list) return;
    const words = query.normalize('NFKC').toLowerCase().split(/\s+/).filter(Boolean);
    let count = 0;
    for (const entry of list.querySelectorAll<HTMLElement>('li[data-venue]')) {
      const match = (!venue || entry.dataset.venue === venue) && words.every((word) => entry.dataset.search?.includes(word));
      entry.hidden = !match;
      if (match) count++;
    }
    for (const section of list.querySelectorAll<HTMLElement>('[data-papers-year]')) {
      section.hidden = !section.querySelector('li[data-venue]:not([hidden])');
    }
    // The count comes from the server-rendered list, outside React: it can only be read after the filter ran.
    // eslint-disable-next-line react-hooks/set-state-in-effect
    setShown(count);
  }, [venue, query, listId]);

  return (
    <form className="papers-filter" role="search" aria-label="Filter papers" onSubmit={(event) => event.preventDefault()}>
      <label className="papers-filter__field">
        <span>Venue</span>
        <select ref={venueField} value={venue} onChange={(event) => setVenue(event.target.value)}>
          <option value="">All venues</option>
          {venues.map(({ name, count }) => (
            <option key={name} value={name}>
              {name} ({count})
            </option>
          ))}
        </select>
      </label>
      <label className="papers-filter__field papers-filter__field--grow">
        <span>Search</span>
        <input ref={queryField} type="search" value={query} onChange={(event) => setQuery(event.target.value)} placeholder="Title, author, topic…" />
      </label>
      <p className="papers-filter__count" role="status">
        {shown} of {total} papers
      </p>
    </form>
  );
}
