/** Share targets as plain links: no third-party script runs until a reader clicks one. */
export type ShareService = 'X' | 'Hatena Bookmark' | 'LinkedIn' | 'Reddit' | 'Facebook' | 'LINE';

export interface ShareLink {
  service: ShareService;
  href: string;
}

export function shareLinks(url: string, title: string): ShareLink[] {
  const u = encodeURIComponent(url);
  const t = encodeURIComponent(title);
  return [
    { service: 'X', href: `https://x.com/intent/post?url=${u}&text=${t}` },
    { service: 'Hatena Bookmark', href: `https://b.hatena.ne.jp/add?mode=confirm&url=${u}&title=${t}` },
    { service: 'LinkedIn', href: `https://www.linkedin.com/sharing/share-offsite/?url=${u}` },
    { service: 'Reddit', href: `https://www.reddit.com/submit?url=${u}&title=${t}` },
    { service: 'Facebook', href: `https://www.facebook.com/sharer/sharer.php?u=${u}` },
    { service: 'LINE', href: `https://social-plugins.line.me/lineit/share?url=${u}` },
  ];
}
