import { getLanguages } from '@/lib/content';
import type { Lang } from '@/lib/content/schema';
import { LANGUAGE_NAMES, labels } from '@/lib/i18n';
import { siteConfig } from '@/site.config';

export function Footer({ lang }: { lang: Lang }) {
  const t = labels(lang);
  return (
    <footer className="site-footer">
      <nav aria-label={t.footerNav}>
        <ul className="site-footer__links">
          {getLanguages().map(({ lang }) => (
            <li key={lang}>
              <a href={`/language/${lang}/`} lang={lang}>
                {LANGUAGE_NAMES[lang].native}
              </a>
            </li>
          ))}
          <li>
            <a href="/about/">{t.nav.about}</a>
          </li>
          <li>
            <a href="/privacy-policy/">{t.privacyPolicy}</a>
          </li>
        </ul>
      </nav>
      <p>
        {siteConfig.title} © {new Date().getUTCFullYear()}, {siteConfig.author.name}. {t.builtWith}
      </p>
    </footer>
  );
}
