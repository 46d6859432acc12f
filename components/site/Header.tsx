import { siteConfig } from '@/site.config';
import { NavLinks } from './NavLinks';
import { SearchButton } from './SearchButton';
import { ThemeToggle } from './ThemeToggle';

const NAV = [
  { href: '/', label: 'Home' },
  { href: '/tags/', label: 'Tags' },
  { href: '/papers/', label: 'Papers' },
  { href: '/about/', label: 'About' },
];

export function Header() {
  return (
    <header className="site-header">
      <div className="site-header__inner">
        <div className="site-header__brand">
          <a href="/" className="site-title">
            {siteConfig.title}
          </a>
          <p className="site-tagline">{siteConfig.tagline}</p>
        </div>
        <nav className="site-nav" aria-label="Site">
          <ul className="site-nav__list">
            <NavLinks items={NAV} />
          </ul>
          <SearchButton />
          <ThemeToggle />
        </nav>
      </div>
    </header>
  );
}
