import type { Metadata } from 'next';
import type { ReactNode } from 'react';
import { SiteDocument } from '@/components/site/SiteDocument';
import { siteConfig } from '@/site.config';
import '../globals.css';

export const metadata: Metadata = {
  metadataBase: new URL(siteConfig.url),
  title: { default: siteConfig.title, template: `%s | ${siteConfig.title}` },
  description: siteConfig.description,
};

export default function SiteLayout({ children }: { children: ReactNode }) {
  return <SiteDocument lang={siteConfig.defaultLang}>{children}</SiteDocument>;
}
