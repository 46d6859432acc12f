'use client';

import { useState } from 'react';

interface EmbedProps {
  /** The http(s) address the frame shows. */
  src: string;
  title: string;
  /** Size the frame was pasted with, for its proportions. */
  width?: number;
  height?: number;
}

/**
 * A click-to-load frame for content from another site (maps, slides, code, music…): nothing is
 * requested from that host until the reader asks. The page's Content-Security-Policy allows
 * exactly this host in frame-src, read from data-frame-origin (lib/post-build/csp.ts). Without JS the
 * link opens the content on its own site.
 */
export function Embed({ src, title, width, height }: EmbedProps) {
  const [loaded, setLoaded] = useState(false);
  const { host, origin } = new URL(src);
  const style = width && height ? { aspectRatio: `${width} / ${height}` } : undefined;
  return (
    <div className="embed" data-frame-origin={origin} style={style}>
      {loaded ? (
        <iframe
          src={src}
          title={title}
          allow="fullscreen; clipboard-write; encrypted-media; picture-in-picture"
          referrerPolicy="strict-origin-when-cross-origin"
        />
      ) : (
        <div className="embed__facade">
          <span className="embed__title">{title}</span>
          <span className="embed__note">Nothing is loaded from {host} until you ask.</span>
          <a
            className="embed__load"
            href={src}
            rel="noopener noreferrer"
            onClick={(event) => {
              event.preventDefault();
              setLoaded(true);
            }}
          >
            Load content from {host}
          </a>
        </div>
      )}
    </div>
  );
}
