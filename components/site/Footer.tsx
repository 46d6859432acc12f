import Link from 'next/link';
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
              <Link href={`/language/${lang}/`} lang={lang}>
                {LANGUAGE_NAMES[lang].native}
              </Link>
            </li>
          ))}
          <li>
            <Link href="/about/">About</Link>
          </li>
          <li>
            <Link href="/privacy-policy/">Privacy policy</Link>
          </li>
        </ul>
      </nav>
      <p>
        {siteConfig.title} © {new Date().getUTCFullYear()}, {siteConfig.author.name}. Built with Next.js.
      </p>
    </footer>
  );
}
