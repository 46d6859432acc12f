import type { Metadata } from 'next';
import { AuthorBio } from '@/components/post/AuthorBio';
import { pageMetadata } from '@/lib/seo/page-metadata';
import { ABOUT_PATH, href, PAPERS_PATH, PRIVACY_PATH, TAGS_PATH } from '@/lib/urls/site-pages';
import { siteConfig } from '@/site.config';

export const metadata: Metadata = pageMetadata({ title: 'About', description: `About ${siteConfig.title} and its author.`, path: ABOUT_PATH });

export default function AboutPage() {
  return (
    <article className="page">
      <h1 className="list-title">About</h1>
      <p>
        {siteConfig.title} is a blog about deep learning, data science and the software around them. Once a year it looks back at the papers that changed the
        field, with a short explanation of each and an original figure that shows the idea.
      </p>
      <p>
        Every paper discussed here is listed on the <a href={href(PAPERS_PATH)}>papers page</a>, and posts are grouped by <a href={href(TAGS_PATH)}>tag</a>.
      </p>
      <h2>The author</h2>
      <AuthorBio />
      <h2>This site</h2>
      <p>
        The pages are static files built with Next.js from MDX posts. They load no third-party scripts, set no cookies and work without JavaScript; see the{' '}
        <a href={href(PRIVACY_PATH)}>privacy policy</a>.
      </p>
    </article>
  );
}
