import { siteConfig } from '@/site.config';

/** The author box on the home page and under posts. */
export function AuthorBio() {
  const { author, social } = siteConfig;
  return (
    <aside className="author-bio" aria-label="About the author">
      <p>
        <strong>{author.name}</strong>: {author.bio}
      </p>
      <p className="author-bio__links">
        <a href={`https://x.com/${social.x}`} rel="me">
          X (@{social.x})
        </a>
        <a href={`https://github.com/${social.github}`} rel="me">
          GitHub
        </a>
      </p>
    </aside>
  );
}
