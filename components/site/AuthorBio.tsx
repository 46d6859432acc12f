import { siteConfig } from '@/site.config';
import { Avatar } from './Avatar';

/** The author box on the home page and, with a byline ("Written by"), the one author block under a post. */
export function AuthorBio({ byline }: { byline?: string }) {
  const { author, social } = siteConfig;
  return (
    <aside className="author-bio" aria-label="About the author">
      <Avatar />
      <div className="author-bio__text">
        <p className="author-bio__name">
          {byline ? <span className="author-bio__byline">{byline} </span> : null}
          <strong>{author.name}</strong>
        </p>
        <p>{author.bio}</p>
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
