'use client';

import { Suspense, lazy, useEffect, useId, useRef, useState, type MouseEvent } from 'react';
import type { SearchLabels } from '@/lib/i18n';
import { loadPagefind } from '@/lib/search/pagefind';
import { href, SEARCH_PATH } from '@/lib/urls/paths';
import { isSearchShortcut } from '@/lib/search/shortcut';

// The panel's code is fetched when the dialog first opens, not with every page.
const SearchPanel = lazy(() => import('./SearchPanel').then((module) => ({ default: module.SearchPanel })));

/**
 * The header's "Search" item. Without JS it is a link to /search/. With JS it opens a modal
 * <dialog> (also on "/" and Ctrl/Cmd-K); the modal dialog keeps focus inside, Esc closes it and
 * focus returns to where it was. The search index is first requested when the dialog opens.
 */
export function SearchButton({ labels }: { labels: SearchLabels }) {
  const titleId = useId();
  const dialogRef = useRef<HTMLDialogElement>(null);
  const returnFocusTo = useRef<HTMLElement | null>(null);
  const typedEarly = useRef('');
  const [open, setOpen] = useState(false);

  function openDialog() {
    if (dialogRef.current?.open) return;
    returnFocusTo.current = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    setOpen(true);
  }

  useEffect(() => {
    function onKeyDown(event: KeyboardEvent) {
      const { key, ctrlKey, metaKey, altKey } = event;
      if (!isSearchShortcut({ key, ctrlKey, metaKey, altKey, target: event.target as HTMLElement | null })) return;
      event.preventDefault();
      openDialog();
    }
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, []);

  useEffect(() => {
    const dialog = dialogRef.current;
    if (!open || !dialog || dialog.open) return;
    dialog.showModal();
    // showModal focuses the first control (Close); the field (the stand-in while the panel loads) should have it.
    dialog.querySelector<HTMLInputElement>('input[type=search]')?.focus();
    // Fetch the index while the reader types the first word; a failure shows up when they search.
    loadPagefind().catch(() => {});
  }, [open]);

  function onClose() {
    setOpen(false);
    typedEarly.current = '';
    if (returnFocusTo.current?.isConnected) returnFocusTo.current.focus();
    returnFocusTo.current = null;
  }

  function onLinkClick(event: MouseEvent<HTMLAnchorElement>) {
    // Modified clicks keep their meaning (open /search/ in a new tab or window).
    if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    openDialog();
  }

  return (
    <>
      <a href={href(SEARCH_PATH)} className="search-button" onClick={onLinkClick} aria-haspopup="dialog" aria-keyshortcuts="/ Control+K Meta+K">
        <svg aria-hidden="true" viewBox="0 0 20 20" width="18" height="18">
          <circle cx="8.5" cy="8.5" r="5.5" fill="none" stroke="currentColor" strokeWidth="2" />
          <path d="m13 13 5 5" stroke="currentColor" strokeWidth="2" strokeLinecap="round" />
        </svg>
        {/* Hidden on phones, where the icon stands alone; it stays the link's name. */}
        <span className="search-button__label">{labels.button}</span>
        <kbd className="search-button__key" aria-hidden="true">
          /
        </kbd>
      </a>
      <dialog
        ref={dialogRef}
        className="search-dialog"
        aria-labelledby={titleId}
        onClose={onClose}
        // A click on the backdrop lands on the <dialog> itself; clicks inside land on its content.
        onClick={(event) => event.target === dialogRef.current && dialogRef.current.close()}
      >
        <div className="search-dialog__content">
          <div className="search-dialog__header">
            <h2 id={titleId} className="search-dialog__title">
              {labels.title}
            </h2>
            <button type="button" className="search-dialog__close" onClick={() => dialogRef.current?.close()}>
              {labels.close}
            </button>
          </div>
          {open ? (
            <Suspense
              // Takes the reader's first keystrokes while the panel's code arrives; the panel then takes over its words.
              fallback={
                <input
                  type="search"
                  className="search-form__input"
                  aria-label={labels.title}
                  placeholder={labels.placeholder}
                  onInput={(event) => (typedEarly.current = event.currentTarget.value)}
                />
              }
            >
              <SearchPanel labels={labels} typedEarly={typedEarly} />
            </Suspense>
          ) : null}
          <p className="search-dialog__hint" aria-hidden="true">
            <kbd>↑</kbd> <kbd>↓</kbd> {labels.hintMove} · <kbd>Enter</kbd> {labels.hintOpen} · <kbd>Esc</kbd> {labels.hintClose}
          </p>
        </div>
      </dialog>
    </>
  );
}
