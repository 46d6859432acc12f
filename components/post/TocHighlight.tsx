'use client';

import { useEffect } from 'react';

/**
 * Marks the table-of-contents links (inline and sidebar) of the section being read with
 * aria-current: the last heading above the top 30% of the window. An IntersectionObserver says when
 * a heading crosses that line, so nothing runs on other scroll events. Renders nothing.
 */
export function TocHighlight() {
  useEffect(() => {
    const links = [...document.querySelectorAll('.toc a')];
    const hrefs = [...new Set(links.map((a) => a.getAttribute('href')!))];
    const headings = hrefs.map((href) => document.getElementById(decodeURIComponent(href.slice(1)))).filter((h) => h !== null);
    const update = () => {
      let current: Element | undefined;
      for (const heading of headings) if (heading.getBoundingClientRect().top < innerHeight * 0.3) current = heading;
      for (const a of links) a.toggleAttribute('aria-current', a.getAttribute('href') === `#${current?.id}`);
    };
    const observer = new IntersectionObserver(update, { rootMargin: '0px 0px -70% 0px' });
    for (const heading of headings) observer.observe(heading);
    return () => observer.disconnect();
  }, []);
  return null;
}
