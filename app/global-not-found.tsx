import type { Metadata } from 'next';
import { PostList } from '@/components/lists/PostList';
import { SiteDocument } from '@/components/layout/SiteDocument';
import { getPosts } from '@/lib/content';
import { HOME_PATH, href } from '@/lib/urls/site-pages';
import { siteConfig } from '@/site.config';
import './globals.css';

export const metadata: Metadata = { title: `Page not found | ${siteConfig.title}` };

const LATEST = 3;

export default function GlobalNotFound() {
  return (
    <SiteDocument lang={siteConfig.defaultLang}>
      <div className="not-found">
        <h1>Page not found</h1>
        <p>
          There is nothing at this address. <a href={href(HOME_PATH)}>Go to the home page</a>, or read one of the latest posts:
        </p>
      </div>
      <PostList posts={getPosts().slice(0, LATEST)} />
    </SiteDocument>
  );
}
