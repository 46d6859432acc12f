import type { ReactNode } from 'react';
import { siteConfig } from '@/site.config';
import { Analytics } from './Analytics';
import { Header } from './Header';
import { Footer } from './Footer';

/** The <html> shell shared by every root layout (site pages, posts, the 404 page). */
export function SiteDocument({ lang, children }: { lang: string; children: ReactNode }) {
  return (
    <html lang={lang}>
      <body>
        <a className="skip-link" href="#content">
          Skip to content
        </a>
        <Header />
        <main id="content" className="main">
          {children}
        </main>
        <Footer />
        <Analytics measurementId={siteConfig.gaMeasurementId} />
      </body>
    </html>
  );
}
