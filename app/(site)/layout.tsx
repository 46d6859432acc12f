import type { Metadata } from 'next';
import type { ReactNode } from 'react';
import { SiteDocument } from '@/components/layout/SiteDocument';
import { siteMetadata } from '@/lib/seo/page-metadata';
import { siteConfig } from '@/site.config';
import '../globals.css';

export const metadata: Metadata = siteMetadata();

export default function SiteLayout({ children }: { children: ReactNode }) {
  return <SiteDocument lang={siteConfig.defaultLang}>{children}</SiteDocument>;
}
