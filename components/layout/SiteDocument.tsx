import type { ReactNode } from 'react';
import type { Lang } from '@/lib/content/schema';
import { labels } from '@/lib/i18n';
import { DEV_EVENTS_PATH, href } from '@/lib/urls/site-pages';
import { THEME_SCRIPT } from './theme-script';
import { siteConfig } from '@/site.config';
import { Analytics } from './Analytics';
import { Header } from './Header';
import { Footer } from './Footer';

/** The <html> shell shared by every root layout (site pages, posts, the 404 page). */
export function SiteDocument({ lang, wide = false, children }: { lang: Lang; wide?: boolean; children: ReactNode }) {
  return (
    // The theme script sets data-theme and a class before hydration; React must not undo them.
    <html lang={lang} suppressHydrationWarning>
      <head>
        <script dangerouslySetInnerHTML={{ __html: THEME_SCRIPT }} />
      </head>
      <body className={wide ? 'wide' : undefined}>
        <a className="skip-link" href="#content">
          {labels(lang).skipToContent}
        </a>
        <Header lang={lang} />
        {/* tabIndex -1: the skip link moves focus here, so the next Tab continues inside the content. */}
        <main id="content" className="main" tabIndex={-1}>
          {children}
        </main>
        <Footer lang={lang} />
        <Analytics measurementId={siteConfig.gaMeasurementId} />
        <LiveReloadInDev />
      </body>
    </html>
  );
}

/**
 * Live reload while editing. The import sits in a branch that a build drops (Next inlines
 * NODE_ENV), so neither the island's script nor its CSS reaches out/ (e2e/dev-only.spec.ts).
 */
async function LiveReloadInDev() {
  if (process.env.NODE_ENV === 'development') {
    const { LiveReload } = await import('@/components/dev/LiveReload');
    return <LiveReload events={href(DEV_EVENTS_PATH)} />;
  }
  return null;
}
