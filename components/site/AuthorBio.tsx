import type { Lang } from '@/lib/content/schema';
import { labels } from '@/lib/i18n';
import { siteConfig } from '@/site.config';

/** The author box on the home page and under posts, in the page's language. */
export function AuthorBio({ lang = siteConfig.defaultLang }: { lang?: Lang }) {
  const { author, social } = siteConfig;
  const t = labels(lang);
  return (
    <aside className="author-bio" aria-label={t.aboutAuthor}>
      <p>
        <strong>{author.name}</strong>: {t.authorBio}
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
