import type { Post } from '@/lib/content';
import { labels, LANGUAGE_NAMES } from '@/lib/i18n';
import { href, postPath } from '@/lib/urls/site-pages';

/** "Also in: 日本語 (title)": links to the post's translations, each named in its own language. */
export function TranslationLinks({ post, translations }: { post: Post; translations: Post[] }) {
  if (translations.length === 0) return null;
  return (
    <p className="translation-links">
      {labels(post.lang).alsoIn}{' '}
      {translations.map((other, i) => (
        <span key={other.slug}>
          {i > 0 ? ', ' : null}
          <a href={href(postPath(other))} hrefLang={other.lang} lang={other.lang}>
            {LANGUAGE_NAMES[other.lang].native}: {other.title}
          </a>
        </span>
      ))}
    </p>
  );
}
