import type { ReactNode } from 'react';
import { ShareIcon } from '@/components/post/ShareIcon';
import { formatDate } from '@/lib/i18n/format';

interface TweetProps {
  author: string;
  handle: string;
  /** ISO date of the post. */
  date: string;
  /** Link to the original post on X. */
  url: string;
  /** Set by lib/mdx/remark-paper-sections.mjs when the post names the paper its section's card shows. */
  repeatsPaper?: boolean;
  children: ReactNode;
}

/**
 * A static quote of a post on X: no widgets.js, no request to X until a reader follows the link.
 * One that repeats the paper card above it is collapsed to a one-line summary (opens without JS).
 */
export function Tweet({ author, handle, date, url, repeatsPaper = false, children }: TweetProps) {
  const meta = (
    <>
      <span className="tweet__author">{author}</span> <span className="tweet__handle">@{handle}</span>
      {' · '}
    </>
  );
  const time = <time dateTime={date}>{formatDate(date)}</time>;
  const quote = (
    <figure className="tweet">
      <blockquote cite={url} className="tweet__text">
        {children}
      </blockquote>
      <figcaption className="tweet__meta">
        {repeatsPaper ? (
          <a href={url} rel="noopener noreferrer">
            Original post on X
          </a>
        ) : (
          <>
            {meta}
            <a href={url} rel="noopener noreferrer">
              {time}
              <span className="visually-hidden"> (original post on X)</span>
            </a>
          </>
        )}
      </figcaption>
    </figure>
  );
  if (!repeatsPaper) return quote;
  return (
    <details className="tweet-compact">
      <summary className="tweet__meta">
        <ShareIcon service="X" size={14} />
        {meta}
        {time}
        <span className="tweet-compact__hint"> · show post</span>
      </summary>
      {quote}
    </details>
  );
}
