import { getLanguages } from '@/lib/content';
import type { Lang } from '@/lib/content/schema';
import { LANGUAGE_NAMES, labels } from '@/lib/i18n';
import { ABOUT_PATH, href, languagePath, PRIVACY_PATH } from '@/lib/urls/site-pages';
import { siteConfig } from '@/site.config';

export function Footer({ lang }: { lang: Lang }) {
  const t = labels(lang);
  return (
    <footer className="site-footer">
      <nav aria-label={t.footerNav}>
        <ul className="site-footer__links">
          {getLanguages().map(({ lang }) => (
            <li key={lang}>
              <a href={href(languagePath(lang))} lang={lang}>
                {LANGUAGE_NAMES[lang].native}
              </a>
            </li>
          ))}
          <li>
            <a href={href(ABOUT_PATH)}>{t.nav.about}</a>
          </li>
          <li>
            <a href={href(PRIVACY_PATH)}>{t.privacyPolicy}</a>
          </li>
        </ul>
      </nav>
      <p>
        {siteConfig.title} © {new Date().getUTCFullYear()}, {siteConfig.author.name}. {t.builtWith}
      </p>
    </footer>
  );
}
