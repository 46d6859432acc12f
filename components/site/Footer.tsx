import { getLanguages } from '@/lib/content';
import { LANGUAGE_NAMES } from '@/lib/i18n';
import { siteConfig } from '@/site.config';

export function Footer() {
  return (
    <footer className="site-footer">
      <nav aria-label="Footer">
        <ul className="site-footer__links">
          {getLanguages().map(({ lang }) => (
            <li key={lang}>
              <a href={`/language/${lang}/`} lang={lang}>
                {LANGUAGE_NAMES[lang].native}
              </a>
            </li>
          ))}
          <li>
            <a href="/about/">About</a>
          </li>
          <li>
            <a href="/privacy-policy/">Privacy policy</a>
          </li>
        </ul>
      </nav>
      <p>
        {siteConfig.title} © {new Date().getUTCFullYear()}, {siteConfig.author.name}. Built with Next.js.
      </p>
    </footer>
  );
}
