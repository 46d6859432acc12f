import type { ReactNode } from 'react';
import { formatDate } from '@/lib/format';

interface TweetProps {
  author: string;
  handle: string;
  /** ISO date of the post. */
  date: string;
  /** Link to the original post on X. */
  url: string;
  children: ReactNode;
}

/** A static quote of a post on X: no widgets.js, no request to X until a reader follows the link. */
export function Tweet({ author, handle, date, url, children }: TweetProps) {
  return (
    <figure className="tweet">
      <blockquote cite={url} className="tweet__text">
        {children}
      </blockquote>
      <figcaption className="tweet__meta">
        <span className="tweet__author">{author}</span> <span className="tweet__handle">@{handle}</span>
        {' · '}
        <a href={url} rel="noopener noreferrer">
          <time dateTime={date}>{formatDate(date)}</time>
          <span className="visually-hidden"> (original post on X)</span>
        </a>
      </figcaption>
    </figure>
  );
}
