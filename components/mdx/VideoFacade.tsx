'use client';

import { useState, type ReactNode } from 'react';

/**
 * The one interactive part of <YouTube>: the poster (drawn on the server, passed as children) is a
 * link to the video until a click swaps in the nocookie player. Nothing is requested before that.
 */
export function VideoFacade({ watchUrl, embedUrl, title, children }: { watchUrl: string; embedUrl: string; title: string; children: ReactNode }) {
  const [playing, setPlaying] = useState(false);
  if (playing) {
    return (
      <iframe
        src={embedUrl}
        title={title}
        allow="autoplay; encrypted-media; picture-in-picture; fullscreen"
        allowFullScreen
        referrerPolicy="strict-origin-when-cross-origin"
      />
    );
  }
  return (
    <a
      className="video__poster"
      href={watchUrl}
      onClick={(event) => {
        event.preventDefault();
        setPlaying(true);
      }}
    >
      {children}
    </a>
  );
}
