import type { Lang } from '@/lib/content/schema';
import { labels } from '@/lib/i18n';
import { siteConfig } from '@/site.config';
import { Avatar } from './Avatar';

/** The author box on the home page and, with a byline ("Written by"), the one author block under a post, in the page's language. */
export function AuthorBio({ byline, lang = siteConfig.defaultLang }: { byline?: string; lang?: Lang }) {
  const { author, social } = siteConfig;
  const t = labels(lang);
  return (
    <aside className="author-bio" aria-label={t.aboutAuthor}>
      <Avatar />
      <div className="author-bio__text">
        <p className="author-bio__name">
          {byline ? <span className="author-bio__byline">{byline} </span> : null}
          <strong>{author.name}</strong>
        </p>
        <p>{t.authorBio}</p>
        <p className="author-bio__links">
          <a href={`https://x.com/${social.x}`} rel="me">
            X (@{social.x})
          </a>
          <a href={`https://github.com/${social.github}`} rel="me">
            GitHub
          </a>
        </p>
      </div>
    </aside>
  );
}
