'use client';

import { usePathname } from 'next/navigation';

const trimmed = (path: string) => path.replace(/\/+$/, '') || '/';

/**
 * The header's links, the current page marked with aria-current="page" (its section, e.g. a tag
 * page under Tags, with "true"). A client component only for usePathname: the static export writes
 * the marker into each page's HTML at build time.
 */
export function NavLinks({ items }: { items: { href: string; label: string }[] }) {
  const path = trimmed(usePathname());
  return items.map(({ href, label }) => {
    const target = trimmed(href);
    const current = path === target ? 'page' : target !== '/' && path.startsWith(`${target}/`) ? 'true' : undefined;
    return (
      <li key={href}>
        <a href={href} aria-current={current}>
          {label}
        </a>
      </li>
    );
  });
}
