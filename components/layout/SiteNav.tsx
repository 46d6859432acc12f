'use client';

import { usePathname } from 'next/navigation';
import { currentNav } from '@/lib/urls/nav';
import { href as withBase } from '@/lib/urls/paths';

export interface NavItem {
  href: string;
  label: string;
}

/**
 * The header's page links with the current one marked (aria-current). A client component only
 * because the shared layout does not know the page it wraps; the pathname is known while each
 * page is prerendered, so the mark is in the static HTML.
 */
export function SiteNav({ items, label }: { items: NavItem[]; label: string }) {
  const pathname = usePathname() ?? '';
  return (
    <nav className="site-nav" aria-label={label}>
      <ul className="site-nav__list">
        {items.map(({ href, label }) => (
          <li key={href}>
            <a href={withBase(href)} aria-current={currentNav(href, pathname)}>
              {label}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
