import type { Lang } from '@/lib/content/schema';
import { labels } from '@/lib/i18n';
import { ABOUT_PATH, HOME_PATH, href, PAPERS_PATH, TAGS_PATH } from '@/lib/urls/site-pages';
import { siteConfig } from '@/site.config';
import { SearchButton } from '@/components/search/SearchButton';
import { SiteNav } from './SiteNav';
import { ThemeToggle } from './ThemeToggle';

/** The same header on every page: title and tagline, the page links, search and the theme toggle, in the page's language. */
export function Header({ lang }: { lang: Lang }) {
  const t = labels(lang);
  const items = [
    { href: HOME_PATH, label: t.nav.home },
    { href: TAGS_PATH, label: t.nav.tags },
    { href: PAPERS_PATH, label: t.nav.papers },
    { href: ABOUT_PATH, label: t.nav.about },
  ];
  return (
    <header className="site-header">
      <div className="site-header__inner">
        <a href={href(HOME_PATH)} className="site-title">
          {siteConfig.title}
        </a>
        <p className="site-tagline">{t.tagline}</p>
        <SiteNav items={items} label={t.siteNav} />
        <div className="site-header__tools">
          <SearchButton labels={t.search} />
          <ThemeToggle label={t.toggleTheme} />
        </div>
      </div>
    </header>
  );
}
