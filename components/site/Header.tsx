import Link from 'next/link';
import { siteConfig } from '@/site.config';
import { SearchButton } from './SearchButton';

export function Header() {
  return (
    <header className="site-header">
      <div className="site-header__inner">
        <Link href="/" className="site-title">
          {siteConfig.title}
        </Link>
        <p className="site-tagline">{siteConfig.tagline}</p>
        <SearchButton />
      </div>
    </header>
  );
}
