'use client';

import { useState } from 'react';

interface YouTubeProps {
  id: string;
  title: string;
  /** Start time in seconds. */
  start?: number;
}

/**
 * A privacy-friendly video facade: nothing is requested from YouTube until the reader presses
 * play. Without JS the poster is a plain link to the video on YouTube.
 */
export function YouTube({ id, title, start }: YouTubeProps) {
  const [playing, setPlaying] = useState(false);
  const watchUrl = `https://www.youtube.com/watch?v=${id}${start ? `&t=${start}s` : ''}`;

  if (playing) {
    const params = new URLSearchParams({ autoplay: '1', rel: '0', ...(start ? { start: String(start) } : {}) });
    return (
      <div className="video">
        <iframe
          src={`https://www.youtube-nocookie.com/embed/${id}?${params}`}
          title={title}
          allow="autoplay; encrypted-media; picture-in-picture; fullscreen"
          allowFullScreen
          referrerPolicy="strict-origin-when-cross-origin"
        />
      </div>
    );
  }
  return (
    <div className="video">
      <a
        className="video__poster"
        href={watchUrl}
        onClick={(event) => {
          event.preventDefault();
          setPlaying(true);
        }}
      >
        <span className="video__play" aria-hidden="true">
          <svg viewBox="0 0 68 48" width="68" height="48">
            <rect width="68" height="48" rx="12" fill="currentColor" />
            <path d="M27 15l18 9-18 9z" fill="#fff" />
          </svg>
        </span>
        <span className="video__title">
          <span className="visually-hidden">Play video: </span>
          {title}
        </span>
      </a>
    </div>
  );
}
