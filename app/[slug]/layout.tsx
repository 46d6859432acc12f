import type { ReactNode } from 'react';
import { SiteDocument } from '@/components/layout/SiteDocument';
import { getPost } from '@/lib/content';
import { siteConfig } from '@/site.config';
import 'katex/dist/katex.min.css';
import '../globals.css';

// A root layout of its own so that <html lang> follows the post's language.
export default async function PostLayout({ children, params }: { children: ReactNode; params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  return (
    <SiteDocument lang={getPost(slug)?.lang ?? siteConfig.defaultLang} wide>
      {children}
    </SiteDocument>
  );
}
