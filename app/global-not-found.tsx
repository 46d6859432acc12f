import type { Metadata } from 'next';
import Link from 'next/link';
import { SiteDocument } from '@/components/site/SiteDocument';
import { siteConfig } from '@/site.config';
import './globals.css';

export const metadata: Metadata = { title: `Page not found | ${siteConfig.title}` };

export default function GlobalNotFound() {
  return (
    <SiteDocument lang={siteConfig.defaultLang}>
      <div className="not-found">
        <h1>Page not found</h1>
        <p>
          There is nothing at this address. <Link href="/">Go to the home page</Link>.
        </p>
      </div>
    </SiteDocument>
  );
}
