import type { Metadata } from 'next';
import { pageMetadata } from '@/lib/page-metadata';
import { siteConfig } from '@/site.config';

export const metadata: Metadata = pageMetadata({
  title: 'Privacy policy',
  description: `What ${siteConfig.title} stores about its readers.`,
  path: '/privacy-policy/',
});

export default function PrivacyPolicyPage() {
  return (
    <article className="page">
      <h1 className="list-title">Privacy policy</h1>
      <h2>What this site stores</h2>
      <p>
        Nothing about you. The pages are static files: they set no cookies, load no third-party scripts, fonts or images,
        and make no request to any other site when you open them.
      </p>
      <p>
        If you use the theme switch, your choice (light or dark) is kept in your browser&apos;s local storage so the next
        page opens in the same theme. It never leaves your browser; clear the site data to remove it.
      </p>
      <h2>Links to other sites</h2>
      <p>
        Share links (X, Hatena Bookmark, LinkedIn, Reddit, Facebook, LINE), paper links and embedded videos only contact
        those sites when you click them. Videos play from youtube-nocookie.com, YouTube&apos;s privacy-enhanced mode.
      </p>
      <h2>Comments</h2>
      {siteConfig.comments ? (
        <p>
          Comments are provided by giscus and stored as GitHub Discussions in {siteConfig.comments.repo}. Nothing is sent
          until you click &ldquo;Show comments&rdquo;; then your browser loads giscus.app, which sends the page address to
          GitHub to find the discussion, and, if you sign in to comment, GitHub&apos;s privacy statement applies.
        </p>
      ) : (
        <p>This site has no comments, so it collects nothing through them.</p>
      )}
      <h2>Server logs</h2>
      <p>
        The web host may keep standard access logs (address, time, page requested, browser) for security and operations,
        as every web server does; this site adds nothing to them.
      </p>
    </article>
  );
}
