import type { Post } from '@/lib/content';
import { formatDate } from '@/lib/i18n/format';
import { labels } from '@/lib/i18n';
import type { Lang } from '@/lib/content/schema';
import { href, postPath } from '@/lib/urls/site-pages';

export function RelatedPosts({ posts, lang }: { posts: Post[]; lang: Lang }) {
  if (posts.length === 0) return null;
  return (
    <section className="related" aria-labelledby="related-title">
      <h2 id="related-title">{labels(lang).related}</h2>
      <ul className="related__list">
        {posts.map((post) => (
          <li key={post.slug} lang={post.lang}>
            <a href={href(postPath(post))}>{post.title}</a>
            <time dateTime={post.date}>{formatDate(post.date, post.lang)}</time>
          </li>
        ))}
      </ul>
    </section>
  );
}
