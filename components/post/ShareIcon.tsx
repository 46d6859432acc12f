import type { ReactNode } from 'react';
import type { ShareService } from '@/lib/seo/share-links';

/** Simple marks drawn for this site (no third-party font, image or script), in the text colour. */
const MARKS: Record<ShareService, ReactNode> = {
  X: (
    <>
      <path d="M4 4h4.6l11.4 16h-4.6z" fill="currentColor" />
      <path d="M19.2 4l-5.9 6.7M10.7 13.3L4.8 20" stroke="currentColor" strokeWidth="1.8" strokeLinecap="round" />
    </>
  ),
  'Hatena Bookmark': (
    <>
      <rect x="2.5" y="2.5" width="19" height="19" rx="4" fill="none" stroke="currentColor" strokeWidth="1.8" />
      <path
        d="M7 7.5h3.4c1.6 0 2.6.8 2.6 2.1 0 1-.6 1.6-1.4 1.9 1 .2 1.8 1 1.8 2.2 0 1.5-1.1 2.3-2.9 2.3H7zM16.5 7.5v5.6"
        fill="none"
        stroke="currentColor"
        strokeWidth="1.7"
        strokeLinejoin="round"
      />
      <circle cx="16.5" cy="15.6" r="1.1" fill="currentColor" />
    </>
  ),
  LinkedIn: (
    <>
      <rect x="2.5" y="2.5" width="19" height="19" rx="3" fill="none" stroke="currentColor" strokeWidth="1.8" />
      <circle cx="8" cy="8" r="1.3" fill="currentColor" />
      <path d="M8 11v6.5M12 17.5V11m0 2.8c0-1.6 1.1-2.9 2.6-2.9s2.4 1 2.4 2.9v3.7" fill="none" stroke="currentColor" strokeWidth="1.8" strokeLinecap="round" />
    </>
  ),
  Reddit: (
    <>
      <ellipse cx="12" cy="14.5" rx="8.5" ry="5.8" fill="none" stroke="currentColor" strokeWidth="1.7" />
      <circle cx="9" cy="13.8" r="1.2" fill="currentColor" />
      <circle cx="15" cy="13.8" r="1.2" fill="currentColor" />
      <path d="M9.3 16.8c1.7 1 3.7 1 5.4 0M12 8.7l1.4-5 4 1" fill="none" stroke="currentColor" strokeWidth="1.5" strokeLinecap="round" />
      <circle cx="18.6" cy="4.9" r="1.5" fill="currentColor" />
    </>
  ),
  Facebook: (
    <>
      <circle cx="12" cy="12" r="9.5" fill="none" stroke="currentColor" strokeWidth="1.8" />
      <path d="M15 7.8h-1.3c-1.2 0-2 .8-2 2v11.6M9 13h5.6" fill="none" stroke="currentColor" strokeWidth="1.9" strokeLinecap="round" />
    </>
  ),
  LINE: (
    <>
      <path
        d="M12 3.5c-5 0-9 3.2-9 7.2 0 3.5 3.1 6.4 7.3 7l-.5 2.8 3.8-2.8c4.4-.4 7.4-3.3 7.4-7 0-4-4-7.2-9-7.2z"
        fill="none"
        stroke="currentColor"
        strokeWidth="1.7"
        strokeLinejoin="round"
      />
      <path
        d="M7.5 8.8v3.8h2M11.5 8.8v3.8M13.8 12.6V8.8l2.7 3.8V8.8"
        fill="none"
        stroke="currentColor"
        strokeWidth="1.3"
        strokeLinecap="round"
        strokeLinejoin="round"
      />
    </>
  ),
};

export function ShareIcon({ service, size = 20 }: { service: ShareService; size?: number }) {
  return (
    <svg className="share__icon" viewBox="0 0 24 24" width={size} height={size} aria-hidden="true" focusable="false">
      {MARKS[service]}
    </svg>
  );
}
