import type { CSSProperties } from 'react';
import type { PostImage } from '@/lib/content/cover';
import { publishedUrl } from '@/lib/urls/paths';
import { VideoFacade } from './VideoFacade';

interface YouTubeProps {
  id: string;
  title: string;
  /** Who published the video, shown on the poster. */
  channel?: string;
  /** A frame of the video beside the post (described by the remark plugin), shown behind the title. */
  poster?: PostImage;
  /** Start time in seconds. */
  start?: number;
}

/** A hue per video, so posters without a frame still differ from each other. */
function hue(id: string): number {
  let h = 0;
  for (const c of id) h = (h * 31 + c.charCodeAt(0)) % 360;
  return h;
}

/**
 * A privacy-friendly video: a poster card that names the video (title, channel, a YouTube mark and
 * a play button; the author's frame when given) and nothing requested from YouTube until the reader
 * presses play. Without JS the poster is a plain link to the video on YouTube.
 */
export function YouTube({ id, title, channel, poster, start }: YouTubeProps) {
  const watchUrl = `https://www.youtube.com/watch?v=${id}${start ? `&t=${start}s` : ''}`;
  const params = new URLSearchParams({ autoplay: '1', rel: '0', ...(start ? { start: String(start) } : {}) });
  return (
    <div className="video" style={{ '--video-hue': hue(id) } as CSSProperties}>
      <VideoFacade watchUrl={watchUrl} embedUrl={`https://www.youtube-nocookie.com/embed/${id}?${params}`} title={title}>
        {poster ? (
          <img className="video__frame" src={publishedUrl(poster.src)} width={poster.width} height={poster.height} alt="" loading="lazy" decoding="async" />
        ) : null}
        <span className="video__text">
          <span className="video__title">
            <span className="visually-hidden">Play video: </span>
            {title}
          </span>
          {channel ? <span className="video__channel">{channel}</span> : null}
        </span>
        <span className="video__brand">
          <svg viewBox="0 0 28 20" width="28" height="20" aria-hidden="true" focusable="false">
            <rect width="28" height="20" rx="5" fill="#ff0033" />
            <path d="M11 5.5l8 4.5-8 4.5z" fill="#fff" />
          </svg>
          YouTube
        </span>
        <span className="video__play" aria-hidden="true">
          <svg viewBox="0 0 72 72" width="72" height="72">
            <circle cx="36" cy="36" r="34" fill="rgb(0 0 0 / 0.55)" stroke="#fff" strokeWidth="3" />
            <path d="M29 22l22 14-22 14z" fill="#fff" />
          </svg>
        </span>
      </VideoFacade>
    </div>
  );
}
